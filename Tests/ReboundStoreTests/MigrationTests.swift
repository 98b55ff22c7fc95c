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
        for bad in ["", "mysql://x/y", "sqlite:", "postgres://", "postgres://host", "postgres://me@host",
                    "postgres://@host/db", "postgres://me@host:99999/db", "postgres://me@host/db?sslmode=maybe"] {
            #expect(throws: StoreError.self, "\(bad)") { try DatabaseURL(parsing: bad) }
        }
    }

    @Test("a PostgreSQL URL gives host, port, user, password, database and TLS; TLS is off only for this machine by default")
    func postgresLocations() throws {
        let remote = try PostgresLocation(url: "postgres://coach:p%40ss@db.example:6432/rebound")
        #expect(remote.host == "db.example" && remote.port == 6432 && remote.username == "coach")
        #expect(remote.password == "p@ss" && remote.database == "rebound" && remote.tls == .prefer)
        let local = try PostgresLocation(url: "postgresql://rebound@127.0.0.1/postgres")
        #expect(local.port == 5432 && local.password == nil && local.tls == .disable)
        #expect(try PostgresLocation(url: "postgres://me@localhost/db?sslmode=require").tls == .require)
        #expect(local.database("other").database == "other" && local.database("other").host == "127.0.0.1")
    }
}
