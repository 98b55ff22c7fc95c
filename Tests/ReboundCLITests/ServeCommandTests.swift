import Foundation
import Testing

/// `rebound serve` refuses unusable settings at once, with one line naming the option.
@Suite struct ServeCommandTests {
    @Test func aPortOutOfRangeIsRefused() throws {
        expectOneLineError(try RunRebound.run(["serve", "--port", "99999"]), containing: "--port: use a number from 1 to 65535")
    }

    @Test func anUnknownDatabaseKindIsRefused() throws {
        expectOneLineError(try RunRebound.run(["serve", "--database", "mysql://db/rebound"]), containing: "--database: database URL: unknown kind")
    }
}
