import Foundation

/// Where a PostgreSQL server and database are, read from a `postgres://` URL:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require]`.
///
/// Without `sslmode`, a server on this machine (localhost, 127.0.0.1, ::1) is reached without
/// TLS and any other server with TLS when it offers it (`prefer`), as `libpq` does.
public struct PostgresLocation: Equatable, Sendable {
    public enum TLSMode: String, Sendable {
        case disable, prefer, require
    }

    public let host: String
    public let port: Int
    public let username: String
    public let password: String?
    public let database: String
    public let tls: TLSMode

    /// Reads the URL; the error names what is missing or wrong.
    public init(url text: String) throws(StoreError) {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw .badDatabaseURL("postgres URLs look like postgres://USER[:PASS]@HOST[:PORT]/DB")
        }
        guard let host = components.host, !host.isEmpty else { throw .badDatabaseURL("the postgres URL names no host") }
        guard let user = components.user, !user.isEmpty else { throw .badDatabaseURL("the postgres URL names no user (USER@HOST)") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw .badDatabaseURL("the postgres URL names no database (HOST/DB)") }
        self.host = host
        port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw .badDatabaseURL("the postgres port must be 1 to 65535") }
        username = user.removingPercentEncoding ?? user
        password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value
        if let mode {
            guard let known = TLSMode(rawValue: mode) else {
                throw .badDatabaseURL("sslmode must be disable, prefer or require, not \"\(mode.prefix(20))\"")
            }
            tls = known
        } else {
            tls = ["localhost", "127.0.0.1", "::1"].contains(host) ? .disable : .prefer
        }
    }

    /// The same server with another database: tests make a throwaway database per test.
    public func database(_ name: String) -> PostgresLocation {
        PostgresLocation(host: host, port: port, username: username, password: password, database: name, tls: tls)
    }

    private init(host: String, port: Int, username: String, password: String?, database: String, tls: TLSMode) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
    }
}
