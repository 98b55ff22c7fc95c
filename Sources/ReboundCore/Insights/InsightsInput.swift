import Foundation

/// One interview as insights read it: its file and when its thank-you notes were marked sent.
public struct InterviewFacts: Sendable {
    public let file: InterviewFile
    /// When each thank-you step was marked done.
    public let thankYousDoneAt: [Date]

    public init(file: InterviewFile, thankYousDoneAt: [Date]) {
        self.file = file
        self.thankYousDoneAt = thankYousDoneAt
    }
}

/// One practised answer as insights read it.
public struct PracticeFact: Sendable {
    public let practisedAt: Date
    public let rating: AnswerRating

    public init(practisedAt: Date, rating: AnswerRating) {
        self.practisedAt = practisedAt
        self.rating = rating
    }
}
