import Foundation
import Logging
import SQLKit

/// The connections to one SQLite database file: a few for reading and one for writing, or
/// the single connection of an in-memory database (which cannot be shared).
///
/// File databases run in WAL mode, so readers never wait for the writer. Reads run at once
/// on the caller's thread; each write transaction runs on `WriterThread`, one at a time, so
/// writers in this process never wait for each other's lock. Connections are opened on first
/// use and closed by `close()`.
public final class SQLiteConnections: SQLConnections {
    public let flavor = SQLFlavor.sqlite
    private let readers: HandlePool
    private let writer: HandlePool
    private let logger: Logger

    /// Connections to the database file at `path`, or to a private in-memory database when
    /// `path` is nil.
    public init(path: String?, maximumReaders: Int = 4, logger: Logger) {
        self.logger = logger
        let open: @Sendable () throws -> SQLiteHandle = { try Self.open(path) }
        writer = HandlePool(capacity: 1, open: open)
        readers = path == nil ? writer : HandlePool(capacity: max(1, maximumReaders), open: open)
    }

    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.lend { handle in try await body(SQLiteDirectDatabase(handle: handle, logger: logger)) }
    }

    /// The reads in one read transaction: SQLite then takes its locks (a few system calls)
    /// once for all of them instead of once per statement, and they see one snapshot.
    public func withReadSnapshot<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        // A deferred BEGIN takes no lock until the first read, and never the write lock.
        try await readers.lend { handle in
            try await Self.transaction(on: SQLiteDirectDatabase(handle: handle, logger: logger), beginning: "BEGIN", body)
        }
    }

    public func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withTaskExecutorPreference(WriterThread.shared) {
            try await writer.lend { handle in
                try await Self.transaction(on: SQLiteDirectDatabase(handle: handle, logger: logger), flavor: .sqlite, body)
            }
        }
    }

    public func close() async {
        readers.close()
        writer.close()
    }

    /// Opens one connection and sets it up: WAL for a file, a busy timeout of five seconds
    /// for another process's write lock, and foreign keys enforced.
    private static func open(_ path: String?) throws -> SQLiteHandle {
        let place = path ?? "the in-memory database"
        let handle: SQLiteHandle
        do {
            handle = try SQLiteHandle(path: path)
        } catch {
            throw StoreError.unavailable("cannot open \(place): \(error)")
        }
        do {
            var pragmas = ["PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON"]
            if path != nil { pragmas = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"] + pragmas }
            for pragma in pragmas { try handle.run(pragma, []) { _ in } }
            return handle
        } catch {
            handle.close()
            throw StoreError.unavailable("cannot set up \(place): \(error)")
        }
    }
}
