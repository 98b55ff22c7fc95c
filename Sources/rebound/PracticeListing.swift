import Foundation
import ReboundCore

/// How `rebound practice` words the queue, the headings and the summary.
enum PracticeListing {
    /// "Question 2 of 6 · behavioural · asked at Northwind, rated weak".
    static func heading(_ question: BankQuestion, number: Int, of total: Int, isRepeat: Bool) -> String {
        var parts = ["Question \(number) of \(total)"]
        if let kind = question.kind { parts.append(kind.rawValue) }
        if let last = question.asked.last {
            parts.append("asked at \(last.company), you rated it \(last.rating.rawValue)")
        } else if let review = question.review {
            parts.append("last practised: \(review.lastRating.rawValue)")
        } else {
            parts.append("new")
        }
        if isRepeat { parts.append("once more, as it was weak") }
        return parts.joined(separator: " · ")
    }

    static func text(_ queue: [BankQuestion], at now: Date) -> String {
        guard !queue.isEmpty else { return "Nothing is due for practice now.\n" }
        return queue.enumerated().map { index, question in
            let state = question.review.map { "due, last \($0.lastRating.rawValue)" }
                ?? (question.isOwn ? "yours, rated \(question.asked.last!.rating.rawValue)" : "new")
            return "\(index + 1). [\(question.kind?.rawValue ?? "question")] \(question.text) (\(state))"
        }.joined(separator: "\n") + "\n"
    }

    static func json(_ queue: [BankQuestion]) -> String {
        let items: [JSONValue] = queue.map { question in
            var fields: [(String, JSONValue)] = [("key", .string(question.key.rawValue)), ("text", .string(question.text))]
            fields.append(("kind", question.kind.map { .string($0.rawValue) } ?? .null))
            fields.append(("fields", .array(question.fields.map { .string($0.rawValue) })))
            fields.append(("timesAsked", .number(Double(question.asked.count))))
            fields.append(("lastRating", question.latestRating.map { .string($0.rawValue) } ?? .null))
            fields.append(("due", question.review.map { .string(Timestamp($0.dueAt).description) } ?? .null))
            return .object(fields)
        }
        return JSONWriter.write(.object([("questions", .array(items))])) + "\n"
    }

    /// "Practised 4: 1 strong, 2 ok, 1 weak."
    static func summary(_ tally: [AnswerRating: Int]) -> String {
        let total = tally.values.reduce(0, +)
        guard total > 0 else { return "Nothing practised this time." }
        let counts = [AnswerRating.strong, .ok, .weak].compactMap { rating in tally[rating].map { "\($0) \(rating.rawValue)" } }
        return "Practised \(total): \(counts.joined(separator: ", "))."
    }

    /// When the next practised question falls due, on this computer's clock ("Next due: Mon
    /// 7 Dec 09:30, in 23 hours: 2 questions."), or a nudge when none is scheduled.
    static func nextDue(_ reviews: [ReviewState], after now: Date,
                        zone: Zone = Zone(identifier: TimeZone.current.identifier) ?? Zone(identifier: "UTC")!) -> String {
        let upcoming = reviews.dueDates(after: now)
        guard let next = upcoming.first else { return "New questions wait in the bank whenever you want them." }
        let sameDay = upcoming.filter { $0.timeIntervalSince(next) < 86_400 }.count
        let seconds = Int64(next.timeIntervalSince1970.rounded(.down))
        let when = TextReport.dueText(zone.timestamp(seconds)).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return "Next due: \(when), \(relative(seconds - Int64(now.timeIntervalSince1970))): \(sameDay) question\(sameDay == 1 ? "" : "s")."
    }

    /// "in 23 hours", "in 3 days", "in 10 minutes".
    static func relative(_ seconds: Int64) -> String {
        let amount: (Int64, String) = seconds < 3600 ? (max(1, seconds / 60), "minute")
            : seconds < 2 * 86_400 ? (seconds / 3600, "hour") : (seconds / 86_400, "day")
        return "in \(amount.0) \(amount.1)\(amount.0 == 1 ? "" : "s")"
    }
}
