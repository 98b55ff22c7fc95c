import ArgumentParser
import Foundation
import ReboundCore

/// `rebound check`: the message check.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a message before you send it: apologies, excuses, harsh self-judgement, pleading, length, missing thanks or interest, unfilled slots, names from another application.",
        discussion: """
        Give the message as plain text: an optional first line "Subject: ...", then the greeting,
        the body and the sign-off. Each finding names the rule, quotes the words, says why they
        hurt and suggests a better way to say it.

        Kinds: follow-up (a thank-you or follow-up to an interviewer; the default),
        feedback-request (a reply to a rejection), reference-note, connection-note.

        With --context, the greeting and the company named as the employer are checked
        against the interview file, to catch a message copied from another application.

        Exit status: 0 nothing found, 1 findings, 2 unusable input.

        Example:
          rebound check --context Examples/pending-panel.json note.txt
          pbpaste | rebound check --format json -
        """
    )

    @Option(name: .long, help: ArgumentHelp("What the message is: follow-up, feedback-request, reference-note, connection-note.", valueName: "kind"))
    var kind: MessageKind = .followUp

    @Option(name: .long, help: ArgumentHelp("An interview file to check names against.", valueName: "file"))
    var context: String?

    @Option(name: .long, help: ArgumentHelp("text for people, json for programs.", valueName: "format"))
    var format: CheckFormat = .text

    @Argument(help: ArgumentHelp("The message file, or - for standard input.", valueName: "file"))
    var file: String = "-"

    /// A note after an interview is a few hundred words; anything over this is the wrong file.
    static let messageLimit = 1_048_576

    enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        if file == "-", isatty(STDIN_FILENO) == 1 {
            throw InputError("no message given: name a file, or pipe the message in (rebound check - < note.txt)")
        }
        let contextFile = try context.map(InputFile.interview)
        let message = try InputFile.text(file, limit: Self.messageLimit, what: "message")
        let report = MessageChecker.standard.check(message, kind: kind, context: contextFile)
        switch format {
        case .json: Output.write(JSONWriter.write(report.jsonValue) + "\n")
        case .text: Output.write(TextReport.check(report, message: message, name: InputFile.displayName(file)))
        }
        if !report.isClean { throw ExitCode(1) }
    }
}
