import Foundation

/// Where one question stands in the user's practice schedule.
public struct ReviewState: Equatable, Sendable {
    /// Answers in a row rated ok or strong (a weak answer starts the count again).
    public var streak: Int
    /// SM-2's easiness factor: how fast the gaps between practices grow (1.3 and up;
    /// 2.5 for a new question).
    public var ease: Double
    /// Days from the last practice to the next.
    public var intervalDays: Int
    /// When the question should come back.
    public var dueAt: Date
    /// The last practice, and how the user rated it.
    public var lastPractisedAt: Date
    public var lastRating: AnswerRating

    public init(streak: Int, ease: Double, intervalDays: Int, dueAt: Date, lastPractisedAt: Date, lastRating: AnswerRating) {
        self.streak = streak
        self.ease = ease
        self.intervalDays = intervalDays
        self.dueAt = dueAt
        self.lastPractisedAt = lastPractisedAt
        self.lastRating = lastRating
    }

    /// Whether the question is due at `now`.
    public func isDue(at now: Date) -> Bool { dueAt <= now }
}

extension Sequence where Element == ReviewState {
    /// When the questions not yet due come back, soonest first.
    public func dueDates(after now: Date) -> [Date] { map(\.dueAt).filter { $0 > now }.sorted() }
}
