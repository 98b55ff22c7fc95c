import Foundation
import Testing

/// What fuzzing and real mail clients found in the command line (issue 19).
@Suite struct HardeningCommandTests {
    let panel = RunRebound.examples.appendingPathComponent("pending-panel.json").path

    /// `rebound plan … > /dev/full` crashed (SIGILL, exit 132). A write that fails is exit 2
    /// with one line saying why.
    @Test func aFailedWriteToStandardOutputIsExit2WithOneLine() throws {
        for arguments in [["plan", panel], ["plan", "--format", "ics", panel], ["draft", "--format", "eml", panel],
                          ["draft", "--format", "json", panel], ["--help"]] {
            let result = try RunRebound.run(arguments, outputTo: "/dev/full")
            #expect(result.status == 2, "\(arguments): exit \(result.status)")
            #expect(result.error == "rebound: standard output: No space left on device\n", "\(arguments): \(result.error)")
        }
    }

    @Test func aFromThatIsNotAnAddressIsRefused() throws {
        for from in ["not an address", "Alex <not an address>", "Alex <a@b.example>\nBcc: x@evil.example", ""] {
            expectOneLineError(try RunRebound.run(["draft", "--format", "eml", "--from", from, panel]),
                               containing: "--from: ")
        }
        let quoted = try RunRebound.run(["draft", "--format", "eml", "--from", "\"Kim, Alex \\\"AK\\\"\" <alex@example.org>", panel])
        #expect(quoted.status == 0)
        #expect(quoted.output.contains("From: \"Kim, Alex \\\"AK\\\"\" <alex@example.org>\n"))
    }

    /// A line break in an interviewer's name became a real `Bcc:` header in every draft. The
    /// file is refused now, naming the field, and nothing is written.
    @Test func aNameWithALineBreakIsRefusedNamingItsPath() throws {
        let text = try String(contentsOfFile: panel, encoding: .utf8)
            .replacingOccurrences(of: #""name": "Dana Reyes""#, with: #""name": "Dana Reyes\nBcc: x@evil.example""#)
        expectOneLineError(try RunRebound.run(["draft", "--format", "eml", "-"], input: Data(text.utf8)),
                           containing: "interview.interviewers[0].name: line breaks are not allowed")
    }
}

/// `rebound check` as issue 16 asks: rules left out on request, and what is not a message
/// refused saying what it looks like.
@Suite struct CheckCommandChoicesTests {
    let panel = RunRebound.examples.appendingPathComponent("pending-panel.json").path

    @Test func ignoreLeavesRulesOutAndAnUnknownRuleIsAUsageError() throws {
        let note = Data("Hi Dana,\n\nSorry I bombed it.\n".utf8)
        let all = try RunRebound.run(["check", "--format", "json", "-"], input: note)
        #expect(all.status == 1 && all.output.contains(#""rule": "apology""#) && all.output.contains(#""rule": "no-thanks""#))
        let some = try RunRebound.run(["check", "--ignore", "apology,no-thanks,no-interest", "--format", "json", "-"], input: note)
        #expect(some.status == 1 && !some.output.contains(#""apology""#) && some.output.contains(#""self-criticism""#))
        let none = try RunRebound.run(["check", "--ignore", "apology, self-criticism,no-thanks,no-interest", "-"], input: note)
        #expect(none.status == 0)
        expectOneLineError(try RunRebound.run(["check", "--ignore", "apology,manners", "-"], input: note),
                           containing: #"--ignore: "manners" is not a rule"#)
    }

    @Test func anInterviewFileJSONOrABinaryFileIsNotAMessage() throws {
        expectOneLineError(try RunRebound.run(["check", panel]), containing: "this is an interview file, not a message")
        expectOneLineError(try RunRebound.run(["check", "-"], input: Data(#"{"text": "Hi Dana"}"#.utf8)),
                           containing: "this is a JSON document, not a message")
        expectOneLineError(try RunRebound.run(["check", "-"], input: Data("%PDF-1.7\n%\u{E2}\u{E3}".utf8)), containing: "this is a PDF file")
        expectOneLineError(try RunRebound.run(["check", "-"], input: Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])), containing: "a ZIP file")
        expectOneLineError(try RunRebound.run(["check", "-"], input: Data([0x48, 0x69, 0x00, 0x01, 0x02, 0x03, 0x04])), containing: "binary data")
        // A message that quotes a bracket or starts with one is still a message.
        let note = try RunRebound.run(["check", "-"], input: Data("[Draft] Hi Dana,\n\nThank you! I'm keen on the role.\n\nBest,\nAna\n".utf8))
        #expect(note.status != 2)
    }

    @Test func aPastedBookIsReportedInPartWithTheCount() throws {
        let book = String(repeating: "Sorry, I was so nervous. ", count: 2_000)
        let result = try RunRebound.run(["check", "--format", "json", "-"], input: Data(book.utf8))
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((json["findings"] as? [Any])?.count == 100)
        #expect((json["omitted"] as? Int ?? 0) > 3_000)
        let text = try RunRebound.run(["check", "-"], input: Data(book.utf8))
        #expect(text.output.contains("the first 100 follow"))
        #expect(text.output.contains("more. Fix these first and check again."))
    }
}
