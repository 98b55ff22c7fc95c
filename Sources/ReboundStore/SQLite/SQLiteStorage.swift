import Foundation
import Logging

extension SQLStorage {
    /// Opens (creating when needed) the SQLite database at `path`, or a private in-memory one
    /// when `path` is nil, and brings its schema up to date.
    public static func sqlite(path: String?, logger: Logger, now: Date) async throws -> SQLStorage {
        if let path {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                // The user's notes are private: the folder is readable by its owner only.
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.unavailable("cannot create the folder \(folder.path): \(error.localizedDescription)")
            }
        }
        let connections = SQLiteConnections(path: path, logger: logger)
        let applied: [Int]
        do {
            applied = try await Migrator(connections: connections).migrate(now: now)
        } catch {
            await connections.close()
            throw error
        }
        return SQLStorage(connections: connections, appliedMigrations: applied)
    }
}
