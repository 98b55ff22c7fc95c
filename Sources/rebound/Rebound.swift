import ArgumentParser
import Foundation

/// The `rebound` command: one executable over ReboundCore.
@main
struct Rebound: AsyncParsableCommand {
    /// The release, as packages name it (`rebound-VERSION-linux-x86_64.tar.gz`).
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "rebound",
        abstract: "Recover from a job interview that went badly: a plan, drafts, and a check for your messages.",
        discussion: """
        Start from an interview file (JSON; see Examples/ and the contracts in \
        shared/contracts).

        What to do, and by when:
          rebound plan Examples/pending-panel.json
        Every message the plan sends:
          rebound draft Examples/pending-panel.json
        What would hurt a message:
          rebound check my-note.txt
        Practise the hard questions:
          rebound practice
        The web app, on 127.0.0.1:8080:
          rebound serve

        Exit status: 0 success, 1 the check found problems, 2 unusable input or \
        arguments. Nothing leaves your machine: Rebound reads files and prints \
        results.
        """,
        version: "\(Rebound.version) (commit \(BuildInfo.commit))",
        subcommands: [CheckCommand.self, PlanCommand.self, DraftCommand.self, PracticeCommand.self, ServeCommand.self, MigrateCommand.self,
                      MigrateDataCommand.self]
    )

    /// Runs the command and maps every error to the contract's exit statuses: usage and input
    /// problems print one line on standard error and exit 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withFailure: error)
        }
        Output.exitIfWriteFailed()
    }

    static func exit(withFailure error: Error) -> Never {
        if let input = error as? InputError {
            Output.standardError("rebound: \(input.description)")
            Foundation.exit(2)
        }
        let code = exitCode(for: error)
        if code == .success || error is ExitCode || code.rawValue == 1 {
            // --help, --version, or our own "findings" status.
            if code == .success { Output.write(fullMessage(for: error) + "\n") }
            Output.exitIfWriteFailed()
            Foundation.exit(code.rawValue)
        }
        let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
        Output.standardError("rebound: \(message) (see 'rebound --help')")
        Foundation.exit(2)
    }
}
