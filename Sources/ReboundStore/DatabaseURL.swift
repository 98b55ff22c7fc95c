import Foundation

/// Where the data lives, as `--database` or `REBOUND_DATABASE_URL` names it:
/// `sqlite:PATH`, `sqlite::memory:` or `postgres://USER[:PASS]@HOST[:PORT]/DB`.
public enum DatabaseURL: Equatable, Sendable, CustomStringConvertible {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(String)

    /// Reads a database URL; throws `StoreError.badDatabaseURL` saying what is wrong.
    public init(parsing text: String) throws(StoreError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "sqlite::memory:" {
            self = .sqliteMemory
        } else if trimmed.hasPrefix("sqlite:") {
            var path = String(trimmed.dropFirst("sqlite:".count))
            // Also accept the URL spelling sqlite:///absolute/path.
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else { throw .badDatabaseURL("sqlite: needs a file path, like sqlite:/home/me/rebound.sqlite") }
            self = .sqliteFile(path: path)
        } else if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            _ = try PostgresLocation(url: trimmed)
            self = .postgres(trimmed)
        } else if trimmed.isEmpty {
            throw .badDatabaseURL("empty; use sqlite:PATH, sqlite::memory: or postgres://USER@HOST/DB")
        } else {
            let scheme = trimmed.prefix { $0 != ":" }
            throw .badDatabaseURL("unknown kind \"\(scheme.prefix(20))\"; use sqlite:PATH, sqlite::memory: or postgres://USER@HOST/DB")
        }
    }

    /// The URL with any password hidden, for logs and messages.
    public var description: String {
        switch self {
        case .sqliteFile(let path): "sqlite:\(path)"
        case .sqliteMemory: "sqlite::memory:"
        case .postgres(let url):
            if let at = url.lastIndex(of: "@"), let colon = url[url.index(url.startIndex, offsetBy: 11)..<at].lastIndex(of: ":") {
                String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
            } else {
                url
            }
        }
    }
}
