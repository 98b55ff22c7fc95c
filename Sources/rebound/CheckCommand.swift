import ArgumentParser
import Foundation
import ReboundCore

/// `rebound check`: the message check.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a message before you send it: apologies, excuses, harsh self-judgement, pleading, length, missing thanks or interest, unfilled slots, names from another application.",
        discussion: """
        Give the message as plain text: an optional first line "Subject: ...", then \
        the greeting, the body and the sign-off. Each finding names the rule, quotes \
        the words, says why they hurt and suggests a better way to say it.

        Kinds: follow-up (a thank-you or follow-up to an interviewer; the default), \
        feedback-request (a reply to a rejection), reference-note, connection-note, \
        offer-reply (answering an offer), call-script (what you will say on the \
        phone: no length rule).

        --ignore leaves rules out, for example --ignore too-long,no-interest. The \
        rules: apology, excuse, self-criticism, begging, too-long, no-thanks, \
        no-interest, placeholder, wrong-name.

        With --context, the greeting and the company named as the employer are \
        checked against the interview file, to catch a message copied from another \
        application.

        Exit status: 0 nothing found, 1 findings, 2 unusable input.

        Example:
          rebound check --context Examples/pending-panel.json note.txt
          pbpaste | rebound check --format json -
        """
    )

    @Option(name: .long, help: ArgumentHelp("What the message is: follow-up, feedback-request, reference-note, connection-note, offer-reply, call-script.", valueName: "kind"))
    var kind: MessageKind = .followUp

    @Option(name: .long, help: ArgumentHelp("An interview file to check names against.", valueName: "file"))
    var context: String?

    @Option(name: .long, help: ArgumentHelp("Rules to leave out, separated by commas.", valueName: "rules"))
    var ignore: String?

    @Option(name: .long, help: ArgumentHelp("text for people, json for programs.", valueName: "format"))
    var format: CheckFormat = .text

    @Argument(help: ArgumentHelp("The message file, or - for standard input.", valueName: "file"))
    var file: String = "-"

    /// A note after an interview is a few hundred words; anything over this is the wrong file.
    static let messageLimit = 1_048_576

    enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        _ = try ignoredRules()
    }

    /// The rules named by `--ignore`; an unknown one is a usage error naming it.
    func ignoredRules() throws -> Set<CheckRule> {
        guard let ignore else { return [] }
        var rules = Set<CheckRule>()
        for name in ignore.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let rule = CheckRule(rawValue: name) else {
                throw ValidationError("--ignore: \"\(name.prefix(40))\" is not a rule; use \(CheckRule.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            rules.insert(rule)
        }
        return rules
    }

    func run() throws {
        if file == "-", isatty(STDIN_FILENO) == 1 {
            throw InputError("no message given: name a file, or pipe the message in (rebound check - < note.txt)")
        }
        let contextFile = try context.map(InputFile.interview)
        let message = try InputFile.message(file, limit: Self.messageLimit)
        let report = MessageChecker.standard.check(message, kind: kind, context: contextFile, ignoring: try ignoredRules())
        switch format {
        case .json: Output.write(JSONWriter.write(report.jsonValue) + "\n")
        case .text: Output.write(TextReport.check(report, message: message, name: InputFile.displayName(file)))
        }
        if !report.isClean { throw ExitCode(1) }
    }
}
