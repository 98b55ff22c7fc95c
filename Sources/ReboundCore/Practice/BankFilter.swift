import Foundation

/// What the user searches the bank for. Every part left empty lets everything through.
public struct BankFilter: Equatable, Sendable {
    /// Words that must all appear in the question (any case, any order).
    public var text: String
    public var kind: QuestionKind?
    /// Questions of this field, plus those that suit any field.
    public var field: WorkField?
    public var source: Source

    /// Where questions come from.
    public enum Source: String, CaseIterable, Sendable {
        case all
        /// Asked in the user's interviews.
        case own
        /// Not yet asked: only in the starter bank.
        case starter
        /// Rated weak last time (in practice, or else in the interview).
        case weak
    }

    public init(text: String = "", kind: QuestionKind? = nil, field: WorkField? = nil, source: Source = .all) {
        self.text = text
        self.kind = kind
        self.field = field
        self.source = source
    }

    /// Whether `question` passes.
    public func admits(_ question: BankQuestion) -> Bool {
        if let kind, question.kind != kind { return false }
        if let field, !question.fields.isEmpty, !question.fields.contains(field) { return false }
        switch source {
        case .all: break
        case .own: if !question.isOwn { return false }
        case .starter: if question.isOwn { return false }
        case .weak: if question.latestRating != .weak { return false }
        }
        let words = QuestionKey.normalized(text).split(separator: " ")
        if words.isEmpty { return true }
        let haystack = QuestionKey.normalized(question.text + " " + (question.betterAnswer ?? ""))
        return words.allSatisfy { haystack.contains($0) }
    }
}
