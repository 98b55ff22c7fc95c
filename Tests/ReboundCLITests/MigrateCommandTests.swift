import Foundation
import Testing

/// `rebound migrate` brings a database's schema up to date and says what it did.
@Suite struct MigrateCommandTests {
    @Test func aNewDatabaseGetsEveryMigrationThenIsUpToDate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-migrate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = "sqlite:" + folder.appendingPathComponent("rebound.sqlite").path
        let first = try RunRebound.run(["migrate", "--database", url])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("applied migrations 1, 2, 3, 4, 5, 6, 7, 8, 9, 10; the schema is at version 10"))
        let again = try RunRebound.run(["migrate", "--database", url])
        #expect(again.status == 0 && again.output.contains("the schema is up to date at version 10"))
    }

    @Test func aBadDatabaseURLIsRefusedInOneLine() throws {
        expectOneLineError(try RunRebound.run(["migrate", "--database", "postgres://nobody@/rebound"]),
                           containing: "--database: database URL: the postgres URL names no host")
    }
}

/// `rebound migrate-data` copies a whole install; the storage tests check every row.
@Suite struct MigrateDataCommandTests {
    @Test func anInstallIsCopiedAndTheTablesCounted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let from = "sqlite:" + folder.appendingPathComponent("from.sqlite").path
        let to = "sqlite:" + folder.appendingPathComponent("to.sqlite").path
        #expect(try RunRebound.run(["migrate", "--database", from]).status == 0)
        let copied = try RunRebound.run(["migrate-data", "--from", from, "--to", to])
        #expect(copied.status == 0, "\(copied.error)")
        #expect(copied.output.contains("copied \(from) to \(to): 0 users, 0 sessions"))
    }

    @Test func aBadTargetIsRefusedInOneLineNamingTheOption() throws {
        expectOneLineError(try RunRebound.run(["migrate-data", "--from", "sqlite::memory:", "--to", "oracle://x/y"]),
                           containing: "--to: database URL: unknown kind")
    }
}
