import Foundation
import Testing

/// The `rebound` command as people and scripts use it: outputs, exit statuses 0/1/2, and a
/// one-line reason for every unusable input.
@Suite struct CommandLineTests {
    let panel = RunRebound.examples.appendingPathComponent("pending-panel.json").path
    let rejected = RunRebound.examples.appendingPathComponent("rejected.json").path
    let offer = RunRebound.examples.appendingPathComponent("offer.json").path
    let evening = "2026-11-20T18:00:00-05:00"

    func temporaryFile(_ contents: Data, name: String = "input") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }

    // MARK: check

    @Test func aCleanMessageExitsZero() throws {
        let note = "Hi Dana,\n\nThank you for today. I'm excited about the role.\n\nBest,\nAlex\n"
        let result = try RunRebound.run(["check", "-"], input: Data(note.utf8))
        #expect(result.status == 0)
        #expect(result.output.contains("nothing to fix"))
    }

    @Test func findingsExitOneAndJSONFollowsTheContract() throws {
        let note = "Hi Karen,\n\nThank you. I'm sorry I was so scattered. I'm excited about the role.\n\nBest,\nAlex\n"
        let result = try RunRebound.run(["check", "--format", "json", "--context", panel, "-"], input: Data(note.utf8))
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["rule"] as? String } == ["wrong-name", "apology"])
        for finding in findings {
            for key in ["rule", "start", "end", "excerpt", "message", "suggestion"] { #expect(finding[key] != nil, "\(key)") }
        }
        #expect(json["words"] as? Int == 13 && json["paragraphs"] as? Int == 1)
    }

    @Test func theKindOptionChangesWhichRulesApply() throws {
        let note = Data("Hi Dana,\n\nThank you for letting me know. Any feedback would help.\n\nBest,\nAlex\n".utf8)
        #expect(try RunRebound.run(["check", "-"], input: note).status == 1)
        #expect(try RunRebound.run(["check", "--kind", "feedback-request", "-"], input: note).status == 0)
    }

    @Test func unusableMessagesGetOneLineAndExitTwo() throws {
        expectOneLineError(try RunRebound.run(["check", "/no/such/note.txt"]), containing: "/no/such/note.txt: no such file")
        expectOneLineError(try RunRebound.run(["check", "-"], input: Data()), containing: "standard input: is empty")
        expectOneLineError(try RunRebound.run(["check", "-"], input: Data("  \n\n".utf8)), containing: "is empty")
        expectOneLineError(try RunRebound.run(["check", "-"], input: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF])), containing: "this is a PNG image")
        expectOneLineError(try RunRebound.run(["check", "-"], input: Data([0x48, 0x69, 0xFF, 0xFE, 0x41])), containing: "not UTF-8 text")
        expectOneLineError(try RunRebound.run(["check", FileManager.default.temporaryDirectory.path]), containing: "is a folder")
        let big = Data(String(repeating: "I am writing to thank you. ", count: 400_000).utf8)  // about 10.8 MB
        expectOneLineError(try RunRebound.run(["check", "-"], input: big), containing: "limit is 1 MB")
        expectOneLineError(try RunRebound.run(["check", "--kind", "love-letter", "-"], input: Data("x".utf8)), containing: "love-letter")
        expectOneLineError(try RunRebound.run(["check", "--context", "/no/such.json", "-"], input: Data("Hi".utf8)), containing: "/no/such.json")
    }

    // MARK: plan

    @Test func planPrintsTheStepsAsJSONForPrograms() throws {
        let result = try RunRebound.run(["plan", "--now", evening, "--format", "json", panel])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.first?["kind"] as? String == "thank-you")
        #expect(steps.first?["who"] as? String == "Dana Reyes")
        #expect(steps.first?["due"] as? String == "2026-11-20T23:59:59-05:00")
        #expect(steps.first?["late"] as? Bool == false && steps.first?["optional"] as? Bool == false)
        #expect(steps.contains { $0["caution"] != nil && $0["who"] as? String == "Lee Chen" })
        #expect(steps.contains { $0["about"] as? String == "Tell me about a time you led a team." })
    }

    @Test func planMarksLateStepsForPeople() throws {
        let result = try RunRebound.run(["plan", "--now", "2026-11-25T09:00:00-05:00", panel])
        #expect(result.status == 0)
        #expect(result.output.contains("past due"))
        #expect(result.output.contains("LATE Fri 20 Nov 23:59  Send Dana Reyes a thank-you note"))
    }

    @Test func planWritesACalendar() throws {
        let result = try RunRebound.run(["plan", "--now", evening, "--format", "ics", panel])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("BEGIN:VCALENDAR\r\n") && result.output.hasSuffix("END:VCALENDAR\r\n"))
        #expect(result.output.components(separatedBy: "BEGIN:VEVENT").count == 14)
    }

    @Test func planReadsStandardInput() throws {
        let result = try RunRebound.run(["plan", "--now", evening, "-"], input: try Data(contentsOf: URL(fileURLWithPath: rejected)))
        #expect(result.status == 0 && result.output.contains("Ask Harbor Health Clinic for feedback"))
    }

    @Test func unusableInterviewFilesGetOneLineNamingTheFileAndPath() throws {
        let text = try String(contentsOfFile: panel, encoding: .utf8)
        let badDate = try temporaryFile(Data(text.replacingOccurrences(of: "2026-11-20T10:30:00-05:00", with: "20/11/2026").utf8), name: "bad-date.json")
        expectOneLineError(try RunRebound.run(["plan", badDate]), containing: "bad-date.json: interview.start: not an RFC 3339 date-time")
        let badZone = try temporaryFile(Data(text.replacingOccurrences(of: "America/New_York", with: "Eastern Time").utf8))
        expectOneLineError(try RunRebound.run(["plan", badZone]), containing: "interview.timeZone: unknown IANA time zone")
        let noName = try temporaryFile(Data(text.replacingOccurrences(of: #""name": "Marcus Bell", "#, with: "").utf8))
        expectOneLineError(try RunRebound.run(["plan", noName]), containing: "interview.interviewers[1].name: required")
        expectOneLineError(try RunRebound.run(["plan", try temporaryFile(Data("{\"format\": ".utf8))]), containing: "invalid JSON at line 1")
        expectOneLineError(try RunRebound.run(["plan", try temporaryFile(Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]))]), containing: "not UTF-8 text")
        expectOneLineError(try RunRebound.run(["plan", try temporaryFile(Data())]), containing: "is empty")
        expectOneLineError(try RunRebound.run(["plan", "--now", "tomorrow", panel]), containing: "--now: not an RFC 3339 date-time")
        expectOneLineError(try RunRebound.run(["plan", "--format", "pdf", panel]), containing: "pdf")
        expectOneLineError(try RunRebound.run(["plan"]), containing: "Missing expected argument")
    }

    @Test func aTenMegabyteInterviewFileGetsAResult() throws {
        let text = try String(contentsOfFile: panel, encoding: .utf8)
        let filler = (0..<120_000).map { "\"Kept calm and explained the numbers clearly, point \($0)\"" }.joined(separator: ", ")
        let huge = text.replacingOccurrences(of: #""wentWell": ["#, with: #""wentWell": ["# + filler + ", ")
        #expect(huge.utf8.count > 7_000_000)
        let result = try RunRebound.run(["plan", "--now", evening, "--format", "json", try temporaryFile(Data(huge.utf8))])
        #expect(result.status == 0 && result.output.contains("thank-you"))
        let deep = try temporaryFile(Data((String(repeating: "[", count: 5_000_000) + String(repeating: "]", count: 5_000_000)).utf8))
        expectOneLineError(try RunRebound.run(["plan", deep]), containing: "nested more than")
    }

    // MARK: draft

    @Test func draftPrintsEveryMessageThePlanSends() throws {
        let result = try RunRebound.run(["draft", "--now", evening, "--format", "json", panel])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let drafts = try #require(json["drafts"] as? [[String: Any]])
        #expect(drafts.compactMap { $0["kind"] as? String } == ["thank-you", "thank-you", "thank-you", "brief-reference",
                                                                "call-script", "tell-connection", "tell-connection", "check-in"])
        #expect(drafts[0]["email"] as? String == "dana.reyes@northwind.example")
        #expect(drafts.allSatisfy { ($0["subject"] as? String)?.isEmpty == false && ($0["body"] as? String)?.isEmpty == false })
    }

    @Test func everyPrintedDraftPassesTheCheckForItsKind() throws {
        let kinds = ["thank-you": "follow-up", "call-script": "call-script", "ask-feedback": "feedback-request",
                     "brief-reference": "reference-note", "tell-connection": "connection-note", "check-in": "follow-up",
                     "answer-offer": "offer-reply", "share-news": "connection-note"]
        var seen = Set<String>()
        for file in [panel, rejected, offer] {
            let output = try RunRebound.run(["draft", "--now", evening, "--format", "json", file]).output
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            for draft in try #require(json["drafts"] as? [[String: Any]]) {
                let text = "Subject: \(draft["subject"] as! String)\n\n\(draft["body"] as! String)"
                let kind = try #require(kinds[draft["kind"] as! String])
                seen.insert(draft["kind"] as! String)
                let check = try RunRebound.run(["check", "--kind", kind, "--context", file, "-"], input: Data(text.utf8))
                #expect(check.status == 0, "\(draft["kind"]!) to \(draft["to"]!): \(check.output)")
            }
        }
        #expect(seen == Set(kinds.keys), "every kind of draft was printed and checked")
    }

    @Test func draftWritesEmlFilesAMailClientOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-eml-\(UUID().uuidString)").path
        let result = try RunRebound.run(["draft", "--now", evening, "--format", "eml", "--output", folder,
                                         "--name", "Alex Kim", "--from", "Alex Kim <alex@example.org>", panel])
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 7)  // every draft but the call script
        #expect(files.first == "01-thank-you-dana-reyes.eml")
        let eml = try String(contentsOfFile: folder + "/" + files[0], encoding: .utf8)
        #expect(eml.contains("From: Alex Kim <alex@example.org>\r\nTo: Dana Reyes <dana.reyes@northwind.example>\r\n"))
        #expect(eml.contains("X-Unsent: 1"))
    }

    @Test func draftWritesAMailboxToStandardOutput() throws {
        let result = try RunRebound.run(["draft", "--now", evening, "--format", "eml", rejected])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("From rebound Fri Nov 20 23:00:00 2026\n"))
        #expect(result.output.contains("Subject: Thank you, and a request for feedback"))
    }

    // MARK: help

    @Test func helpTeachesAndExitsZero() throws {
        let root = try RunRebound.run(["--help"])
        #expect(root.status == 0 && root.output.contains("rebound plan Examples/pending-panel.json"))
        for command in ["check", "plan", "draft"] {
            let help = try RunRebound.run([command, "--help"])
            #expect(help.status == 0 && help.output.contains("Example"), "\(command)")
        }
        expectOneLineError(try RunRebound.run(["frobnicate"]), containing: "frobnicate")
        expectOneLineError(try RunRebound.run(["draft", "--output", "x", panel]), containing: "--output is only for --format eml")
    }

}
