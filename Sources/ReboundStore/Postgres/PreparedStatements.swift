import NIOConcurrencyHelpers
import PostgresKit

/// Reads prepared once per connection and then only executed, so the server stops parsing
/// and planning the same few statements on every request (a third of its CPU under load;
/// see docs/decisions.md, "PostgreSQL speed"). Only plain reads outside transactions use it:
/// a statement's parameter types are then worked out by the server from the columns they
/// are compared with, which for Rebound's reads are always text or 64-bit integers.
final class PreparedStatements: Sendable {
    /// Statements kept per connection; past this, further shapes run unprepared.
    static let limitPerConnection = 200

    private struct State {
        var prepared: [PostgresConnection.ID: [String: PreparedQuery]] = [:]
        /// Reads the server could not prepare or run with these binds; they run unprepared.
        var refused: Set<String> = []
    }

    private let state = NIOLockedValueBox(State())

    /// Whether `sql` is a read, the only kind that goes through a prepared statement.
    static func suits(_ sql: String) -> Bool { sql.utf8.starts(with: "SELECT ".utf8) }

    /// Runs the read `sql` through the connection's prepared statement for it (preparing it
    /// the first time), or through `unprepared` when it cannot be prepared or the server
    /// refuses it before sending a row.
    func run(_ sql: String, binds: [any Encodable & Sendable], on connection: PostgresConnection,
             onRow: @escaping @Sendable (PostgresRow) -> Void, unprepared: @escaping @Sendable () -> EventLoopFuture<Void>) -> EventLoopFuture<Void> {
        let data: [PostgresData]
        do { data = try binds.map(PostgresSQLDatabase.data) } catch { return connection.eventLoop.makeFailedFuture(error) }
        let sent = NIOLockedValueBox(false)
        return statement(for: sql, on: connection).flatMap { statement in
            guard let statement else { return unprepared() }
            return statement.execute(data) { row in
                sent.withLockedValue { $0 = true }
                onRow(row)
            }
        }.flatMapError { error in
            guard !sent.withLockedValue({ $0 }), Self.isServerRefusal(error) else { return connection.eventLoop.makeFailedFuture(error) }
            connection.logger.debug("read runs unprepared", metadata: ["sql": .string(sql), "error": "\(String(reflecting: error))"])
            self.state.withLockedValue { _ = $0.refused.insert(sql) }
            return unprepared()
        }
    }

    /// Whether the server answered with an error (as opposed to the connection failing). The
    /// prepared-query calls report it as `PostgresError.server`, newer calls as `PSQLError`.
    static func isServerRefusal(_ error: any Error) -> Bool {
        if let error = error as? PSQLError { return error.code == .server }
        if case .server? = error as? PostgresError { return true }
        return false
    }

    /// The connection's prepared statement for `sql`, prepared now if it is new; nil when the
    /// server refused it before or the connection already holds as many as it may.
    private func statement(for sql: String, on connection: PostgresConnection) -> EventLoopFuture<PreparedQuery?> {
        let (known, skip) = state.withLockedValue { state in
            let held = state.prepared[connection.id]
            return (held?[sql], state.refused.contains(sql) || (held?.count ?? 0) >= Self.limitPerConnection)
        }
        if let known { return connection.eventLoop.makeSucceededFuture(known) }
        if skip { return connection.eventLoop.makeSucceededFuture(nil) }
        return connection.prepare(query: sql).map { statement in
            let first = self.state.withLockedValue { state in
                defer { state.prepared[connection.id, default: [:]][sql] = statement }
                return state.prepared[connection.id] == nil
            }
            if first {
                // A closed connection's statements are gone with it: forget them.
                let id = connection.id
                connection.closeFuture.whenComplete { _ in _ = self.state.withLockedValue { $0.prepared.removeValue(forKey: id) } }
            }
            return statement
        }
    }
}
