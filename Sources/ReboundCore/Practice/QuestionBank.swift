import Foundation

/// The user's question bank: every question from their debriefs, merged with the starter
/// bank, each with its rating history and practice schedule. Pure: the caller loads the
/// interviews and schedule and passes the time.
public struct QuestionBank: Sendable {
    /// Own questions first (most recently asked first), then the starter bank in its order.
    public let questions: [BankQuestion]

    /// - Parameters:
    ///   - asked: every question noted in the user's debriefs, with its text.
    ///   - reviews: the practice schedule by question.
    ///   - starter: the starter questions to include (all of them unless told otherwise).
    public init(asked: [(text: String, asked: AskedQuestion)], reviews: [QuestionKey: ReviewState],
                starter: [StarterQuestion] = StarterBank.questions) {
        let starterByText = Self.byText(starter)
        var own: [QuestionKey: (text: String, asked: [AskedQuestion], starter: StarterQuestion?)] = [:]
        for (text, occasion) in asked where !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let match = starterByText[QuestionKey.own(text)]
            let key = match.map { QuestionKey.starter($0.id) } ?? QuestionKey.own(text)
            own[key, default: (text, [], match)].asked.append(occasion)
        }
        let ownQuestions = own.map { key, entry in
            let history = entry.asked.sorted { ($0.askedAt, $0.interviewID) < ($1.askedAt, $1.interviewID) }
            return BankQuestion(key: key, text: entry.starter?.text ?? entry.text,
                                kind: entry.starter?.kind ?? QuestionKind.guess(from: entry.text),
                                fields: entry.starter?.fields ?? [], asked: history, review: reviews[key])
        }.sorted { ($0.asked.last!.askedAt, $1.key) > ($1.asked.last!.askedAt, $0.key) }
        let starterQuestions = starter.filter { own[QuestionKey.starter($0.id)] == nil }.map {
            BankQuestion(key: .starter($0.id), text: $0.text, kind: $0.kind, fields: $0.fields, asked: [],
                         review: reviews[.starter($0.id)])
        }
        questions = ownQuestions + starterQuestions
    }

    /// The key a question with this wording has in the bank: the starter question's when the
    /// wording is a starter question's, else the user's own.
    public static func key(forText text: String) -> QuestionKey {
        let own = QuestionKey.own(text)
        return defaultStarterByText[own].map { .starter($0.id) } ?? own
    }

    private static let defaultStarterByText = byText(StarterBank.questions)

    private static func byText(_ starter: [StarterQuestion]) -> [QuestionKey: StarterQuestion] {
        Dictionary(starter.map { (QuestionKey.own($0.text), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The question with this key.
    public func question(_ key: QuestionKey) -> BankQuestion? { questions.first { $0.key == key } }

    /// The questions the filter lets through, in bank order.
    public func filtered(_ filter: BankFilter) -> [BankQuestion] { questions.filter(filter.admits) }
}
