import Foundation
import Logging
import ReboundStore
import Testing

@Suite("Storage: migrations and database URLs")
struct MigrationTests {
    @Test("migrations run once: reopening a database file applies nothing and keeps the data")
    func idempotent() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rebound.sqlite").path
        let logger = Logger(label: "test")
        let first = try await SQLStorage.sqlite(path: path, logger: logger, now: StoreFixtures.now)
        try await first.createUser(StoreFixtures.user("ana"))
        await first.close()

        let connections = SQLiteConnections(path: path, logger: logger)
        let migrator = Migrator(connections: connections)
        let version = try await migrator.currentVersion()
        let applied = try await migrator.migrate(now: StoreFixtures.now)
        await connections.close()
        #expect(version >= 1)
        #expect(applied.isEmpty)

        let second = try await SQLStorage.sqlite(path: path, logger: logger, now: StoreFixtures.now)
        #expect(try await second.userCount() == 1)
        await second.close()
        // The folder holding private notes is the owner's alone.
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
    }

    @Test("database URLs: SQLite files, memory and PostgreSQL are read; anything else is refused with a reason")
    func urls() throws {
        #expect(try DatabaseURL(parsing: "sqlite:/tmp/r.sqlite") == .sqliteFile(path: "/tmp/r.sqlite"))
        #expect(try DatabaseURL(parsing: "sqlite:///tmp/r.sqlite") == .sqliteFile(path: "/tmp/r.sqlite"))
        #expect(try DatabaseURL(parsing: "sqlite::memory:") == .sqliteMemory)
        #expect(try DatabaseURL(parsing: "postgres://me:secret@db.example:5432/rebound") == .postgres("postgres://me:secret@db.example:5432/rebound"))
        #expect(try DatabaseURL(parsing: "postgres://me:secret@db.example/rebound").description == "postgres://me:***@db.example/rebound")
        for bad in ["", "mysql://x/y", "sqlite:", "postgres://", "postgres://host"] {
            #expect(throws: StoreError.self, "\(bad)") { try DatabaseURL(parsing: bad) }
        }
    }
}
