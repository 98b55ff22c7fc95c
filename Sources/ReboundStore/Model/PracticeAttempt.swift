import Foundation
import ReboundCore

/// One answer practised: the question as it read then, the user's outline, how long they
/// took (when timed) and how they rated it.
public struct PracticeAttempt: Equatable, Sendable {
    public let id: String
    public let questionKey: QuestionKey
    public let questionText: String
    public let practisedAt: Date
    public let rating: AnswerRating
    public let outline: String
    /// Seconds on the timer, when the user used it.
    public let seconds: Int?

    public init(id: String, questionKey: QuestionKey, questionText: String, practisedAt: Date, rating: AnswerRating,
                outline: String, seconds: Int?) {
        self.id = id
        self.questionKey = questionKey
        self.questionText = questionText
        self.practisedAt = practisedAt
        self.rating = rating
        self.outline = outline
        self.seconds = seconds
    }
}
