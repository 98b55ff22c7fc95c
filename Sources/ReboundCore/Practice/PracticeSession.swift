/// One sitting of practice: the queue's questions one at a time, with SM-2's rule that an
/// answer rated weak is asked once more at the end of the same sitting.
public struct PracticeSession: Sendable {
    /// The questions still to ask, the next first.
    public private(set) var remaining: [BankQuestion]
    /// The answers given so far, in order.
    public private(set) var ratings: [(question: BankQuestion, rating: AnswerRating)] = []
    private var repeated: Set<QuestionKey> = []

    public init(questions: [BankQuestion]) { remaining = questions }

    /// The question to ask now; nil when the sitting is over.
    public var current: BankQuestion? { remaining.first }

    /// Whether the current question is being asked a second time in this sitting.
    public var isRepeat: Bool { current.map { repeated.contains($0.key) } ?? false }

    /// Records the answer to the current question and moves on.
    public mutating func rate(_ rating: AnswerRating) {
        guard let question = remaining.first else { return }
        remaining.removeFirst()
        ratings.append((question, rating))
        if PracticeScheduler.repeatsInSession(rating), !repeated.contains(question.key) {
            repeated.insert(question.key)
            remaining.append(question)
        }
    }

    /// How many answers got each rating.
    public var tally: [AnswerRating: Int] {
        Dictionary(grouping: ratings, by: \.rating).mapValues(\.count)
    }
}
