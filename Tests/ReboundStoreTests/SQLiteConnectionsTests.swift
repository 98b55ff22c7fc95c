import Foundation
import Logging
import ReboundCore
@testable import ReboundStore
import SQLKit
import Testing

@Suite("Storage: SQLite connections")
struct SQLiteConnectionsTests {
    @Test("a statement is prepared once and then only run, whatever values are bound to it")
    func statementsStayPrepared() throws {
        let handle = try SQLiteHandle(path: nil)
        defer { handle.close() }
        try handle.run("CREATE TABLE notes (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, body TEXT)", []) { _ in }
        let insert = "INSERT INTO notes (owner, body) VALUES (?, ?)"
        for index in 0..<30 { try handle.run(insert, [.text(index % 2 == 0 ? "ana" : "ben"), .text("note \(index)")]) { _ in } }

        let select = "SELECT id, body FROM notes WHERE owner = ? AND id > ? ORDER BY id"
        var counts: [Int] = []
        for (owner, after) in [("ana", 0), ("ben", 3), ("ana", 20), ("nobody", 0)] {
            var rows: [SQLiteResultRow] = []
            try handle.run(select, [.text(owner), .integer(after)]) { rows.append($0) }
            counts.append(rows.count)
        }
        #expect(counts == [15, 14, 5, 0])
        #expect(handle.keptStatements == [insert, select, "CREATE TABLE notes (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, body TEXT)"])
        #expect(handle.timesPreparedAgain(select) == 0)
        #expect(handle.timesPreparedAgain(insert) == 0)
    }

    @Test("the reads a page makes stay prepared across users, pages of the list and times")
    func pageReadsStayPrepared() async throws {
        let store = try await SQLStorage.sqlite(path: nil, logger: Logger(label: "test"), now: StoreFixtures.now)
        defer { Task { await store.close() } }
        for name in ["Ana", "Ben"] {
            let user = StoreFixtures.user(name)
            try await store.createUser(user)
            try await store.createSession(Session(tokenHash: "token-\(name)", userID: user.id, csrfSecret: "csrf", createdAt: StoreFixtures.now,
                                                  expiresAt: StoreFixtures.now.addingTimeInterval(86_400)))
            for index in 0..<3 { _ = try await store.saveInterview(StoreFixtures.interview("\(name)-\(index)"), of: user.id) }
        }
        for (name, hour, page) in [("Ana", 0.0, 0), ("Ben", 1.0, 1), ("Ana", 2.0, 2), ("Ben", 3.0, 0)] {
            let now = StoreFixtures.now.addingTimeInterval(hour * 3600)
            let (_, user) = try #require(try await store.session(tokenHash: "token-\(name)", now: now))
            _ = try await store.interviews(of: user.id, now: now, limit: 1 + page, offset: page)
            _ = try await store.openSteps(of: user.id, now: StoreFixtures.now, limit: 5 + page)
            _ = try await store.stepStates(of: InterviewID("\(name)-\(page)"), of: user.id)
            _ = try await store.interviewOverview(InterviewID("\(name)-\(page)"), of: user.id, now: now)
        }
        let again = try await store.connections.withConnection { db in
            let handle = try #require(db as? SQLiteDirectDatabase).handle
            // The migrations' own reads of the schema version are prepared again as the schema
            // changes under them; they are not a page's reads.
            return handle.keptStatements.filter { $0.hasPrefix("SELECT") && !$0.contains("schema_migrations") }
                .map { handle.timesPreparedAgain($0) ?? -1 }
        }
        #expect(again.count >= 4)
        #expect(again.allSatisfy { $0 == 0 })
    }

    @Test("rows read back as SQLKit rows: text, whole numbers, nulls and their optionals")
    func rowsDecode() throws {
        let handle = try SQLiteHandle(path: nil)
        defer { handle.close() }
        var row: SQLiteResultRow?
        try handle.run("SELECT ? AS name, ? AS count, NULL AS missing, 2.5 AS ratio", [.text("Zoë <ok>"), .integer(42)]) { row = $0 }
        let found = try #require(row)
        #expect(try found.decode(column: "name", as: String.self) == "Zoë <ok>")
        #expect(try found.decode(column: "count", as: Int64.self) == 42)
        #expect(try found.decode(column: "count", as: Int.self) == 42)
        #expect(try found.decode(column: "missing", as: String?.self) == nil)
        #expect(try found.decode(column: "ratio", as: Double.self) == 2.5)
        #expect(try found.decodeNil(column: "missing"))
        #expect(found.allColumns == ["name", "count", "missing", "ratio"])
        #expect(throws: SQLiteFailure.self) { try found.decode(column: "absent", as: String.self) }
    }

    @Test("a statement run again while its rows are being read gets a copy of its own")
    func nestedRunOfTheSameStatement() throws {
        let handle = try SQLiteHandle(path: nil)
        defer { handle.close() }
        let select = "SELECT value FROM (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) WHERE value >= ? ORDER BY value"
        var pairs: [String] = []
        try handle.run(select, [.integer(2)]) { outer in
            let first = try outer.decode(column: "value", as: Int.self)
            try handle.run(select, [.integer(first)]) { inner in pairs.append("\(first)-\(try inner.decode(column: "value", as: Int.self))") }
        }
        #expect(pairs == ["2-2", "2-3", "3-3"])
    }

    @Test("a kept statement whose table changed shape reads its new columns")
    func keptStatementAfterSchemaChange() throws {
        let handle = try SQLiteHandle(path: nil)
        defer { handle.close() }
        try handle.run("CREATE TABLE people (name TEXT)", []) { _ in }
        try handle.run("INSERT INTO people (name) VALUES ('Ana')", []) { _ in }
        var columns: [[String]] = []
        try handle.run("SELECT * FROM people", []) { columns.append($0.allColumns) }
        try handle.run("ALTER TABLE people ADD COLUMN city TEXT DEFAULT 'Lisbon'", []) { _ in }
        var city: String?
        try handle.run("SELECT * FROM people", []) { row in
            columns.append(row.allColumns)
            city = try row.decode(column: "city", as: String.self)
        }
        #expect(columns == [["name"], ["name", "city"]])
        #expect(city == "Lisbon")
    }

    @Test("a bad statement gives SQLite's message, and the connection still works afterwards")
    func badStatement() throws {
        let handle = try SQLiteHandle(path: nil)
        defer { handle.close() }
        #expect { try handle.run("SELEC 1", []) { _ in } } throws: { ($0 as? SQLiteFailure)?.message.contains("syntax error") == true }
        var value: Int?
        try handle.run("SELECT 1 AS one", []) { value = try $0.decode(column: "one", as: Int.self) }
        #expect(value == 1)
    }

    @Test("many reads and writes at once on a database file all succeed: writers take turns, readers never wait for them")
    func concurrentReadsAndWrites() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await SQLStorage.sqlite(path: folder.appendingPathComponent("rebound.sqlite").path,
                                                logger: Logger(label: "test"), now: StoreFixtures.now)
        let ana = StoreFixtures.user("Ana")
        try await store.createUser(ana)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    let saved = try await store.saveInterview(StoreFixtures.interview("i\(index)", company: "Company \(index)"), of: ana.id)
                    #expect(saved)
                }
                group.addTask { _ = try await store.interviews(of: ana.id, now: StoreFixtures.now, limit: 10, offset: 0) }
                // Reads taken together hold one snapshot while the writes go on beside them.
                group.addTask { _ = try await store.interviewOverview(InterviewID("i\(index / 2)"), of: ana.id, now: StoreFixtures.now) }
            }
            try await group.waitForAll()
        }
        #expect(try await store.interviewPage(of: ana.id, number: 1, size: 50, now: StoreFixtures.now).total == 40)
        #expect(try await store.interviews(of: ana.id, now: StoreFixtures.now, limit: 50, offset: 0).count == 40)
        await store.close()
        await #expect(throws: StoreError.self) {
            try await store.interviewPage(of: ana.id, number: 1, size: 50, now: StoreFixtures.now)
        }
    }
}
