import Foundation
import ReboundCore
import ReboundForms
import ReboundStore

/// What the practice page shows: one question with boxes for the outline and the three
/// rating buttons, or, between sittings, how to start one and what was practised lately.
struct PracticeView {
    /// The line shown after each rating.
    static let savedNotices: [AnswerRating: String] = [
        .weak: "Saved. That one comes back at the end of this sitting and again tomorrow; each try makes it easier.",
        .ok: "Saved. It comes back after a short while, then less and less often.",
        .strong: "Saved. Well done: it will not come back for a while.",
    ]

    /// A hidden form field carrying the sitting.
    struct Hidden {
        let name: String
        let value: String
    }

    /// One STAR box.
    struct StarBox {
        let name: String
        let title: String
        let prompt: String
        let value: String
    }

    /// A practised answer in the list of recent ones.
    struct AttemptRow {
        let text: String
        let rating: String
        let when: String
        let took: String?
    }

    let page: PageChrome
    let hasQuestion: Bool
    let key: String
    let text: String
    let kind: String?
    let progress: String
    let isRepeat: Bool
    let history: [String]
    let betterAnswer: String?
    let story: Bool
    let starBoxes: [StarBox]
    let outline: String
    let timed: Bool
    let aim: String?
    let shown: String
    let hidden: [Hidden]
    let bankHref: String

    // Between sittings.
    let answered: Int
    let finishedSitting: Bool
    let nextDue: String?
    let recent: [AttemptRow]
    let hasRecent: Bool
    let fields: [Choice]
    let kinds: [Choice]
    let timers: [Choice]

    init(page: PageChrome, sitting: PracticeSitting, question: BankQuestion?, isRepeat: Bool, bank: QuestionBank,
         recent: [PracticeAttempt], outline form: FormData?, now: Date) {
        self.page = page
        hasQuestion = question != nil
        key = question?.key.rawValue ?? ""
        text = question?.text ?? ""
        kind = question?.kind?.label
        self.isRepeat = isRepeat
        progress = isRepeat ? "Once more, as it was weak"
            : "Question \(min(sitting.done + 1, sitting.size)) of \(sitting.size) in this sitting"
        history = question.map(Self.history) ?? []
        betterAnswer = question?.betterAnswer
        story = question?.wantsStory ?? false
        starBoxes = StarOutline.allCases.map { part in
            StarBox(name: part.rawValue, title: part.title, prompt: part.prompt, value: form?[part.rawValue] ?? "")
        }
        outline = form?["outline"] ?? ""
        timed = sitting.timer != nil
        aim = sitting.timer.map(DurationText.of)
        shown = String(Int64(now.timeIntervalSince1970))
        hidden = sitting.queryFields.map { Hidden(name: $0.0, value: $0.1) } + (isRepeat ? [Hidden(name: "repeat", value: "yes")] : [])
        bankHref = "/questions"

        answered = sitting.done
        finishedSitting = sitting.done > 0
        nextDue = bank.questions.compactMap(\.review).dueDates(after: now).first.map { Formatting.relative(Int64($0.timeIntervalSince1970), from: now) }
        self.recent = recent.map { attempt in
            AttemptRow(text: attempt.questionText, rating: attempt.rating.rawValue, when: Formatting.day(attempt.practisedAt),
                       took: attempt.seconds.map(DurationText.of))
        }
        hasRecent = !recent.isEmpty
        fields = Choice.workFields(selected: sitting.field, anyLabel: "Any job")
        kinds = Choice.questionKinds(selected: sitting.kind, anyLabel: "Every kind")
        timers = Choice.list(["", "60", "120", "180"], selected: sitting.timer.map(String.init) ?? "",
                             labels: ["": "No timer", "60": "1 minute", "120": "2 minutes", "180": "3 minutes"])
        sizes = Choice.list(["5", "10", "20"], selected: String(sitting.size),
                            labels: ["5": "5 questions (about 10 minutes)", "10": "10 questions (about 20 minutes)",
                                     "20": "20 questions (about 40 minutes)"])
    }

    /// How many questions a sitting holds.
    let sizes: [Choice]

    /// The line shown after an answer rated `rating`, when its question comes back in `days`.
    static func savedNotice(_ rating: AnswerRating, days: Int?) -> String? {
        guard rating != .weak, let days else { return savedNotices[rating] }
        let when = days <= 1 ? "tomorrow" : "in \(days) days"
        return rating == .strong ? "Saved. Well done: it comes back \(when), then less and less often."
            : "Saved. It comes back \(when), then less and less often."
    }

    /// "Asked at Northwind Traders on 20 Nov 2026: you rated it weak", one line per interview,
    /// then the last practice.
    static func history(_ question: BankQuestion) -> [String] {
        var lines = question.asked.map { "Asked at \($0.company) on \(Formatting.day($0.askedAt)): you rated it \($0.rating.rawValue)" }
        if let review = question.review {
            lines.append("Last practised \(Formatting.day(review.lastPractisedAt)): \(review.lastRating.rawValue)")
        }
        if lines.isEmpty { lines.append("From the starter bank; you have not practised it yet") }
        return lines
    }
}
