import Foundation
import Logging
import ReboundStore

/// Opens the database that `--database`, `REBOUND_DATABASE_URL` or the default names, with
/// its schema brought up to date. Every problem becomes one line naming where the URL came from.
enum DatabaseOpening {
    /// With `mustExist`, a SQLite file that is not there yet is an error rather than a new,
    /// empty database: a command that only reads an account has nothing to read in one.
    static func open(_ value: String?, option: String = "--database", mustExist: Bool = false,
                     logger: Logger) async throws -> (SQLStorage, DatabaseURL) {
        let url: DatabaseURL
        do {
            url = try DatabaseURL(parsing: value ?? ProcessInfo.processInfo.environment["REBOUND_DATABASE_URL"] ?? defaultDatabase())
        } catch {
            throw InputError(value != nil ? "\(option): \(error)" : "REBOUND_DATABASE_URL: \(error)")
        }
        if mustExist, case .sqliteFile(let path) = url, !FileManager.default.fileExists(atPath: path) {
            throw InputError("\(url): no Rebound database here yet; record an interview with 'rebound serve' first, or name one with \(option)")
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
