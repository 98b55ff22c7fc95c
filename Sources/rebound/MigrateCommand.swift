import ArgumentParser
import Foundation
import Logging
import ReboundStore

/// `rebound migrate`: brings the database's schema up to date and says what it did.
/// `rebound serve` does the same at start; an operator runs this first to upgrade
/// deliberately, for example before starting several app processes of a new version.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the database's schema up to date, and print the version it is at.",
        discussion: """
          rebound migrate --database postgres://rebound@db.example/rebound
          REBOUND_DATABASE_URL=sqlite:/srv/rebound.sqlite rebound migrate

        A database made by a newer Rebound is left alone and reported \
        (exit status 2).
        """
    )

    @Option(help: ArgumentHelp("sqlite:PATH, sqlite::memory: or postgres://USER[:PASS]@HOST[:PORT]/DB.", valueName: "URL"))
    var database: String?

    func run() async throws {
        let logger = Logger.rebound(defaultLevel: .warning)
        let (storage, url) = try await DatabaseOpening.open(database, logger: logger)
        let version: Int
        do {
            version = try await storage.schemaVersion()
        } catch {
            await storage.close()
            throw InputError("\(url): \(error)")
        }
        await storage.close()
        if storage.appliedMigrations.isEmpty {
            Output.write("\(url): the schema is up to date at version \(version)" + "\n")
        } else {
            let applied = storage.appliedMigrations.map(String.init).joined(separator: ", ")
            Output.write("\(url): applied migration\(storage.appliedMigrations.count == 1 ? "" : "s") \(applied); the schema is at version \(version)" + "\n")
        }
    }
}
