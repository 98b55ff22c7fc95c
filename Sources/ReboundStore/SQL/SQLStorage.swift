import Foundation
import Logging
import ReboundCore
import SQLKit

/// `ReboundStorage` on an SQL database through SQLKit. The statements are portable SQL
/// (SQLite 3.24+ and PostgreSQL both read them); times are whole seconds since 1970.
public struct SQLStorage: ReboundStorage {
    let connections: any SQLConnections
    /// The schema versions applied when this store was opened (empty when it was up to date).
    public let appliedMigrations: [Int]

    /// A store over `connections`. Call `Migrator(connections:).migrate(now:)` before use.
    public init(connections: any SQLConnections, appliedMigrations: [Int] = []) {
        self.connections = connections
        self.appliedMigrations = appliedMigrations
    }

    /// The schema version the database is at.
    public func schemaVersion() async throws -> Int { try await Migrator(connections: connections).currentVersion() }

    public func close() async { await connections.close() }

    public func ping() async throws {
        _ = try await read { db in try await db.raw("SELECT 1 AS one").first() }
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await connections.withConnection(body)
    }

    /// Several reads on one connection that see the database as it was at one moment.
    func readTogether<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await connections.withReadSnapshot(body)
    }

    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await connections.withTransaction(body)
    }

    /// `LIMIT n`, and `OFFSET m` when `offset` is above 0, written as numbers rather than
    /// bound: SQLite prepares a statement again whenever a bound LIMIT or OFFSET changes,
    /// which would undo keeping it prepared. Negative values count as 0.
    static func limit(_ count: Int, offset: Int = 0) -> SQLQueryString {
        "LIMIT \(unsafeRaw: String(max(0, count)))" + (offset > 0 ? " OFFSET \(unsafeRaw: String(offset))" : "")
    }
}

extension Date {
    /// Whole seconds since 1970, as stored.
    var storedSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }

    init(storedSeconds: Int64) { self.init(timeIntervalSince1970: TimeInterval(storedSeconds)) }
}

extension SQLRow {
    func date(_ column: String) throws -> Date { Date(storedSeconds: try decode(column: column, as: Int64.self)) }

    func optionalDate(_ column: String) throws -> Date? {
        try decode(column: column, as: Int64?.self).map(Date.init(storedSeconds:))
    }

    func text(_ column: String) throws -> String { try decode(column: column, as: String.self) }

    func flag(_ column: String) throws -> Bool { try decode(column: column, as: Int.self) != 0 }

    func count(_ column: String) throws -> Int { try decode(column: column, as: Int?.self) ?? 0 }
}
