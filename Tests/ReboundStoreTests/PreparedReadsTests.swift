import Foundation
import Logging
@testable import ReboundStore
import SQLKit
import Testing

@Suite("Store: prepared reads on PostgreSQL")
struct PreparedReadsTests {
    /// Runs `body` with one-connection access to a fresh PostgreSQL database; skipped when no
    /// server is set up (`REBOUND_TEST_POSTGRES_URL`).
    private func withPostgres(_ body: (PostgresConnections) async throws -> Void) async throws {
        guard let url = ProcessInfo.processInfo.environment["REBOUND_TEST_POSTGRES_URL"], !url.isEmpty else { return }
        let server = try PostgresLocation(url: url)
        let name = try await TestDatabases.create(on: server)
        let connections = PostgresConnections(server.database(name), maximumConnections: 1, logger: Logger(label: "test"))
        do {
            try await body(connections)
        } catch {
            Issue.record(error)
        }
        await connections.close()
        try await TestDatabases.drop(name, on: server)
    }

    /// The statements the server holds prepared for the (only) connection, asked inside a
    /// transaction, where nothing is prepared.
    private func prepared(_ connections: PostgresConnections) async throws -> [String] {
        try await connections.withTransaction { db in
            try await db.raw("SELECT statement FROM pg_prepared_statements ORDER BY statement").all()
                .map { try $0.decode(column: "statement", as: String.self) }
        }
    }

    @Test("a read is prepared once per connection and then only executed; reads in a transaction are not prepared")
    func preparedOnce() async throws {
        try await withPostgres { connections in
            for word in ["one", "two", "three"] {
                let read = try await connections.withConnection { db in
                    try await db.raw("SELECT \(bind: word) AS word").first()?.decode(column: "word", as: String.self)
                }
                #expect(read == word)
            }
            #expect(try await prepared(connections) == ["SELECT $1 AS word"])
        }
    }

    @Test("a read the server will not run with Rebound's binds falls back to running unprepared, with the same result")
    func fallsBack() async throws {
        try await withPostgres { connections in
            // The server takes `$1 + 1` as a 4-byte integer; Rebound binds 8-byte ones.
            for _ in 0..<2 {
                let sum = try await connections.withConnection { db in
                    try await db.raw("SELECT \(bind: Int64(41)) + 1 AS sum").first()?.decode(column: "sum", as: Int64.self)
                }
                #expect(sum == 42)
            }
        }
    }
}
