import Logging
import NIOCore
import PostgresKit

/// One leased PostgreSQL connection as an SQLKit database, for the few value types Rebound
/// stores (text, integers, their optionals). It reads and writes those directly with
/// PostgresNIO instead of through PostgresKit's general `Codable` path, which measured as
/// a sixth of a page's CPU under load (see docs/decisions.md, "PostgreSQL speed").
struct PostgresSQLDatabase: SQLDatabase {
    let connection: PostgresConnection
    /// Where reads are prepared; nil to run every statement unprepared (in a transaction).
    var statements: PreparedStatements? = nil

    var logger: Logger { connection.logger }
    var eventLoop: any EventLoop { connection.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { nil }
    var dialect: any SQLDialect { PostgresDialect() }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        let (sql, binds) = serialize(query)
        logger.trace("Executing query", metadata: ["sql": .string(sql)])
        if let statements, PreparedStatements.suits(sql) {
            return statements.run(sql, binds: binds, on: connection, onRow: { onRow(PostgresSQLRow(row: $0.makeRandomAccess(), prepared: true)) },
                                  unprepared: { [self] in unprepared(sql, binds, onRow) })
        }
        return unprepared(sql, binds, onRow)
    }

    /// Runs a statement as an unnamed one: parsed and planned by the server each time.
    private func unprepared(_ sql: String, _ binds: [any Encodable & Sendable],
                            _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        var bindings = PostgresBindings(capacity: binds.count)
        do {
            for bind in binds { bindings.append(try Self.data(bind)) }
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
        return connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger) { row in
            onRow(PostgresSQLRow(row: row.makeRandomAccess()))
        }.map { _ in }
    }

    /// One bound value, for a statement prepared or not; a type Rebound never binds is a
    /// programming error, reported as such rather than stored in some guessed form. Whole
    /// numbers go as 64-bit integers, the type of every integer column Rebound reads.
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
    /// A row of a prepared statement: its cells are binary, as every execution asks, though
    /// the row's description (from preparing) says text.
    var prepared = false

    var allColumns: [String] { row.map(\.columnName) }

    func contains(column: String) -> Bool { row.contains(column) }

    func decodeNil(column: String) throws -> Bool { !row.contains(column) || row[column].bytes == nil }

    func decode<T: Decodable>(column: String, as type: T.Type) throws -> T {
        guard row.contains(column) else { throw PostgresValueError("no column \(column) in the result") }
        var cell = row[column]
        if prepared { cell.format = .binary }
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
