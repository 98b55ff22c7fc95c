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
