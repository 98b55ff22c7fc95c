import Foundation
import Logging
import PostgresKit

/// A pool of connections to one PostgreSQL database (PostgresNIO's `PostgresClient`),
/// running from `init` until `close()`. A connection lost while running is replaced on the
/// next request; a request made while the server is away fails after `connectTimeout`.
public final class PostgresConnections: SQLConnections {
    public let flavor = SQLFlavor.postgres
    private let client: PostgresClient
    private let running: Task<Void, Never>

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
    }

    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection.sql()) }
        } catch let error as PSQLError where error.code == .connectionError || error.code == .serverClosedConnection
            || error.code == .clientClosedConnection || error.code == .poolClosed {
            throw StoreError.unavailable("the PostgreSQL server does not answer (\(error.code))")
        } catch where String(reflecting: type(of: error)).hasSuffix("ConnectionPoolError") {
            // The pool gave up on reaching the server (its error type is not public API).
            throw StoreError.unavailable("the PostgreSQL server does not answer (\(error))")
        }
    }

    public func close() async {
        running.cancel()
        await running.value
    }
}
