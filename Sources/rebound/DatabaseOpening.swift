import Foundation
import Logging
import ReboundStore

/// Opens the database that `--database`, `REBOUND_DATABASE_URL` or the default names, with
/// its schema brought up to date. Every problem becomes one line naming where the URL came from.
enum DatabaseOpening {
    static func open(_ value: String?, option: String = "--database", logger: Logger) async throws -> (SQLStorage, DatabaseURL) {
        let url: DatabaseURL
        do {
            url = try DatabaseURL(parsing: value ?? ProcessInfo.processInfo.environment["REBOUND_DATABASE_URL"] ?? defaultDatabase())
        } catch {
            throw InputError(value != nil ? "\(option): \(error)" : "REBOUND_DATABASE_URL: \(error)")
        }
        do {
            let storage: SQLStorage = switch url {
            case .sqliteFile(let path): try await SQLStorage.sqlite(path: path, logger: logger, now: Date())
            case .sqliteMemory: try await SQLStorage.sqlite(path: nil, logger: logger, now: Date())
            case .postgres(let text): try await SQLStorage.postgres(try PostgresLocation(url: text), logger: logger, now: Date())
            }
            return (storage, url)
        } catch {
            throw InputError("\(url): \(error)")
        }
    }

    /// `$XDG_DATA_HOME/rebound/rebound.sqlite`, or `~/.local/share/rebound/rebound.sqlite`.
    static func defaultDatabase() -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return "sqlite:" + (base as NSString).appendingPathComponent("rebound/rebound.sqlite")
    }
}

extension Logger {
    /// The command's logger: the level `LOG_LEVEL` names (trace … critical), else `defaultLevel`.
    static func rebound(defaultLevel: Logger.Level) -> Logger {
        var logger = Logger(label: "rebound")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? defaultLevel
        return logger
    }
}
