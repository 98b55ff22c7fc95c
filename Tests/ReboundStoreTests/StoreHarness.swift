import Foundation
import Logging
import ReboundCore
import ReboundStore
import SQLKit

/// Runs a storage test against a fresh SQLite database and, when `REBOUND_TEST_POSTGRES_URL`
/// names a PostgreSQL server (`scripts/test` starts one when it can), again against a fresh
/// PostgreSQL database made for this test alone. Each database is closed (and the
/// PostgreSQL one dropped) afterwards, pass or fail. Every storage test goes through here,
/// so both databases get the whole suite.
func withStore(_ body: (any ReboundStorage) async throws -> Void) async throws {
    try await run(body, on: try await SQLStorage.sqlite(path: nil, logger: Logger(label: "test"), now: StoreFixtures.now),
                  named: "SQLite")
    guard let url = ProcessInfo.processInfo.environment["REBOUND_TEST_POSTGRES_URL"], !url.isEmpty else { return }
    let server = try PostgresLocation(url: url)
    let name = try await TestDatabases.create(on: server)
    do {
        try await run(body, on: try await SQLStorage.postgres(server.database(name), maximumConnections: 4,
                                                              logger: Logger(label: "test"), now: StoreFixtures.now),
                      named: "PostgreSQL")
    } catch {
        try? await TestDatabases.drop(name, on: server)
        throw error
    }
    try await TestDatabases.drop(name, on: server)
}

private func run(_ body: (any ReboundStorage) async throws -> Void, on store: SQLStorage, named database: String) async throws {
    do {
        try await body(store)
    } catch {
        await store.close()
        throw StoreTestError(description: "on \(database): \(error)")
    }
    await store.close()
}

struct StoreTestError: Error, CustomStringConvertible {
    let description: String
}

/// Throwaway PostgreSQL databases, one per test, so tests running in parallel never meet.
enum TestDatabases {
    static func create(on server: PostgresLocation) async throws -> String {
        let name = "rebound_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await admin(server) { db in try await db.raw("CREATE DATABASE \(unsafeRaw: name)").run() }
        return name
    }

    static func drop(_ name: String, on server: PostgresLocation) async throws {
        try await admin(server) { db in try await db.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() }
    }

    private static func admin(_ server: PostgresLocation, _ body: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let connections = PostgresConnections(server, maximumConnections: 1, logger: Logger(label: "test"))
        do {
            try await connections.withConnection(body)
        } catch {
            await connections.close()
            throw error
        }
        await connections.close()
    }
}

/// Accounts and interviews for storage tests.
enum StoreFixtures {
    static let now = Date(timeIntervalSince1970: 1_795_700_000) // 2026-11-26
    static let newYork = Zone(identifier: "America/New_York")!

    static func user(_ name: String, owner: Bool = false) -> User {
        User(id: UserID("user-\(name)"), email: "\(name)@example.org", name: name.capitalized, passwordHash: "hash-\(name)",
             isOwner: owner, createdAt: now)
    }

    static func file(company: String = "Northwind Traders", start: String = "2026-11-20T10:30:00-05:00",
                     status: OutcomeStatus = .pending) -> InterviewFile {
        InterviewFile(
            interview: Interview(company: company, role: "Marketing Coordinator", start: Timestamp(rfc3339: start)!,
                                 timeZone: newYork, interviewers: [Interviewer(name: "Dana Reyes", hiringManager: true)],
                                 outcome: Outcome(status: status, at: status == .pending ? nil : Timestamp(rfc3339: start)!.adding(seconds: 86_400))),
            debrief: Debrief(wentWell: ["Opened with the rebrand story"],
                             questions: [InterviewQuestion(text: "Tell me about a time you led a team.", rating: .weak)]),
            contacts: [Contact(name: "Sam Ortiz", relation: .recruiter)])
    }

    /// Ana and Bo, both stored.
    static func anaAndBo(in store: any ReboundStorage) async throws -> (ana: User, bo: User) {
        let ana = user("ana"), bo = user("bo")
        try await store.createUser(ana)
        try await store.createUser(bo)
        return (ana, bo)
    }

    static func interview(_ id: String, company: String = "Northwind Traders", start: String = "2026-11-20T10:30:00-05:00",
                          stage: DebriefStage = .done) -> StoredInterview {
        StoredInterview(id: InterviewID(id), file: file(company: company, start: start), stage: stage,
                        createdAt: now, updatedAt: now)
    }
}
