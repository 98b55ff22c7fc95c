import Foundation
import ReboundCore

/// What the question bank page shows: the search form and the questions it lets through,
/// each with where it came from, how it went, and when it comes back for practice.
struct QuestionBankView {
    struct Row {
        let text: String
        let kind: String?
        let fields: [String]
        let history: String
        let weak: Bool
        let schedule: String
        let betterAnswer: String?
        let practiseHref: String
    }

    let page: PageChrome
    let query: String
    let kinds: [Choice]
    let fields: [Choice]
    let sources: [Choice]
    let rows: [Row]
    let count: String
    let none: Bool
    let ownCount: Int
    let weakCount: Int

    static let sourceLabels = ["all": "All questions", "own": "Asked in my interviews", "starter": "Not asked yet",
                               "weak": "Rated weak last time"]

    init(page: PageChrome, bank: QuestionBank, filter: BankFilter, now: Date) {
        self.page = page
        query = filter.text
        kinds = Choice.questionKinds(selected: filter.kind, anyLabel: "Every kind")
        fields = Choice.workFields(selected: filter.field, anyLabel: "Any field")
        sources = Choice.list(BankFilter.Source.allCases.map(\.rawValue), selected: filter.source.rawValue, labels: Self.sourceLabels)
        let shown = bank.filtered(filter)
        rows = shown.map { question in
            Row(text: question.text, kind: question.kind?.label, fields: question.fields.map(\.label),
                history: Self.history(question), weak: question.latestRating == .weak,
                schedule: Self.schedule(question, now: now), betterAnswer: question.betterAnswer,
                practiseHref: "/practice?question=" + question.key.rawValue.queryValueEncoded)
        }
        count = "\(Formatting.plural(shown.count, "question")) of \(bank.questions.count)"
        none = shown.isEmpty
        ownCount = bank.questions.filter(\.isOwn).count
        weakCount = bank.questions.filter { $0.latestRating == .weak }.count
    }

    /// "Asked 2 times, last at Contoso: weak" or "From the starter bank".
    static func history(_ question: BankQuestion) -> String {
        guard let last = question.asked.last else { return "From the starter bank" }
        let times = question.asked.count == 1 ? "Asked once" : "Asked \(question.asked.count) times"
        let trend = question.asked.count > 1 ? " (" + question.asked.map(\.rating.rawValue).joined(separator: " → ") + ")" : ""
        return "\(times), last at \(last.company): \(last.rating.rawValue)\(trend)"
    }

    /// "Practise: due now", "Next practice in 5 days", or "Not practised yet".
    static func schedule(_ question: BankQuestion, now: Date) -> String {
        guard let review = question.review else { return "Not practised yet" }
        if review.isDue(at: now) { return "Due for practice now (last: \(review.lastRating.rawValue))" }
        return "Next practice \(Formatting.relative(Int64(review.dueAt.timeIntervalSince1970), from: now)) (last: \(review.lastRating.rawValue))"
    }
}
