import Foundation
import Logging
import NIOConcurrencyHelpers
import PostgresKit

/// A pool of connections to one PostgreSQL database (PostgresNIO's `PostgresClient`),
/// running from `init` until `close()`. A connection lost while running is replaced on the
/// next request; a request made while the server is away fails with `StoreError.unavailable`
/// after at most `leaseLimit`.
public final class PostgresConnections: SQLConnections {
    public let flavor = SQLFlavor.postgres
    private let client: PostgresClient
    private let running: Task<Void, Never>
    /// The reads each connection has prepared.
    private let statements = PreparedStatements()
    /// Sessions read lately, kept while `listener` hears every change to them.
    public let sessionMemory: SessionMemory?
    private let listener: ChangeListener

    public init(_ location: PostgresLocation, maximumConnections: Int = 20, logger: Logger) {
        let tls: PostgresClient.Configuration.TLS = switch location.tls {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(host: location.host, port: location.port, username: location.username,
                                                         password: location.password, database: location.database, tls: tls)
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.connectTimeout = .seconds(5)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
        let memory = SessionMemory()
        sessionMemory = memory
        listener = ChangeListener(location, memory: memory, logger: logger)
    }

    /// How long a request waits for a connection before it is told the database is away.
    /// (The pool itself keeps a request waiting for a minute while the server is unreachable.)
    static let leaseLimit: Duration = .seconds(5)

    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await run(statements: statements, body)
    }

    /// A transaction runs its reads unprepared: a prepared read that failed would end the
    /// whole transaction rather than fall back.
    public func withTransaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await run(statements: nil) { db in try await Self.transaction(on: db, flavor: .postgres, body) }
    }

    private func run<T: Sendable>(statements: PreparedStatements?, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await withoutActuallyEscaping(body) { body in
                try await leased { connection in try await body(PostgresSQLDatabase(connection: connection, statements: statements)) }
            }
        } catch let error as PSQLError where error.code == .connectionError || error.code == .serverClosedConnection
            || error.code == .clientClosedConnection || error.code == .poolClosed {
            throw StoreError.unavailable("the PostgreSQL server does not answer (\(error.code))")
        } catch where String(reflecting: type(of: error)).hasSuffix("ConnectionPoolError") {
            // The pool gave up on reaching the server (its error type is not public API).
            throw StoreError.unavailable("the PostgreSQL server does not answer (\(error))")
        }
    }

    private enum Outcome<T: Sendable>: Sendable {
        case finished(T)
        case timeUp
    }

    /// Runs `body` on a leased connection; throws `StoreError.unavailable` when no connection
    /// comes within `leaseLimit`. Once `body` has begun, it is never cut short.
    ///
    /// While the listener is connected the server is there, and the connection is taken
    /// straight from the pool: timing the wait takes two more tasks and a timer per query,
    /// about a fifth of the app's CPU for a page (see docs/decisions.md). The listener hears
    /// the server go at once, and from then on every wait is timed.
    private func leased<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let client = client
        if sessionMemory?.isListening == true { return try await client.withConnection { try await body($0) } }
        let begun = NIOLockedValueBox(false)
        return try await withThrowingTaskGroup(of: Outcome<T>.self) { group in
            group.addTask {
                .finished(try await client.withConnection { connection in
                    begun.withLockedValue { $0 = true }
                    return try await body(connection)
                })
            }
            group.addTask {
                try? await Task.sleep(for: Self.leaseLimit)
                return .timeUp
            }
            while let outcome = try await group.next() {
                switch outcome {
                case .finished(let result):
                    group.cancelAll()
                    return result
                case .timeUp where !begun.withLockedValue({ $0 }):
                    group.cancelAll()
                    throw StoreError.unavailable("the PostgreSQL server does not answer (no connection within 5 s)")
                case .timeUp:
                    continue
                }
            }
            throw StoreError.unavailable("the PostgreSQL server does not answer")
        }
    }

    public func close() async {
        await listener.stop()
        running.cancel()
        await running.value
    }
}
