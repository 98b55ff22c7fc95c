import Foundation
import ReboundCore
import Testing

@Suite("Insights across interviews")
struct InsightsTests {
    func interview(_ company: String, day: Int, status: OutcomeStatus = .pending, well: [String] = [],
                   wrong: [SetbackKind] = [], ratings: [AnswerRating] = [], thankYouAfterHours: Double? = nil) -> InterviewFacts {
        let start = Timestamp(rfc3339: "2026-10-\(day < 10 ? "0" : "")\(day)T10:00:00-04:00")!
        let file = InterviewFile(
            interview: Interview(company: company, role: "Analyst", start: start, end: start.adding(seconds: 3600),
                                 timeZone: Zone(identifier: "America/New_York")!, interviewers: [Interviewer(name: "Dana Reyes")],
                                 outcome: Outcome(status: status)),
            debrief: Debrief(wentWell: well, wentWrong: wrong.map { Setback(text: "noted", kind: $0) },
                             questions: ratings.enumerated().map { InterviewQuestion(text: "Q\($0.offset)", rating: $0.element) }))
        let sent = thankYouAfterHours.map { [start.adding(seconds: 3600).date.addingTimeInterval($0 * 3600)] } ?? []
        return InterviewFacts(file: file, thankYousDoneAt: sent)
    }

    @Test("what keeps going wrong is counted by kind, by how many interviews it spoils first")
    func setbacks() {
        let report = Insights.report(interviews: [
            interview("A", day: 1, wrong: [.nerves, .nerves, .blank]),
            interview("B", day: 8, wrong: [.blank]),
            interview("C", day: 15, wrong: [.blank, .logistics]),
        ], practice: [])
        #expect(report.setbacks.map(\.kind) == [.blank, .nerves, .logistics])
        #expect(report.setbacks.map(\.notes) == [3, 2, 1])
        #expect(report.setbacks.map(\.interviews) == [3, 1, 1])
    }

    @Test("what keeps going right is the words that come back in the went-well notes of two interviews or more")
    func strengths() {
        let report = Insights.report(interviews: [
            interview("A", day: 1, well: ["Told the rebrand story with numbers", "Good rapport"]),
            interview("B", day: 8, well: ["The rebrand story landed again"]),
            interview("C", day: 15, well: ["Asked sharp questions about the numbers"]),
        ], practice: [])
        #expect(report.strengths.map(\.word) == ["numbers", "rebrand", "story"])
        #expect(report.strengths.first?.interviews == 2)
        #expect(report.strengths.first?.example == "Told the rebrand story with numbers")
    }

    @Test("ratings are listed per interview, oldest first; the funnel counts how far interviews led")
    func ratingsAndFunnel() {
        let report = Insights.report(interviews: [
            interview("Later", day: 20, status: .offer, ratings: [.strong, .strong, .ok]),
            interview("Earlier", day: 2, status: .rejected, ratings: [.weak, .weak, .ok]),
            interview("Middle", day: 10, status: .nextRound),
            interview("Waiting", day: 25),
        ], practice: [])
        #expect(report.ratings.map(\.company) == ["Earlier", "Later"], "an interview with no rated question is left out")
        #expect(report.ratings.first.map { [$0.strong, $0.ok, $0.weak] } == [0, 1, 2])
        let funnel = report.funnel
        let counts: [Int] = [funnel.interviews, funnel.movedForward, funnel.offers, funnel.rejected, funnel.withdrawn, funnel.waiting]
        #expect(counts == [4, 2, 1, 1, 0, 1])
        #expect(report.isSmallSample)
    }

    @Test("thank-you speed is measured from the end of the interview to the first note marked sent; missing ones are counted")
    func thankYouSpeed() {
        let report = Insights.report(interviews: [
            interview("A", day: 1, thankYouAfterHours: 3),
            interview("B", day: 8, thankYouAfterHours: 30),
            interview("C", day: 15, thankYouAfterHours: 5),
            interview("D", day: 22),
        ], practice: [])
        #expect(report.thankYouHours == [3, 30, 5])
        #expect(report.medianThankYouHours == 5)
        #expect(report.thankYousMissing == 1)
        #expect(Insights.report(interviews: [], practice: []).medianThankYouHours == nil)
    }

    @Test("a thank-you marked done only after its step lapsed is not counted as one sent late, nor as missing")
    func lapsedThankYou() {
        // The step lapses seven days after the end of the interview's day: 20 days on is past it.
        let report = Insights.report(interviews: [
            interview("A", day: 1, thankYouAfterHours: 3),
            interview("B", day: 8, thankYouAfterHours: 20 * 24),
        ], practice: [])
        #expect(report.thankYouHours == [3])
        #expect(report.thankYousMissing == 0 && report.thankYousLetGo == 1)
    }

    @Test("practice is grouped by week from Monday, with the ratings of each week")
    func practiceWeeks() {
        let monday = Date(timeIntervalSince1970: 1_795_392_000)  // 2026-11-23, a Monday, 00:00 UTC
        let report = Insights.report(interviews: [], practice: [
            PracticeFact(practisedAt: monday.addingTimeInterval(-1), rating: .weak),       // Sunday before
            PracticeFact(practisedAt: monday, rating: .ok),
            PracticeFact(practisedAt: monday.addingTimeInterval(6 * 86_400 + 86_399), rating: .strong),  // that Sunday night
        ])
        #expect(report.practiceWeeks.map(\.monday.description) == ["2026-11-16", "2026-11-23"])
        #expect(report.practiceWeeks.last.map { [$0.strong, $0.ok, $0.weak] } == [1, 1, 0])
    }
}
