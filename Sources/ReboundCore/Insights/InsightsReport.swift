import Foundation

/// What the user can learn across their interviews and practice: what keeps going wrong and
/// right, how their answers were rated over time, how far interviews led, and how quickly
/// thank-yous went out. Counts are kept as counts so the page can say "2 of 3" rather than
/// a percentage that small numbers do not support.
public struct InsightsReport: Equatable, Sendable {
    /// Below this many interviews, patterns are called anecdotes, not trends.
    public static let fewInterviews = 5

    public struct SetbackCount: Equatable, Sendable {
        public let kind: SetbackKind
        /// Notes of this kind, and in how many interviews they appear.
        public let notes: Int
        public let interviews: Int
    }

    public struct Strength: Equatable, Sendable {
        /// A word that comes back in the "went well" notes of several interviews.
        public let word: String
        public let interviews: Int
        /// One note that uses it.
        public let example: String
    }

    public struct RatedInterview: Equatable, Sendable {
        public let company: String
        public let start: Timestamp
        public let strong: Int
        public let ok: Int
        public let weak: Int
    }

    public struct Funnel: Equatable, Sendable {
        public let interviews: Int
        /// Interviews that led to another round or an offer.
        public let movedForward: Int
        public let offers: Int
        public let rejected: Int
        public let withdrawn: Int
        public let waiting: Int
    }

    /// How long after an interview its first thank-you was marked sent.
    public struct ThankYouDelay: Equatable, Sendable {
        public let company: String
        public let start: Timestamp
        public let hours: Double
    }

    public struct PracticeWeek: Equatable, Sendable {
        /// The Monday the week starts on (UTC).
        public let monday: CivilDate
        public let strong: Int
        public let ok: Int
        public let weak: Int
    }

    public let interviewCount: Int
    public let setbacks: [SetbackCount]
    public let strengths: [Strength]
    /// Oldest first; interviews with no rated question are left out.
    public let ratings: [RatedInterview]
    public let funnel: Funnel
    /// For each interview with a thank-you marked sent, the time from its end to the first
    /// one, oldest interview first.
    public let thankYouDelays: [ThankYouDelay]
    /// Interviews with interviewers where no thank-you was marked sent.
    public let thankYousMissing: Int
    /// Interviews whose thank-yous were marked done only after the step had lapsed: done,
    /// but when is unknown, so they are in neither the delays nor the missing.
    public let thankYousLetGo: Int
    public let practiceWeeks: [PracticeWeek]

    /// The hours of `thankYouDelays`, oldest interview first.
    public var thankYouHours: [Double] { thankYouDelays.map(\.hours) }

    /// Whether there are too few interviews to call anything a pattern.
    public var isSmallSample: Bool { interviewCount < Self.fewInterviews }

    /// The middle of the thank-you delays, in hours; nil when none was sent.
    public var medianThankYouHours: Double? {
        guard !thankYouHours.isEmpty else { return nil }
        let sorted = thankYouHours.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
