import Logging
import NIOCore
import PostgresKit

/// One leased PostgreSQL connection as an SQLKit database, for the few value types Rebound
/// stores (text, integers, their optionals). It reads and writes those directly with
/// PostgresNIO instead of through PostgresKit's general `Codable` path, which measured as
/// a sixth of a page's CPU under load (see docs/decisions.md, "PostgreSQL speed").
struct PostgresSQLDatabase: SQLDatabase {
    let connection: PostgresConnection

    var logger: Logger { connection.logger }
    var eventLoop: any EventLoop { connection.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { nil }
    var dialect: any SQLDialect { PostgresDialect() }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        let (sql, binds) = serialize(query)
        logger.trace("Executing query", metadata: ["sql": .string(sql)])
        var bindings = PostgresBindings(capacity: binds.count)
        do {
            for bind in binds { try Self.append(bind, to: &bindings) }
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
        return connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger) { row in
            onRow(PostgresSQLRow(row: row.makeRandomAccess()))
        }.map { _ in }
    }

    /// Appends one bound value; a type Rebound never binds is a programming error, reported
    /// as such rather than stored in some guessed form.
    static func append(_ value: any Encodable & Sendable, to bindings: inout PostgresBindings) throws {
        switch value {
        case let text as String: bindings.append(text)
        case let number as Int64: bindings.append(number)
        case let number as Int: bindings.append(number)
        case let number as Int32: bindings.append(number)
        case let number as Double: bindings.append(number)
        case let flag as Bool: bindings.append(flag)
        case let optional as any OptionalBind where optional.isNone: bindings.appendNull()
        default: throw PostgresValueError("cannot bind a \(type(of: value))")
        }
    }
}

/// An absent optional, whatever it wraps (a present one casts to its wrapped type).
protocol OptionalBind {
    var isNone: Bool { get }
}

extension Optional: OptionalBind {
    var isNone: Bool { self == nil }
}

/// A row of a PostgreSQL result, decoding text, integers and their optionals directly.
struct PostgresSQLRow: SQLRow {
    let row: PostgresRandomAccessRow

    var allColumns: [String] { row.map(\.columnName) }

    func contains(column: String) -> Bool { row.contains(column) }

    func decodeNil(column: String) throws -> Bool { !row.contains(column) || row[column].bytes == nil }

    func decode<T: Decodable>(column: String, as type: T.Type) throws -> T {
        guard row.contains(column) else { throw PostgresValueError("no column \(column) in the result") }
        let cell = row[column]
        if T.self == String.self { return try cell.decode(String.self) as! T }
        if T.self == Int64.self { return try cell.decode(Int64.self) as! T }
        if T.self == Int.self { return try cell.decode(Int.self) as! T }
        if T.self == String?.self { return try cell.decode(String?.self) as! T }
        if T.self == Int64?.self { return try cell.decode(Int64?.self) as! T }
        if T.self == Int?.self { return try cell.decode(Int?.self) as! T }
        if T.self == Double.self { return try cell.decode(Double.self) as! T }
        if T.self == Bool.self { return try cell.decode(Bool.self) as! T }
        throw PostgresValueError("cannot read column \(column) as \(T.self)")
    }
}

/// A statement that binds or reads a type `PostgresSQLDatabase` does not handle: a bug in
/// Rebound, not in the data.
struct PostgresValueError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
