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

    public init(number: Int, pageCount: Int, total: Int, interviews: [InterviewSummary]) {
        self.number = number
        self.pageCount = pageCount
        self.total = total
        self.interviews = interviews
    }

    /// Where the page's first interview is in the whole list, from 0.
    public static func offset(ofPage number: Int, size: Int) -> Int { (number - 1) * size }

    /// How many pages of `size` hold `total` interviews: at least 1.
    public static func pageCount(total: Int, size: Int) -> Int { max(1, (total + size - 1) / size) }
}
