import Foundation
import ReboundCore
import ReboundStore
import Testing

@Suite("Storage: reading an import")
struct ImportFileTests {
    static func read(_ text: String) throws(ImportError) -> [InterviewRecord] {
        try ImportFile.records(from: Array(text.utf8), now: StoreFixtures.now, newID: { InterviewID("fresh") })
    }

    @Test("an export reads back as the records it was written from")
    func exportRoundTrip() throws {
        let record = InterviewRecord(
            interview: StoreFixtures.interview("i-1"),
            doneSteps: [StepState(key: StepKey(rawValue: "thank-you:Dana Reyes"), doneAt: StoreFixtures.now)],
            drafts: [SavedDraft(key: "thank-you:Dana Reyes", subject: "", body: "  Dear Dana,\n\nThank you.\n", updatedAt: StoreFixtures.now)])
        let text = ExportFile.json(user: StoreFixtures.user("ana"), records: [record], exportedAt: StoreFixtures.now)
        #expect(try Self.read(text) == [record])
    }

    @Test("an export's practised answers read back as written; an older export without them reads as none")
    func practiceRoundTrip() throws {
        let answers = [
            PracticeAttempt(id: "p1", questionKey: .own("Why us?"), questionText: "Why us? “Really”", practisedAt: StoreFixtures.now,
                            rating: .weak, outline: "Situation: the audit\nResult: <none>", seconds: 95),
            PracticeAttempt(id: "p2", questionKey: .starter("m02"), questionText: "Why do you want this job?",
                            practisedAt: StoreFixtures.now, rating: .strong, outline: "", seconds: nil),
        ]
        let text = ExportFile.json(user: StoreFixtures.user("ana"), records: [], practice: answers, exportedAt: StoreFixtures.now)
        let read = try ImportFile.contents(from: Array(text.utf8), now: StoreFixtures.now, newID: { InterviewID("fresh") })
        #expect(read.practice == answers)
        let older = #"{"format": "rebound.export/1", "interviews": []}"#
        #expect(try ImportFile.contents(from: Array(older.utf8), now: StoreFixtures.now, newID: { InterviewID("x") }).practice.isEmpty)
    }

    @Test("a broken practised answer is named by its path")
    func practiceProblems() {
        let text = """
            {"format": "rebound.export/1", "interviews": [], "practice": [
              {"id": "p1", "key": "mine:why", "question": "Why?", "practisedAt": "soon", "rating": "great", "seconds": -4},
              {"key": "own:why", "question": "Why?", "practisedAt": "2026-11-20T12:00:00Z", "rating": "ok"}]}
            """
        #expect(throws: ImportError.self) { try Self.read(text) }
        do {
            _ = try Self.read(text)
        } catch {
            #expect(error.issues.map(\.description) == [
                "practice[0].key: must start with starter: or own:",
                "practice[0].practisedAt: not an RFC 3339 date-time",
                "practice[0].rating: must be one of weak, ok, strong",
                "practice[0].seconds: must be a whole number of seconds from 0 to 86400",
                "practice[1].id: required",
            ])
        }
    }

    @Test("an export's notes on companies read back as written; an older export without them reads as none")
    func companiesRoundTrip() throws {
        let notes = [
            CompanyNotes(key: CompanyKey(company: "Northwind Traders")!, company: "Northwind Traders", field: .retail,
                         history: "Founded 1987\nin Leeds", strengths: "“Loyal” customers", achievements: "", goals: "Online first",
                         updatedAt: StoreFixtures.now),
            CompanyNotes(key: CompanyKey(company: "Contoso")!, company: "Contoso", updatedAt: StoreFixtures.now),
        ]
        let text = ExportFile.json(user: StoreFixtures.user("ana"), records: [], companies: notes, exportedAt: StoreFixtures.now)
        #expect(try ImportFile.contents(from: Array(text.utf8), now: StoreFixtures.now, newID: { InterviewID("x") }).companies == notes)
        let older = #"{"format": "rebound.export/1", "interviews": []}"#
        #expect(try ImportFile.contents(from: Array(older.utf8), now: StoreFixtures.now, newID: { InterviewID("x") }).companies.isEmpty)
    }

    @Test("broken notes on a company are named by their path")
    func companyProblems() {
        let long = String(repeating: "a", count: CompanyNotes.textLimit + 1)
        let text = """
            {"format": "rebound.export/1", "interviews": [], "companies": [
              {"company": "—", "field": "astronomy", "goals": "\(long)"},
              {"company": "Acme", "updatedAt": "later"},
              {"company": "ACME Ltd"}]}
            """
        do {
            _ = try Self.read(text)
            Issue.record("the import was accepted")
        } catch {
            #expect(error.issues.map(\.description) == [
                "companies[0].company: give the company's name, at most 300 characters with a letter or digit",
                "companies[0].field: must be one of nursing, teaching, software, trades, retail, hospitality, finance, marketing, social-work, logistics",
                "companies[0].goals: at most 5000 characters",
                "companies[1].updatedAt: not an RFC 3339 date-time",
                "companies[2].company: the same company is listed twice",
            ])
        }
    }

    @Test("plain interview files, alone or in a list, get a fresh ID and a finished debrief")
    func interviewFiles() throws {
        let file = StoreFixtures.interview("x").file.jsonText()
        let one = try Self.read(file)
        #expect(one.map(\.interview.id.rawValue) == ["fresh"])
        #expect(one.first?.interview.stage == .done)
        #expect(try Self.read("[\(file), \(file)]").count == 2)
    }

    @Test("every problem of an export is named by its path, the nested interview file's included")
    func everyProblemWithItsPath() {
        var broken = StoreFixtures.interview("i-1").file.jsonText()
        broken = broken.replacingOccurrences(of: "\"Northwind Traders\"", with: "\"\"")
        let text = """
            {"format": "rebound.export/1", "interviews": [
              {"id": "no spaces please", "stage": "halfway", "createdAt": "yesterday", "file": \(broken),
               "doneSteps": [{"doneAt": "2026-11-20T12:00:00Z"}, 7],
               "drafts": [{"key": "thank-you:Dana Reyes", "subject": "Hi", "body": 42}]},
              "not an interview",
              {"stage": "done"}
            ]}
            """
        do {
            _ = try Self.read(text)
            Issue.record("a broken export was read")
        } catch {
            #expect(error.issues.map(\.description) == [
                "interviews[0].id: use letters, digits and dashes, at most 64",
                "interviews[0].stage: must be one of went-well, went-wrong, questions, forgot, interviewers, contacts, wants-job, done",
                "interviews[0].createdAt: not an RFC 3339 date-time",
                "interviews[0].file.interview.company: must not be empty",
                "interviews[0].doneSteps[0].key: required",
                "interviews[0].doneSteps[1]: must be an object, not a number",
                "interviews[0].doneSteps[1].key: required",
                "interviews[0].doneSteps[1].doneAt: required",
                "interviews[0].drafts[0].body: must be text, not a number",
                "interviews[1]: must be an object, not text",
                "interviews[2].file: required",
            ])
        }
    }

    @Test("a list of interview files names each problem under its place in the list")
    func listPaths() {
        let good = StoreFixtures.interview("x").file.jsonText()
        do {
            _ = try Self.read("[\(good), 3]")
            Issue.record("a broken list was read")
        } catch {
            #expect(error.issues.map(\.description) == ["[1]: an interview file is a JSON object, not a number"])
        }
    }
}
