/// A question the user may well meet in the next round at a company, and why Rebound
/// thinks so.
public struct LikelyQuestion: Equatable, Sendable {
    /// Why a question is on the list.
    public enum Reason: String, CaseIterable, Sendable {
        /// Asked at this company before: interviewers often come back to it or dig deeper.
        case askedHere = "asked-here"
        /// Almost every employer asks it, and the answer must be about them.
        case aboutTheEmployer = "about-the-employer"
        /// Rated weak in another interview, so still worth practising.
        case weakElsewhere = "weak-elsewhere"
        /// Common in the company's line of work (or in any job when none is set).
        case common
        /// The end of every interview: have questions of your own ready.
        case closing
    }

    public let question: BankQuestion
    public let reason: Reason

    public init(question: BankQuestion, reason: Reason) {
        self.question = question
        self.reason = reason
    }

    /// Starter questions whose answer has to be about the employer, asked almost everywhere.
    static let aboutTheEmployer = ["m03", "m02", "m11", "m05"]

    /// Up to `count` questions (at least 4) for the next round at `company`: those asked there
    /// before (weak ones first, at most half the list), questions about the employer, the
    /// user's weak questions from elsewhere (at most a quarter), common questions of `field`,
    /// and a closing question last.
    public static func pick(from bank: QuestionBank, company: CompanyKey, field: WorkField?, count: Int = 12) -> [LikelyQuestion] {
        let size = max(4, min(count, 40))
        var chosen: [LikelyQuestion] = []
        let closer = bank.question(.starter("c01"))
        var taken = Set([closer?.key].compactMap { $0 })
        func take(_ question: BankQuestion, _ reason: Reason) {
            if taken.insert(question.key).inserted { chosen.append(LikelyQuestion(question: question, reason: reason)) }
        }
        let room = size - (closer == nil ? 0 : 1)

        let askedHere = bank.questions.filter { $0.asked.contains { CompanyKey(company: $0.company) == company } }
        let weakFirst = askedHere.filter { $0.latestRating == .weak } + askedHere.filter { $0.latestRating != .weak }
        for question in weakFirst.prefix(room / 2) { take(question, .askedHere) }

        let employer = aboutTheEmployer.compactMap { bank.question(.starter($0)) }
        for question in employer where chosen.count < room - room / 4 { take(question, .aboutTheEmployer) }

        let weakElsewhere = bank.questions.filter { $0.isOwn && $0.latestRating == .weak && !taken.contains($0.key) && $0.fits(field) }
        for question in weakElsewhere.prefix(max(1, room / 4)) where chosen.count < room { take(question, .weakElsewhere) }

        chosen += StarterMix.pick(from: bank, field: field, count: room - chosen.count, taken: &taken)
            .map { LikelyQuestion(question: $0, reason: .common) }
        if let closer { chosen.append(LikelyQuestion(question: closer, reason: .closing)) }
        return chosen
    }
}
