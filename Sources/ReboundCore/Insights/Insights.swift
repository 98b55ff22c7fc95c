import Foundation

/// Works out the insights report from the user's interviews and practice. Pure: the caller
/// loads the data.
public enum Insights {
    public static func report(interviews: [InterviewFacts], practice: [PracticeFact]) -> InsightsReport {
        let ordered = interviews.sorted { $0.file.interview.start < $1.file.interview.start }
        return InsightsReport(
            interviewCount: ordered.count,
            setbacks: setbacks(ordered),
            strengths: strengths(ordered),
            ratings: ordered.compactMap(rated),
            funnel: funnel(ordered),
            thankYouDelays: ordered.compactMap(thankYouDelay),
            thankYousMissing: ordered.filter { !$0.file.interview.interviewers.isEmpty && $0.thankYousDoneAt.isEmpty }.count,
            thankYousLetGo: ordered.filter { !$0.thankYousDoneAt.isEmpty && thankYouDelay($0) == nil }.count,
            practiceWeeks: weeks(practice))
    }

    static func setbacks(_ interviews: [InterviewFacts]) -> [InsightsReport.SetbackCount] {
        SetbackKind.allCases.compactMap { kind in
            let perInterview = interviews.map { $0.file.debrief.wentWrong.filter { $0.kind == kind }.count }
            let notes = perInterview.reduce(0, +)
            return notes == 0 ? nil : InsightsReport.SetbackCount(kind: kind, notes: notes, interviews: perInterview.filter { $0 > 0 }.count)
        }.sorted { ($0.interviews, $0.notes) > ($1.interviews, $1.notes) }
    }

    /// Words of four letters or more, other than common ones, that appear in the "went well"
    /// notes of at least two interviews; the eight most widespread.
    static func strengths(_ interviews: [InterviewFacts]) -> [InsightsReport.Strength] {
        var seenIn: [String: Int] = [:]
        var example: [String: String] = [:]
        for interview in interviews {
            var words = Set<String>()
            for note in interview.file.debrief.wentWell {
                for word in contentWords(note) where words.insert(word).inserted {
                    if example[word] == nil { example[word] = note }
                }
            }
            for word in words { seenIn[word, default: 0] += 1 }
        }
        return seenIn.filter { $0.value >= 2 }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(8)
            .map { InsightsReport.Strength(word: $0.key, interviews: $0.value, example: example[$0.key] ?? "") }
    }

    static func contentWords(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
            .filter { $0.count >= 4 && !commonWords.contains($0) }
    }

    /// Words too common to say anything about what went well.
    static let commonWords: Set<String> = [
        "about", "after", "again", "also", "because", "been", "before", "being", "both", "could", "didn't", "does", "done",
        "each", "even", "from", "good", "great", "have", "here", "into", "just", "like", "made", "make", "many", "more",
        "most", "much", "only", "other", "over", "really", "same", "some", "such", "than", "that", "their", "them", "then",
        "there", "they", "this", "very", "well", "went", "were", "what", "when", "which", "while", "with", "would", "your",
        "i'm", "it's", "felt", "think", "thought", "seemed", "quite", "still", "time", "asked", "said", "told",
    ]

    static func rated(_ interview: InterviewFacts) -> InsightsReport.RatedInterview? {
        let questions = interview.file.debrief.questions
        guard !questions.isEmpty else { return nil }
        return InsightsReport.RatedInterview(company: interview.file.interview.company, start: interview.file.interview.start,
                                             strong: questions.filter { $0.rating == .strong }.count,
                                             ok: questions.filter { $0.rating == .ok }.count,
                                             weak: questions.filter { $0.rating == .weak }.count)
    }

    static func funnel(_ interviews: [InterviewFacts]) -> InsightsReport.Funnel {
        let statuses = interviews.map(\.file.interview.outcome.status)
        return InsightsReport.Funnel(interviews: statuses.count,
                                     movedForward: statuses.filter { $0 == .nextRound || $0 == .offer }.count,
                                     offers: statuses.filter { $0 == .offer }.count,
                                     rejected: statuses.filter { $0 == .rejected }.count,
                                     withdrawn: statuses.filter { $0 == .withdrawn }.count,
                                     waiting: statuses.filter { $0 == .pending }.count)
    }

    /// The time from the interview's end to the first thank-you marked sent. A thank-you
    /// marked done only after its step had lapsed says it was done, not when: it is not
    /// counted as a thank-you sent late.
    static func thankYouDelay(_ interview: InterviewFacts) -> InsightsReport.ThankYouDelay? {
        let facts = interview.file.interview
        let lapse = Playbook.lapse(of: .thankYou, for: facts)?.date
        guard let first = interview.thankYousDoneAt.filter({ lapse == nil || $0 <= lapse! }).min() else { return nil }
        return InsightsReport.ThankYouDelay(company: facts.company, start: facts.start,
                                            hours: max(0, first.timeIntervalSince(facts.effectiveEnd.date)) / 3600)
    }

    static func weeks(_ practice: [PracticeFact]) -> [InsightsReport.PracticeWeek] {
        var byWeek: [CivilDate: [AnswerRating]] = [:]
        for fact in practice {
            byWeek[monday(of: fact.practisedAt), default: []].append(fact.rating)
        }
        return byWeek.keys.sorted().map { monday in
            let ratings = byWeek[monday] ?? []
            return InsightsReport.PracticeWeek(monday: monday, strong: ratings.filter { $0 == .strong }.count,
                                               ok: ratings.filter { $0 == .ok }.count, weak: ratings.filter { $0 == .weak }.count)
        }
    }

    /// The Monday (UTC) of the week `date` falls in.
    static func monday(of date: Date) -> CivilDate {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        // 1970-01-01 was a Thursday: days since a Monday are (days + 3) mod 7.
        let sinceMonday = ((days + 3) % 7 + 7) % 7
        return CivilDate(daysSinceEpoch: days - sinceMonday)
    }
}
