import ArgumentParser
import Foundation
import Logging
import ReboundCore
import ReboundStore

extension WorkField: ExpressibleByArgument {}
extension QuestionKind: ExpressibleByArgument {}

/// `rebound practice`: practise interview questions in the terminal, one at a time, on the
/// same schedule and history as the web app. Plain lines in and out: it works in any
/// terminal, under tmux, over ssh and with a screen reader.
struct PracticeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise interview questions one at a time; weak ones come back sooner.",
        discussion: """
        Questions come from your debriefs (those you rated weak first) and from \
        Rebound's starter bank. For each one, jot an outline (a story question asks \
        for situation, task, action and result), then rate yourself: weak, ok or \
        strong. The schedule is SM-2: a weak answer comes back tomorrow and once \
        more at the end of this sitting; good ones come back after 1 day, 6 days, \
        then longer and longer gaps.

          rebound practice                          practise what is due
          rebound practice --field nursing --count 5 --timer 120
          rebound practice --list --format json     what is due, for scripts

        Everything is saved as you go; q, or the end of input, stops.
        """
    )

    @Option(help: ArgumentHelp("sqlite:PATH, sqlite::memory: or postgres://USER[:PASS]@HOST[:PORT]/DB.", valueName: "URL"))
    var database: String?

    @Option(help: ArgumentHelp("Whose questions, when the database has several accounts. Default: the install's owner.",
                               valueName: "ADDRESS"))
    var email: String?

    @Option(help: ArgumentHelp("Only questions of this field, and those for any job: \(WorkField.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "FIELD"))
    var field: WorkField?

    @Option(help: ArgumentHelp("Only questions of this kind: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "KIND"))
    var kind: QuestionKind?

    @Option(help: "How many questions at most.")
    var count: Int = 10

    @Option(help: ArgumentHelp("Time each answer and say how it compares with this many seconds.", valueName: "SECONDS"))
    var timer: Int?

    @Flag(help: "List the questions that are due instead of practising them.")
    var list = false

    @Option(help: "For --list: text or json.")
    var format: ListFormat = .text

    @OptionGroup var now: NowOption

    enum ListFormat: String, ExpressibleByArgument {
        case text, json
    }

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count: must be at least 1") }
        if let timer, timer <= 0 { throw ValidationError("--timer: must be a number of seconds above 0") }
    }

    func run() async throws {
        let moment = try now.moment().date
        // Practice reads the questions of an account: it never makes a database of its own.
        let (storage, url) = try await DatabaseOpening.open(database, mustExist: true, logger: Logger.rebound(defaultLevel: .warning))
        do {
            try await practise(storage, url: url, at: moment)
            await storage.close()
        } catch {
            await storage.close()
            throw error
        }
    }

    private func practise(_ storage: SQLStorage, url: DatabaseURL, at moment: Date) async throws {
        let user = try await whose(storage, url: url)
        let bank = try await storage.questionBank(of: user.id)
        let queue = PracticeQueue.questions(from: bank, filter: BankFilter(kind: kind, field: field), at: moment,
                                            limit: count, newStarterLimit: count)
        if list {
            Output.write(format == .json ? PracticeListing.json(queue) : PracticeListing.text(queue, at: moment))
            return
        }
        guard !queue.isEmpty else {
            Output.write("Nothing is due for practice now. \(PracticeListing.nextDue(bank.questions.compactMap(\.review), after: moment))\n")
            return
        }
        var terminal = PracticeTerminal(timer: timer)
        var sitting = PracticeSession(questions: queue)
        var reviews = bank.questions.reduce(into: [QuestionKey: ReviewState]()) { $0[$1.key] = $1.review }
        var number = 0
        while let question = sitting.current {
            number += 1
            guard let answer = terminal.ask(question, number: number, of: number + sitting.remaining.count - 1,
                                            isRepeat: sitting.isRepeat) else { break }
            let review = PracticeScheduler.practised(reviews[question.key], rating: answer.rating, at: moment)
            reviews[question.key] = review
            try await storage.recordPractice(
                PracticeAttempt(id: UUID().uuidString, questionKey: question.key, questionText: question.text, practisedAt: moment,
                                rating: answer.rating, outline: answer.outline, seconds: answer.seconds),
                review: review, of: user.id)
            sitting.rate(answer.rating)
        }
        Output.write(PracticeListing.summary(sitting.tally) + " " + PracticeListing.nextDue(Array(reviews.values), after: moment) + "\n")
    }

    /// The account to practise as: `--email`'s, or the owner's.
    private func whose(_ storage: SQLStorage, url: DatabaseURL) async throws -> User {
        if let email {
            guard let user = try await storage.user(email: email) else {
                throw InputError("--email: no account with the address \(email) in \(url)")
            }
            return user
        }
        guard let owner = try await storage.owner() else {
            throw InputError("\(url): no account yet; set one up with `rebound serve` first, or name one with --email")
        }
        return owner
    }
}
