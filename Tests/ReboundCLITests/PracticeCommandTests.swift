import Foundation
import Logging
import ReboundCore
import ReboundStore
import Testing

/// `rebound practice`: a terminal sitting over the same schedule as the web app.
@Suite struct PracticeCommandTests {
    static let moment = "2026-11-26T10:00:00Z"

    /// An install whose owner noted one weak question in a debrief.
    private func install() async throws -> (url: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-practice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("rebound.sqlite").path
        let now = Date(timeIntervalSince1970: 1_795_600_000)
        let store = try await SQLStorage.sqlite(path: path, logger: Logger(label: "test"), now: now)
        let owner = User(id: UserID("owner"), email: "ana@example.org", name: "Ana", passwordHash: "x", isOwner: true, createdAt: now)
        try await store.createUser(owner)
        let file = InterviewFile(
            interview: Interview(company: "Northwind Traders", role: "Analyst", start: Timestamp(rfc3339: "2026-11-20T10:30:00-05:00")!,
                                 timeZone: Zone(identifier: "America/New_York")!, interviewers: [Interviewer(name: "Dana Reyes")]),
            debrief: Debrief(questions: [InterviewQuestion(text: "Tell me about a time you led a team.", rating: .weak,
                                                           betterAnswer: "The warehouse move: I planned it and we lost no orders.")]))
        #expect(try await store.saveInterview(StoredInterview(id: InterviewID("i1"), file: file, stage: .done,
                                                              createdAt: now, updatedAt: now), of: owner.id))
        await store.close()
        return ("sqlite:" + path, folder)
    }

    private func lines(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }

    @Test func aSittingAsksTheWeakQuestionFirstAsksItAgainAtTheEndAndSavesTheSchedule() async throws {
        let (url, folder) = try await install()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = ["The warehouse move", "Keep orders flowing", "I split the move into weekends", "No order lost"]
        let sitting = try RunRebound.run(["practice", "--database", url, "--count", "2", "--now", Self.moment],
                                         input: lines(story + ["w"] + ["", "", "", ""] + ["s"] + story + ["o"]),
                                         environment: ["TZ": "Europe/London"])
        #expect(sitting.status == 0, "\(sitting.error)")
        #expect(sitting.output.contains("Question 1 of 2 · behavioural · asked at Northwind Traders, you rated it weak"))
        #expect(sitting.output.contains("Last time you wished you had said: The warehouse move"))
        #expect(sitting.output.contains("Situation (Where and when was it?"))
        #expect(sitting.output.contains("once more, as it was weak"))
        #expect(sitting.output.contains("Practised 3: 1 strong, 1 ok, 1 weak."))
        // On this computer's clock, in words, not a raw timestamp.
        #expect(sitting.output.contains("Next due: Fri 27 Nov 10:00, in 24 hours: 2 questions."), "\(sitting.output)")

        // Both practised questions are now scheduled for tomorrow, so the list moves on to new ones.
        let listed = try RunRebound.run(["practice", "--database", url, "--list", "--format", "json", "--count", "3", "--now", Self.moment])
        #expect(listed.status == 0, "\(listed.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any])
        let keys = try #require(json["questions"] as? [[String: Any]]).compactMap { $0["key"] as? String }
        #expect(keys == ["starter:b02", "starter:b03", "starter:b04"])
        let tomorrow = try RunRebound.run(["practice", "--database", url, "--list", "--count", "1", "--now", "2026-11-27T10:00:00Z"])
        #expect(tomorrow.output.hasPrefix("1. [behavioural] Tell me about a time you led a team. (due, last ok)"))
    }

    @Test func listingWithoutADatabaseSaysSoAndMakesNone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-none-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rebound.sqlite").path
        let listed = try RunRebound.run(["practice", "--list", "--database", "sqlite:" + path])
        #expect(listed.status == 2 && listed.error.contains("no Rebound database here yet"))
        #expect(!FileManager.default.fileExists(atPath: path) && !FileManager.default.fileExists(atPath: folder.path))
        let defaulted = try RunRebound.run(["practice", "--list"], environment: ["XDG_DATA_HOME": folder.path])
        #expect(defaulted.status == 2 && !FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func helpTextWrapsEvenlyInANarrowTerminal() throws {
        // Paragraphs are single lines in the text, so the terminal's width decides every break.
        for command in ["", "plan", "draft", "check", "practice", "serve", "migrate", "migrate-data"] {
            let help = try RunRebound.run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "60"]).output
            let lines = help.components(separatedBy: "\n")
            // In a paragraph of prose, every line but the last reaches well across the screen.
            for (line, next) in zip(lines, lines.dropFirst()) where !line.hasPrefix(" ") && !next.hasPrefix(" ")
                && !line.isEmpty && !next.isEmpty && !line.hasSuffix(":") && !line.contains("OVERVIEW") && !next.hasPrefix("USAGE") {
                #expect(line.count >= 40, "\(command): a ragged line: \(line)")
            }
        }
    }

    @Test func stoppingHalfWayKeepsWhatWasAnsweredAndTheEndOfInputIsNotAnError() async throws {
        let (url, folder) = try await install()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stopped = try RunRebound.run(["practice", "--database", url, "--kind", "motivation", "--now", Self.moment],
                                         input: lines(["Mission and the team", "", "maybe", "s", "q"]))
        #expect(stopped.status == 0, "\(stopped.error)")
        #expect(stopped.output.contains("Please type w, o or s (or q to stop)."))
        #expect(stopped.output.contains("Practised 1: 1 strong."))
        let empty = try RunRebound.run(["practice", "--database", url, "--now", Self.moment], input: Data())
        #expect(empty.status == 0, "\(empty.error)")
        #expect(empty.output.contains("Nothing practised this time."))
    }

    @Test func anUnknownAccountOrFieldIsRefusedInOneLine() async throws {
        let (url, folder) = try await install()
        defer { try? FileManager.default.removeItem(at: folder) }
        expectOneLineError(try RunRebound.run(["practice", "--database", url, "--email", "bo@example.org"]),
                           containing: "--email: no account with the address bo@example.org")
        let field = try RunRebound.run(["practice", "--database", url, "--field", "astronomy"])
        #expect(field.status == 2)
        #expect(field.error.contains("astronomy"))
        let count = try RunRebound.run(["practice", "--database", url, "--count", "0"])
        #expect(count.status == 2 && count.error.contains("--count: must be at least 1"))
    }
}
