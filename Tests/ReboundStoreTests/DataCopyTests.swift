import Foundation
import Logging
import ReboundCore
@testable import ReboundStore
import SQLKit
import Testing

@Suite("Store: moving a whole install to another database")
struct DataCopyTests {
    /// An install that uses every table: two accounts (one with a calendar link), a session,
    /// a failed sign-in, interviews with a done step and an edited draft, an API token, and a
    /// practised answer with its schedule, a share link, and notes on a company.
    private func fill(_ store: SQLStorage) async throws {
        let now = StoreFixtures.now
        let ana = StoreFixtures.user("ana", owner: true), bo = StoreFixtures.user("bo")
        try await store.createUser(ana)
        try await store.createUser(bo)
        try await store.setCalendarToken("calendar-secret-ana", of: ana.id)
        try await store.createSession(Session(tokenHash: "session-hash", userID: ana.id, csrfSecret: "csrf-secret",
                                              createdAt: now, expiresAt: now.addingTimeInterval(3600)))
        _ = try await store.countSignInTry(keys: ["bo@example.org"], at: now, windowStart: now.addingTimeInterval(-900), mayTry: { _ in true })
        _ = try await store.serverSecret(named: "form-token-key", proposed: "a-secret-of-the-install", now: now)
        try await store.setRulesTurnedOff([.tooLong], of: ana.id)
        #expect(try await store.saveInterview(StoreFixtures.interview("ana-1", company: "Northwind Traders — Café ☕︎"), of: ana.id))
        #expect(try await store.saveInterview(StoreFixtures.interview("ana-2", company: "Contoso", start: "2026-11-02T09:00:00-05:00"), of: ana.id))
        #expect(try await store.saveInterview(StoreFixtures.interview("bo-1"), of: bo.id))
        let step = try #require(try await store.stepStates(of: InterviewID("ana-1"), of: ana.id).first)
        _ = try await store.markStep(step.key, of: InterviewID("ana-1"), of: ana.id, doneAt: now)
        _ = try await store.saveDraft(SavedDraft(key: "thank-you:Dana Reyes", subject: "Thank you, Dana",
                                                 body: "Dear Dana,\n\nThank you — it's \"good\" to talk.\n", updatedAt: now),
                                      of: InterviewID("ana-1"), of: ana.id)
        _ = try await store.dismiss(Dismissal(rule: .excuse, words: "i hadn't slept"), in: "thank-you:Dana Reyes",
                                    of: InterviewID("ana-1"), of: ana.id, at: now)
        try await store.createAPIToken(APIToken(id: "token-1", userID: ana.id, name: "scripts", tokenHash: "token-hash", createdAt: now))
        let review = PracticeScheduler.practised(nil, rating: .strong, at: now)
        try await store.recordPractice(PracticeAttempt(id: "attempt-1", questionKey: .own("Why us? — “really”"),
                                                       questionText: "Why us? — “really”", practisedAt: now, rating: .strong,
                                                       outline: "Mission\nTeam", seconds: nil),
                                       review: review, of: ana.id)
        _ = try await store.createShareLink(ShareLink(id: "link-1", tokenHash: "share-hash", userID: ana.id, interviewID: InterviewID("ana-1"),
                                                      createdAt: now, expiresAt: now.addingTimeInterval(7 * 86_400)))
        try await store.saveCompanyNotes(CompanyNotes(key: CompanyKey(company: "Northwind Traders — Café ☕︎")!,
                                                      company: "Northwind Traders — Café ☕︎", field: .hospitality,
                                                      history: "Founded 1987 — “family” run", goals: "", updatedAt: now),
                                         of: ana.id)
    }

    private func sqlite() async throws -> SQLStorage {
        try await SQLStorage.sqlite(path: nil, logger: Logger(label: "test"), now: StoreFixtures.now)
    }

    @Test("SQLite to PostgreSQL (SQLite when none is set up) and back keeps every row of every table, byte for byte")
    func roundTrip() async throws {
        let first = try await sqlite(), last = try await sqlite()
        let server = try ProcessInfo.processInfo.environment["REBOUND_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
            .map { try PostgresLocation(url: $0) }
        var databaseName: String?
        if let server { databaseName = try await TestDatabases.create(on: server) }
        let middle = if let server, let databaseName {
            try await SQLStorage.postgres(server.database(databaseName), maximumConnections: 2, logger: Logger(label: "test"),
                                          now: StoreFixtures.now)
        } else {
            try await sqlite()
        }
        do {
            try await fill(first)
            let there = try await DataCopy.copy(from: first, to: middle)
            let back = try await DataCopy.copy(from: middle, to: last)
            #expect(there.map { $0.rows } == back.map { $0.rows })
            let original = try await DataCopy.contents(of: first)
            #expect(original.values.allSatisfy { !$0.isEmpty }, "the fixture leaves a table empty: \(original.filter { $0.value.isEmpty }.keys)")
            #expect(try await DataCopy.contents(of: middle) == original)
            #expect(try await DataCopy.contents(of: last) == original)
            // And the copy works as a store: the done mark, the draft and the session are there.
            let ana = UserID("user-ana")
            #expect(try await last.stepStates(of: InterviewID("ana-1"), of: ana).contains { $0.doneAt != nil })
            #expect(try await last.savedDrafts(of: InterviewID("ana-1"), of: ana).first?.body.contains("\"good\"") == true)
            #expect(try await last.session(tokenHash: "session-hash", now: StoreFixtures.now)?.1.email == "ana@example.org")
        } catch {
            Issue.record(error)
        }
        for store in [first, middle, last] { await store.close() }
        if let server, let databaseName { try await TestDatabases.drop(databaseName, on: server) }
    }

    @Test("tables larger than one batch are copied whole, in key order, single and composite keys alike")
    func manyBatches() async throws {
        let source = try await sqlite(), target = try await sqlite()
        try await fill(source)
        try await source.write { db in
            for index in 0..<1_200 {
                try await db.raw("""
                    INSERT INTO sign_in_failures (throttle_key, failures, first_at, last_at)
                    VALUES (\(bind: "key-\(index)"), 1, 0, 0)
                    """).run()
            }
        }
        for index in 0..<100 {
            #expect(try await source.saveInterview(StoreFixtures.interview("bulk-\(index)", company: "Bulk \(index)"), of: UserID("user-bo")))
        }
        let counts = try await DataCopy.copy(from: source, to: target)
        #expect(counts.first { $0.table == "sign_in_failures" }?.rows == 1_201)
        #expect((counts.first { $0.table == "plan_steps" }?.rows ?? 0) > DataCopy.batchSize)
        #expect(try await DataCopy.contents(of: target) == DataCopy.contents(of: source))
        await source.close()
        await target.close()
    }

    @Test("a target that already has accounts is refused, and nothing is written to it")
    func refusesAFullTarget() async throws {
        let source = try await sqlite(), target = try await sqlite()
        try await fill(source)
        try await target.createUser(StoreFixtures.user("cy"))
        await #expect(throws: StoreError.self) { _ = try await DataCopy.copy(from: source, to: target) }
        #expect(try await DataCopy.contents(of: target)["users"]?.count == 1)
        #expect(try await DataCopy.contents(of: target)["interviews"]?.isEmpty == true)
        await source.close()
        await target.close()
    }

    @Test("the copy knows every table of the schema, so a new table cannot be left behind")
    func coversTheSchema() async throws {
        let store = try await sqlite()
        let names = try await store.read { db in
            try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
                .map { try $0.decode(column: "name", as: String.self) }
        }
        await store.close()
        #expect(Set(names).subtracting(["schema_migrations"]) == Set(DataCopy.tables.map(\.name)))
        #expect(Migrations.latest == DataCopy.schemaVersion)
    }
}
