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

    private let prepared = NIOLockedValueBox([PostgresConnection.ID: [String: PreparedQuery]]())
    /// Reads the server could not prepare or run with these binds; they run unprepared.
    private let refused = NIOLockedValueBox(Set<String>())

    /// Whether `sql` should go through a prepared statement.
    func suits(_ sql: String) -> Bool {
        sql.utf8.starts(with: "SELECT ".utf8) && !refused.withLockedValue { $0.contains(sql) }
    }

    /// Runs the read `sql` through the connection's prepared statement for it (preparing it
    /// the first time), or through `unprepared` when it cannot be prepared or the server
    /// refuses it before sending a row.
    func run(_ sql: String, binds: [any Encodable & Sendable], on connection: PostgresConnection,
             onRow: @escaping @Sendable (PostgresRow) -> Void, unprepared: @escaping @Sendable () -> EventLoopFuture<Void>) -> EventLoopFuture<Void> {
        let data: [PostgresData]
        do { data = try binds.map(Self.data) } catch { return connection.eventLoop.makeFailedFuture(error) }
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
            self.refused.withLockedValue { _ = $0.insert(sql) }
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

    /// The connection's prepared statement for `sql`, prepared now if it is new; nil when
    /// the connection already holds as many as it may.
    private func statement(for sql: String, on connection: PostgresConnection) -> EventLoopFuture<PreparedQuery?> {
        let (known, full) = prepared.withLockedValue { byConnection in
            (byConnection[connection.id]?[sql], (byConnection[connection.id]?.count ?? 0) >= Self.limitPerConnection)
        }
        if let known { return connection.eventLoop.makeSucceededFuture(known) }
        if full { return connection.eventLoop.makeSucceededFuture(nil) }
        return connection.prepare(query: sql).map { statement in
            let first = self.prepared.withLockedValue { byConnection in
                defer { byConnection[connection.id, default: [:]][sql] = statement }
                return byConnection[connection.id] == nil
            }
            if first {
                // A closed connection's statements are gone with it: forget them.
                let id = connection.id
                connection.closeFuture.whenComplete { _ in _ = self.prepared.withLockedValue { $0.removeValue(forKey: id) } }
            }
            return statement
        }
    }

    /// One bound value as the prepared-statement call takes it.
    static func data(_ value: any Encodable & Sendable) throws -> PostgresData {
        switch value {
        case let text as String: PostgresData(string: text)
        case let number as Int64: PostgresData(int64: number)
        case let number as Int: PostgresData(int64: Int64(number))
        case let number as Int32: PostgresData(int64: Int64(number))
        case let number as Double: PostgresData(double: number)
        case let flag as Bool: PostgresData(bool: flag)
        case let optional as any OptionalBind where optional.isNone: PostgresData.null
        default: throw PostgresValueError("cannot bind a \(type(of: value))")
        }
    }
}
