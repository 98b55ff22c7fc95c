import Foundation
import NIOCore
import SQLiteNIO
// The SQLite library SQLiteNIO builds and links (its functions carry a `sqlite_nio_` prefix),
// through Rebound's own declarations of the functions it calls (Sources/CSQLiteShim); see
// docs/decisions.md, "SQLite runs in the request's own thread" and "Only declared products".
import CSQLiteShim

/// One open SQLite connection, called directly on the caller's thread, that keeps each
/// statement it has run prepared for the next time.
///
/// SQLiteNIO hands every statement to a thread pool and prepares it afresh each time; for
/// the small reads a page makes, that hop and that parse cost several times the read
/// itself. Not safe for two threads at once: `SQLiteConnections` lends each handle to one
/// caller at a time, which SQLite's multi-thread mode allows from any thread.
final class SQLiteHandle: @unchecked Sendable {
    /// The most statements kept prepared; Rebound has fewer distinct statements than this.
    static let cacheLimit = 200

    private var db: OpaquePointer?
    private var cache: [String: Statement] = [:]

    /// A prepared statement and its column names, looked up by name when a row is read.
    final class Statement {
        let pointer: OpaquePointer
        private(set) var columns: SQLiteColumns
        /// `timesPreparedAgain` when `columns` was read.
        private var columnsRead: Int
        /// Whether a run of this statement is under way (its rows are being read).
        var running = false

        init(pointer: OpaquePointer) {
            self.pointer = pointer
            columns = Self.columns(of: pointer)
            columnsRead = 0
        }

        /// How often SQLite had to prepare this statement again since it was first prepared
        /// (after a schema change, or a bound value that steers its plan).
        var timesPreparedAgain: Int { Int(sqlite_nio_sqlite3_stmt_status(pointer, SQLITE_STMTSTATUS_REPREPARE, 0)) }

        /// Reads the column names again if SQLite prepared the statement again since (after
        /// a schema change, its columns may differ).
        func refreshColumns() {
            let count = timesPreparedAgain
            guard count != columnsRead else { return }
            columnsRead = count
            columns = Self.columns(of: pointer)
        }

        private static func columns(of pointer: OpaquePointer) -> SQLiteColumns {
            SQLiteColumns(names: (0..<sqlite_nio_sqlite3_column_count(pointer)).map {
                sqlite_nio_sqlite3_column_name(pointer, $0).map { String(cString: $0) } ?? ""
            })
        }

        deinit { sqlite_nio_sqlite3_finalize(pointer) }
    }

    /// Opens (creating when needed) the database file at `path`, or a private in-memory
    /// database when `path` is nil.
    init(path: String?) throws {
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var opened: OpaquePointer?
        let status = sqlite_nio_sqlite3_open_v2(path ?? ":memory:", &opened, flags, nil)
        guard status == SQLITE_OK, let opened else {
            let message = opened.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "error \(status)"
            sqlite_nio_sqlite3_close_v2(opened)
            throw SQLiteFailure(code: status, message: message)
        }
        db = opened
    }

    deinit { close() }

    /// Finalizes the statements and closes the connection; later calls throw.
    func close() {
        cache = [:]
        if let db { sqlite_nio_sqlite3_close_v2(db) }
        db = nil
    }

    /// Runs `sql` with `binds` (`?` in order), handing each result row to `onRow` before the
    /// next is read.
    func run(_ sql: String, _ binds: [SQLiteData], onRow: (SQLiteResultRow) throws -> Void) throws {
        guard let db else { throw SQLiteFailure(code: SQLITE_MISUSE, message: "the database is closed") }
        let statement = try kept(sql, on: db)
        statement.running = true
        defer {
            // Bindings are not cleared: each run binds every parameter again, and clearing
            // them would make SQLite prepare the statement again on its next run.
            sqlite_nio_sqlite3_reset(statement.pointer)
            statement.running = false
        }
        for (index, value) in binds.enumerated() {
            try check(bind(value, at: Int32(index + 1), in: statement.pointer), on: db)
        }
        // SQLite prepares a statement again, if it must, in its first step.
        var columnsChecked = false
        while true {
            let status = sqlite_nio_sqlite3_step(statement.pointer)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw failure(status, on: db) }
            if !columnsChecked {
                statement.refreshColumns()
                columnsChecked = true
            }
            try onRow(SQLiteResultRow(columns: statement.columns, values: try cells(of: statement)))
        }
    }

    /// The statements kept prepared, by their SQL.
    var keptStatements: Set<String> { Set(cache.keys) }

    /// `Statement.timesPreparedAgain` of the kept statement `sql`; nil when it is not kept.
    func timesPreparedAgain(_ sql: String) -> Int? { cache[sql]?.timesPreparedAgain }

    /// The kept statement for `sql`, prepared and kept now if there is none. While it runs,
    /// the same SQL run from inside its `onRow` gets a statement of its own, used once.
    private func kept(_ sql: String, on db: OpaquePointer) throws -> Statement {
        if let statement = cache[sql] {
            return statement.running ? try prepare(sql, on: db) : statement
        }
        let statement = try prepare(sql, on: db)
        if cache.count >= Self.cacheLimit { cache = [:] }
        cache[sql] = statement
        return statement
    }

    private func prepare(_ sql: String, on db: OpaquePointer) throws -> Statement {
        var pointer: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &pointer, nil)
        guard status == SQLITE_OK, let pointer else { throw failure(status, on: db) }
        return Statement(pointer: pointer)
    }

    private func bind(_ value: SQLiteData, at index: Int32, in statement: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let number): sqlite_nio_sqlite3_bind_int64(statement, index, Int64(number))
        case .float(let number): sqlite_nio_sqlite3_bind_double(statement, index, number)
        case .text(let text): sqlite_nio_sqlite3_bind_text64(statement, index, text, UInt64(text.utf8.count), SQLiteHandle.transient, UInt8(SQLITE_UTF8))
        case .blob(let bytes):
            bytes.withUnsafeReadableBytes {
                sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), SQLiteHandle.transient)
            }
        case .null: sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private func cells(of statement: Statement) throws -> [SQLiteData] {
        let pointer = statement.pointer
        return try (0..<Int32(statement.columns.names.count)).map { column in
            switch sqlite_nio_sqlite3_column_type(pointer, column) {
            case SQLITE_INTEGER: return .integer(SQLiteInt64(sqlite_nio_sqlite3_column_int64(pointer, column)))
            case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(pointer, column))
            case SQLITE_NULL: return .null
            case SQLITE_TEXT:
                let count = Int(sqlite_nio_sqlite3_column_bytes(pointer, column))
                guard let start = sqlite_nio_sqlite3_column_text(pointer, column) else { return .text("") }
                return .text(String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self))
            case SQLITE_BLOB:
                let count = Int(sqlite_nio_sqlite3_column_bytes(pointer, column))
                var buffer = ByteBufferAllocator().buffer(capacity: count)
                if let start = sqlite_nio_sqlite3_column_blob(pointer, column) {
                    buffer.writeBytes(UnsafeRawBufferPointer(start: start, count: count))
                }
                return .blob(buffer)
            case let type: throw SQLiteFailure(code: SQLITE_MISMATCH, message: "unknown column type \(type)")
            }
        }
    }

    private func check(_ status: Int32, on db: OpaquePointer) throws {
        if status != SQLITE_OK { throw failure(status, on: db) }
    }

    private func failure(_ status: Int32, on db: OpaquePointer) -> SQLiteFailure {
        SQLiteFailure(code: status, message: String(cString: sqlite_nio_sqlite3_errmsg(db)))
    }

    /// Tells SQLite to copy a bound value, which Swift may move once the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// An error SQLite reported, with its (extended) result code and message.
public struct SQLiteFailure: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String

    public var description: String { "SQLite error \(code): \(message)" }
}
