import Foundation
import Logging
import PostgresKit

extension SQLStorage {
    /// Connects to the PostgreSQL database at `location`, checks that it answers, and brings
    /// its schema up to date. An unreachable server or a refused login throws
    /// `StoreError.unavailable` with a one-line reason.
    public static func postgres(_ location: PostgresLocation, maximumConnections: Int = 20, logger: Logger,
                                now: Date) async throws -> SQLStorage {
        let connections = PostgresConnections(location, maximumConnections: maximumConnections, logger: logger)
        let applied: [Int]
        do {
            try await Self.answers(connections, within: .seconds(10))
            applied = try await Migrator(connections: connections).migrate(now: now)
        } catch {
            await connections.close()
            throw StoreError.unavailable("cannot use PostgreSQL at \(location.host):\(location.port)/\(location.database): "
                + Self.oneLine(error))
        }
        return SQLStorage(connections: connections, appliedMigrations: applied)
    }

    /// Waits for the server to answer `SELECT 1`, at most `limit`: the pool would otherwise keep
    /// retrying an unreachable server for a minute before giving up.
    static func answers(_ connections: PostgresConnections, within limit: Duration) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                _ = try await connections.withConnection { db in try await db.raw("SELECT 1 AS one").first() }
                return true
            }
            group.addTask {
                try await Task.sleep(for: limit)
                return false
            }
            let answered = try await group.next() ?? false
            group.cancelAll()
            if !answered { throw StoreError.unavailable("no answer within \(limit.components.seconds) s") }
        }
    }

    /// A database error as one line: the server's message when it sent one.
    static func oneLine(_ error: any Error) -> String {
        if case StoreError.unavailable(let reason)? = error as? StoreError { return reason }
        if let error = error as? StoreError { return "\(error)" }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
    }
}
