import ArgumentParser
import Foundation
import Logging
import ReboundStore

/// `rebound migrate-data --from URL --to URL`: moves a whole install to another database.
struct MigrateDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-data",
        abstract: "Copy every account, interview, plan, draft, session and token to another, empty database.",
        discussion: """
          rebound migrate-data \\
            --from sqlite:$HOME/.local/share/rebound/rebound.sqlite \\
            --to postgres://rebound@db.example/rebound

        Both schemas are brought up to date first. The target must have no accounts. \
        The copy is one transaction on the target: all of it arrives, or on any \
        error nothing does. Stop the app while copying, so nothing changes half-way.
        """
    )

    @Option(help: ArgumentHelp("The database to copy from.", valueName: "URL"))
    var from: String

    @Option(help: ArgumentHelp("The empty database to copy into.", valueName: "URL"))
    var to: String

    func run() async throws {
        let logger = Logger.rebound(defaultLevel: .warning)
        let (source, sourceURL) = try await DatabaseOpening.open(from, option: "--from", logger: logger)
        let target: SQLStorage, targetURL: DatabaseURL
        do {
            (target, targetURL) = try await DatabaseOpening.open(to, option: "--to", logger: logger)
        } catch {
            await source.close()
            throw error
        }
        let counts: [(table: String, rows: Int)]
        do {
            counts = try await DataCopy.copy(from: source, to: target)
        } catch {
            await source.close()
            await target.close()
            throw InputError("migrate-data: \(error)")
        }
        await source.close()
        await target.close()
        Output.write("copied \(sourceURL) to \(targetURL): " + counts.map { "\($0.rows) \($0.table)" }.joined(separator: ", ") + "\n")
    }
}
