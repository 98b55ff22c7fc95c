import Logging
import NIOCore
import NIOPosix
import SQLiteKit
import CSQLiteShim

/// One lent SQLite connection as an SQLKit database. Statements run at once on the calling
/// thread (see `SQLiteHandle`); SQLKit builds and serializes them in SQLite's dialect.
struct SQLiteDirectDatabase: SQLDatabase {
    let handle: SQLiteHandle
    let logger: Logger

    /// Required by SQLKit for its legacy future-based calls; nothing runs on it.
    var eventLoop: any EventLoop { MultiThreadedEventLoopGroup.singleton.any() }
    var dialect: any SQLDialect { SQLiteDialect() }
    var queryLogLevel: Logger.Level? { .trace }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        eventLoop.makeCompletedFuture { try run(query, onRow) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = serialize(query)
        logger.trace("Executing query", metadata: ["sql": .string(sql)])
        try handle.run(sql, try binds.map(Self.data)) { onRow($0) }
    }

    /// One bound value. The types Rebound binds are converted directly; anything else goes
    /// through SQLiteKit's encoder.
    static func data(_ value: any Encodable & Sendable) throws -> SQLiteData {
        switch value {
        case let text as String: .text(text)
        case let number as Int64: .integer(SQLiteInt64(number))
        case let number as Int: .integer(SQLiteInt64(number))
        case let number as Int32: .integer(SQLiteInt64(number))
        case let number as Double: .float(number)
        case let flag as Bool: .integer(flag ? 1 : 0)
        case let optional as any OptionalBind where optional.isNone: .null
        default: try SQLiteDataEncoder().encode(value)
        }
    }
}

/// The column names of one statement's results, shared by all its rows.
final class SQLiteColumns: Sendable {
    let names: [String]
    let index: [String: Int]

    init(names: [String]) {
        self.names = names
        // The first column of a name wins, as SQLite's own lookup does.
        index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One result row: text, integers and their optionals are read directly, anything else
/// through SQLiteKit's decoder.
struct SQLiteResultRow: SQLRow {
    let columns: SQLiteColumns
    let values: [SQLiteData]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.index[column] != nil }

    func decodeNil(column: String) throws -> Bool {
        guard let index = columns.index[column] else { return true }
        return values[index] == .null
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard let index = columns.index[column] else {
            throw SQLiteFailure(code: SQLITE_ERROR, message: "no column \(column) in the result")
        }
        let value = values[index]
        switch value {
        case .text(let text) where D.self == String.self || D.self == String?.self: return text as! D
        case .integer(let number) where D.self == Int64.self || D.self == Int64?.self: return Int64(number) as! D
        case .integer(let number) where D.self == Int.self || D.self == Int?.self: return Int(number) as! D
        case .null where D.self == String?.self: return String?.none as! D
        case .null where D.self == Int64?.self: return Int64?.none as! D
        case .null where D.self == Int?.self: return Int?.none as! D
        default:
            do {
                return try SQLiteDataDecoder().decode(D.self, from: value)
            } catch {
                throw SQLiteFailure(code: SQLITE_MISMATCH, message: "cannot read column \(column) as \(D.self): \(error)")
            }
        }
    }
}
