import Foundation

/// A question the user was asked in one interview, as their debrief noted it.
public struct AskedQuestion: Equatable, Sendable {
    public let interviewID: String
    public let company: String
    public let role: String
    /// When the interview began.
    public let askedAt: Date
    public let rating: AnswerRating
    /// The answer the user wishes they had given.
    public let betterAnswer: String?

    public init(interviewID: String, company: String, role: String, askedAt: Date, rating: AnswerRating, betterAnswer: String?) {
        self.interviewID = interviewID
        self.company = company
        self.role = role
        self.askedAt = askedAt
        self.rating = rating
        self.betterAnswer = betterAnswer
    }
}

/// One question in the user's bank: from their debriefs, from the starter bank, or both
/// (a starter question they were asked), with its history and its place in the schedule.
public struct BankQuestion: Equatable, Sendable {
    public let key: QuestionKey
    public let text: String
    /// The starter bank's kind, or the kind guessed from the user's wording.
    public let kind: QuestionKind?
    public let fields: [WorkField]
    /// Every time the user was asked it, oldest first.
    public let asked: [AskedQuestion]
    /// Where it stands in the practice schedule; nil when never practised.
    public let review: ReviewState?

    public init(key: QuestionKey, text: String, kind: QuestionKind?, fields: [WorkField], asked: [AskedQuestion], review: ReviewState?) {
        self.key = key
        self.text = text
        self.kind = kind
        self.fields = fields
        self.asked = asked
        self.review = review
    }

    /// Whether the user was ever asked it in an interview.
    public var isOwn: Bool { !asked.isEmpty }

    /// The rating from the latest practice, or else from the latest interview.
    public var latestRating: AnswerRating? { review?.lastRating ?? asked.last?.rating }

    /// The latest better answer the user wrote for it in a debrief.
    public var betterAnswer: String? { asked.last { $0.betterAnswer?.isEmpty == false }?.betterAnswer }

    /// Whether a STAR outline (situation, task, action, result) fits the answer.
    public var wantsStory: Bool { kind == .behavioural }
}
