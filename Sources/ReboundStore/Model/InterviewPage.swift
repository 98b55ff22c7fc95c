import Foundation

/// One page of a user's interviews, newest first, as the dashboard lists them.
public struct InterviewPage: Equatable, Sendable {
    /// Which page this is, from 1; a page asked for past the end is the last one.
    public let number: Int
    /// How many pages the list has; at least 1, even with no interviews.
    public let pageCount: Int
    /// How many interviews the user has in all.
    public let total: Int
    /// The page's interviews with their open and late step counts.
    public let interviews: [InterviewSummary]
    /// The moment the late steps were counted at.
    public let countedAt: Date
    /// The due time of the user's first open step that was not late at `countedAt`; nil when
    /// there is none. Until the clock passes it, no step becomes late, so the counts stay true.
    public let nextDue: Date?
    /// The first moment after `countedAt` at which an open step lapses; nil when none will.
    /// A lapsed step is no longer open or late, so the counts change then too.
    public let nextLapse: Date?

    public init(number: Int, pageCount: Int, total: Int, interviews: [InterviewSummary],
                countedAt: Date, nextDue: Date?, nextLapse: Date? = nil) {
        self.number = number
        self.pageCount = pageCount
        self.total = total
        self.interviews = interviews
        self.countedAt = countedAt
        self.nextDue = nextDue
        self.nextLapse = nextLapse
    }

    /// Whether the late counts taken at `countedAt` are still the counts at `now`, nothing
    /// having been written since: `now` is not before `countedAt` and has passed neither
    /// `nextDue` nor `nextLapse`. All are compared in whole seconds, as stored (a step is late
    /// once `now` is past its due second, and lapsed once past its lapse second).
    public func countsHold(at now: Date) -> Bool {
        let seconds = now.storedSeconds
        return seconds >= countedAt.storedSeconds && nextDue.map { seconds <= $0.storedSeconds } ?? true
            && nextLapse.map { seconds <= $0.storedSeconds } ?? true
    }

    /// Where the page's first interview is in the whole list, from 0.
    public static func offset(ofPage number: Int, size: Int) -> Int { (number - 1) * size }

    /// How many pages of `size` hold `total` interviews: at least 1.
    public static func pageCount(total: Int, size: Int) -> Int { max(1, (total + size - 1) / size) }
}
