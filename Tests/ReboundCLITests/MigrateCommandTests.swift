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
        #expect(first.output.contains("applied migrations 1, 2; the schema is at version 2"))
        let again = try RunRebound.run(["migrate", "--database", url])
        #expect(again.status == 0 && again.output.contains("the schema is up to date at version 2"))
    }

    @Test func aBadDatabaseURLIsRefusedInOneLine() throws {
        expectOneLineError(try RunRebound.run(["migrate", "--database", "postgres://nobody@/rebound"]),
                           containing: "--database: database URL: the postgres URL names no host")
    }
}
