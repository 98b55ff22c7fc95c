import Foundation
import Logging
import NIOPosix
import SQLiteKit

/// A few connections to one SQLite database file, or the single connection of an in-memory
/// database. File databases run in WAL mode, so readers do not wait for the writer.
///
/// Connections are opened on first use and closed by `close()`, which the app calls at
/// shutdown: SQLiteNIO traps when a connection is released while still open.
public actor SQLiteConnections: SQLConnections {
    public nonisolated let flavor = SQLFlavor.sqlite
    private let storage: SQLiteConnection.Storage
    private let maximum: Int
    private let logger: Logger
    private var idle: [SQLiteConnection] = []
    private var opened = 0
    private var waiting: [CheckedContinuation<SQLiteConnection, any Error>] = []
    private var closed = false

    /// Connections to the database file at `path`, or to a private in-memory database when
    /// `path` is nil (one connection: an in-memory database cannot be shared).
    public init(path: String?, maximumConnections: Int = 4, logger: Logger) {
        storage = path.map { .file(path: $0) } ?? .memory
        maximum = path == nil ? 1 : max(1, maximumConnections)
        self.logger = logger
    }

    public nonisolated func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await checkOut()
        do {
            let result = try await body(connection.sql())
            await checkIn(connection)
            return result
        } catch {
            await checkIn(connection)
            throw error
        }
    }

    public func close() async {
        closed = true
        for waiter in waiting { waiter.resume(throwing: StoreError.unavailable("the database is closed")) }
        waiting = []
        let connections = idle
        idle = []
        for connection in connections { try? await connection.close() }
    }

    private func checkOut() async throws -> SQLiteConnection {
        if closed { throw StoreError.unavailable("the database is closed") }
        if let connection = idle.popLast() { return connection }
        if opened < maximum {
            opened += 1
            do {
                return try await open()
            } catch {
                opened -= 1
                throw error
            }
        }
        return try await withCheckedThrowingContinuation { waiting.append($0) }
    }

    private func checkIn(_ connection: SQLiteConnection) async {
        if closed {
            try? await connection.close()
        } else if !waiting.isEmpty {
            waiting.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    private func open() async throws -> SQLiteConnection {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        } catch {
            throw StoreError.unavailable("cannot open \(describe(storage)): \(error)")
        }
        do {
            let db = connection.sql()
            if case .file = storage {
                try await db.raw("PRAGMA journal_mode = WAL").run()
                try await db.raw("PRAGMA synchronous = NORMAL").run()
            }
            // Another connection holding the write lock is waited for, up to five seconds.
            try await db.raw("PRAGMA busy_timeout = 5000").run()
            try await db.raw("PRAGMA foreign_keys = ON").run()
            return connection
        } catch {
            try? await connection.close()
            throw StoreError.unavailable("cannot set up \(describe(storage)): \(error)")
        }
    }

    private func describe(_ storage: SQLiteConnection.Storage) -> String {
        switch storage {
        case .memory: "the in-memory database"
        case .file(let path): path
        }
    }
}
