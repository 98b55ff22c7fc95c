import SQLKit

/// The SQL dialects Rebound's migrations and statements are written for.
public enum SQLFlavor: String, Sendable {
    case sqlite
    case postgres
}

/// A source of database connections: a pool for a server database, a few file connections
/// for SQLite. `SQLStorage` asks it for one connection per call or per transaction.
public protocol SQLConnections: Sendable {
    var flavor: SQLFlavor { get }
    /// Runs `body` with one connection to itself, returned to the source afterwards.
    func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs `body` in a transaction on one connection: committed when it returns, rolled
    /// back when it throws.
    func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs `body`, which only reads, with one connection to itself; where the database
    /// makes it cheap, its reads see one snapshot.
    func withReadSnapshot<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Closes every connection. Called once, at shutdown.
    func close() async
    /// Sessions read lately, where the database tells this process of every change to them
    /// (PostgreSQL); nil where every session is read from the database (SQLite, where that
    /// read costs less than keeping track).
    var sessionMemory: SessionMemory? { get }
}

extension SQLConnections {
    public var sessionMemory: SessionMemory? { nil }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// SQLite takes the write lock at the start (`BEGIN IMMEDIATE`), so two writers wait for
    /// each other instead of failing half-way.
    public func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let flavor = flavor
        return try await withConnection { db in try await Self.transaction(on: db, flavor: flavor, body) }
    }

    /// The reads on one connection, each on its own: a server database gives a snapshot only
    /// inside a transaction, which would cost two more round trips.
    public func withReadSnapshot<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withConnection(body)
    }

    /// Runs `body` between BEGIN and COMMIT on `db`, rolling back when it throws.
    static func transaction<T: Sendable>(on db: any SQLDatabase, flavor: SQLFlavor,
                                         _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await transaction(on: db, beginning: flavor == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN", body)
    }

    /// Runs `body` between `beginning` and COMMIT on `db`, rolling back when it throws.
    static func transaction<T: Sendable>(on db: any SQLDatabase, beginning: SQLQueryString,
                                         _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await db.raw(beginning).run()
        do {
            let result = try await body(db)
            try await db.raw("COMMIT").run()
            return result
        } catch {
            try? await db.raw("ROLLBACK").run()
            throw error
        }
    }
}
