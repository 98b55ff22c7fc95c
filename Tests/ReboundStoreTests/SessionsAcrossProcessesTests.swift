import Foundation
import Logging
import ReboundCore
@testable import ReboundStore
import Testing

/// Two stores on one PostgreSQL database stand for two app processes: a session one keeps in
/// memory is forgotten as soon as the other changes it, its account or its revision.
@Suite("Storage: sessions kept by one process, changed by another (PostgreSQL)",
       .enabled(if: !(ProcessInfo.processInfo.environment["REBOUND_TEST_POSTGRES_URL"] ?? "").isEmpty,
                "needs REBOUND_TEST_POSTGRES_URL"))
struct SessionsAcrossProcessesTests {
    let now = StoreFixtures.now

    /// Two stores on one fresh database, closed and dropped afterwards.
    private func withTwoProcesses(_ body: (SQLStorage, SQLStorage) async throws -> Void) async throws {
        let server = try PostgresLocation(url: ProcessInfo.processInfo.environment["REBOUND_TEST_POSTGRES_URL"] ?? "")
        let name = try await TestDatabases.create(on: server)
        let open = { try await SQLStorage.postgres(server.database(name), maximumConnections: 2, logger: Logger(label: "test"),
                                                   now: StoreFixtures.now) }
        let first = try await open(), second = try await open()
        var failure: (any Error)?
        do { try await body(first, second) } catch { failure = error }
        await first.close()
        await second.close()
        try? await TestDatabases.drop(name, on: server)
        if let failure { throw failure }
    }

    /// Waits, at most 5 s, for `condition` to hold.
    private func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        for _ in 0..<100 {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test("a session kept in memory follows every change the other process makes")
    func changesElsewhereAreHeard() async throws {
        try await withTwoProcesses { one, other in
            let memory = try #require(one.connections.sessionMemory)
            #expect(try await eventually { memory.isListening })
            let ana = StoreFixtures.user("ana")
            try await one.createUser(ana)
            try await one.createSession(Session(tokenHash: "t1", userID: ana.id, csrfSecret: "c", createdAt: now,
                                                expiresAt: now.addingTimeInterval(3_600)))
            let read = { try await one.session(tokenHash: "t1", now: now, keptAllowed: true) }
            #expect(try await read()?.1.name == "Ana")
            #expect(memory.count == 1, "kept")

            try await other.updateName("Ana B.", of: ana.id)
            #expect(try await one.session(tokenHash: "t1", now: now, keptAllowed: false)?.1.name == "Ana B.",
                    "a read that may not use memory sees the change at once")
            #expect(try await eventually { try await read()?.1.name == "Ana B." })

            try await other.saveInterview(StoreFixtures.interview("i1"), of: ana.id)
            #expect(try await eventually { try await read()?.1.revision == 1 })

            try await other.deleteSession(tokenHash: "t1")
            #expect(try await eventually { try await read() == nil }, "signed out elsewhere")
        }
    }
}
