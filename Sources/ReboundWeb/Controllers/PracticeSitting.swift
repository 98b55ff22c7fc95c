import ReboundCore

/// A practice sitting in the browser, carried in the page's address and form so any app
/// process can serve the next question: the filters, how many answers so far, which
/// questions rated weak are still to be asked once more, and the timer.
struct PracticeSitting: Equatable {
    var field: WorkField?
    var kind: QuestionKind?
    /// Answers to give in this sitting before the weak ones come back.
    var size = 10
    /// Answers given so far.
    var done = 0
    /// Questions rated weak in this sitting, to be asked once more at its end.
    var again: [QuestionKey] = []
    /// Seconds to aim for, when timing.
    var timer: Int?

    static let largestSize = 50
    static let longestTimer = 1800

    /// The sitting named by query or form fields; values out of range fall back to defaults.
    init(value: (String) -> String?, values: (String) -> [String]) {
        field = value("field").flatMap(WorkField.init(rawValue:))
        kind = value("kind").flatMap(QuestionKind.init(rawValue:))
        size = value("size").flatMap(Int.init).map { min(max($0, 1), Self.largestSize) } ?? 10
        done = value("done").flatMap(Int.init).map { min(max($0, 0), 1000) } ?? 0
        again = Array(values("again").prefix(Self.largestSize).map(QuestionKey.init(rawValue:)))
        timer = value("timer").flatMap(Int.init).flatMap { (1...Self.longestTimer).contains($0) ? $0 : nil }
    }

    init() {}

    var filter: BankFilter { BankFilter(kind: kind, field: field) }

    /// The sitting after one more answer to `key` rated `rating`: a first weak answer joins
    /// the questions to ask again; an answer to a question asked again leaves that list.
    func answered(_ key: QuestionKey, rating: AnswerRating, wasRepeat: Bool) -> PracticeSitting {
        var next = self
        next.done += 1
        if wasRepeat {
            next.again.removeAll { $0 == key }
        } else if PracticeScheduler.repeatsInSession(rating), !again.contains(key) {
            next.again.append(key)
        }
        return next
    }

    /// The sitting as query fields, for links and redirects.
    var queryFields: [(String, String)] {
        var fields: [(String, String)] = []
        if let field { fields.append(("field", field.rawValue)) }
        if let kind { fields.append(("kind", kind.rawValue)) }
        if size != 10 { fields.append(("size", String(size))) }
        if done > 0 { fields.append(("done", String(done))) }
        fields += again.map { ("again", $0.rawValue) }
        if let timer { fields.append(("timer", String(timer))) }
        return fields
    }

    /// `/practice?…` for this sitting.
    var href: String {
        let query = queryFields.map { "\($0.0)=\($0.1.queryValueEncoded)" }.joined(separator: "&")
        return query.isEmpty ? "/practice" : "/practice?" + query
    }
}
