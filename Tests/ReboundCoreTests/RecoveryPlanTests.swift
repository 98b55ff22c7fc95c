@testable import ReboundCore
import Testing

@Suite struct RecoveryPlanTests {
    let evening = Fixtures.stamp("2026-11-20T18:00:00-05:00")

    func plan(_ file: InterviewFile, at now: Timestamp? = nil) -> RecoveryPlan { RecoveryPlan(for: file, now: now ?? evening) }

    func steps(_ plan: RecoveryPlan, _ kind: StepKind) -> [PlanStep] { plan.steps.filter { $0.kind == kind } }

    @Test func aPendingInterviewGetsTheWholePlaybook() {
        let kinds = plan(Fixtures.interview()).steps.map(\.kind.rawValue)
        #expect(kinds == ["thank-you", "thank-you", "brief-reference", "revisit-notes", "practice", "talk-it-through",
                          "keep-going", "call-to-elaborate", "tell-connection", "tell-connection", "check-in"])
    }

    @Test func thankYousAreDueAtTheEndOfTheInterviewDayForEachInterviewer() {
        let thankYous = steps(plan(Fixtures.interview()), .thankYou)
        #expect(thankYous.map(\.who) == ["Dana Reyes", "Marcus Bell"])
        #expect(thankYous.allSatisfy { $0.due.rfc3339 == "2026-11-20T23:59:59-05:00" && !$0.late && !$0.optional })
        #expect(thankYous.allSatisfy { $0.draft == .thankYou })
    }

    @Test func thankingStaysEvenWhenTheUserNoLongerWantsTheJob() {
        let kinds = Set(plan(Fixtures.interview(wantsJob: false)).steps.map(\.kind))
        #expect(kinds == [.thankYou, .revisitNotes, .practice, .talkItThrough, .keepGoing])
    }

    @Test func aFridayInterviewsBusinessDayStepsFallOnMonday() {
        let result = plan(Fixtures.interview())
        let call = steps(result, .callToElaborate)
        #expect(call.count == 1 && call[0].who == "Dana Reyes" && call[0].optional)
        #expect(call[0].due.rfc3339 == "2026-11-23T23:59:59-05:00")
        #expect(steps(result, .tellConnection).allSatisfy { $0.due.rfc3339 == "2026-11-23T23:59:59-05:00" })
    }

    @Test func elapsedDurationsCountFromTheEndOfTheInterview() {
        let result = plan(Fixtures.interview())
        #expect(steps(result, .briefReference)[0].due.rfc3339 == "2026-11-21T11:15:00-05:00")
        #expect(steps(result, .revisitNotes)[0].due.rfc3339 == "2026-11-22T11:15:00-05:00")
        #expect(steps(result, .practice)[0].due.rfc3339 == "2026-11-23T11:15:00-05:00")
        #expect(steps(result, .practice)[0].about == "Tell me about a time you led a team.")
    }

    @Test func withoutAnEndTheInterviewLastsAnHour() {
        let result = plan(Fixtures.interview(end: nil))
        #expect(steps(result, .revisitNotes)[0].due.rfc3339 == "2026-11-22T11:30:00-05:00")
    }

    @Test func acrossTheAutumnClockChangeTheLocalTimeMovesByAnHour() {
        // New York falls back on Sunday 1 November 2026 at 02:00.
        let file = Fixtures.interview(start: "2026-10-30T14:00:00-04:00", end: "2026-10-30T15:00:00-04:00")
        let result = plan(file, at: Fixtures.stamp("2026-10-30T16:00:00-04:00"))
        #expect(steps(result, .thankYou)[0].due.rfc3339 == "2026-10-30T23:59:59-04:00")
        #expect(steps(result, .revisitNotes)[0].due.rfc3339 == "2026-11-01T14:00:00-05:00")
        #expect(steps(result, .callToElaborate)[0].due.rfc3339 == "2026-11-02T23:59:59-05:00")
    }

    @Test func acrossTheSpringClockChangeTheLocalTimeMovesTheOtherWay() {
        // New York springs forward on Sunday 8 March 2026 at 02:00.
        let file = Fixtures.interview(start: "2026-03-06T09:00:00-05:00", end: "2026-03-06T10:00:00-05:00")
        let result = plan(file, at: Fixtures.stamp("2026-03-06T11:00:00-05:00"))
        #expect(steps(result, .revisitNotes)[0].due.rfc3339 == "2026-03-08T11:00:00-04:00")
        #expect(steps(result, .callToElaborate)[0].due.rfc3339 == "2026-03-09T23:59:59-04:00")
    }

    @Test func theInterviewsDayIsReckonedInItsOwnZone() {
        // 23:30 in New York is already the next day in UTC; the thank-you is still due that New York evening.
        let file = Fixtures.interview(start: "2026-11-20T22:30:00-05:00", end: "2026-11-20T23:30:00-05:00")
        #expect(steps(plan(file), .thankYou)[0].due.rfc3339 == "2026-11-20T23:59:59-05:00")
    }

    @Test func stepsPastDueAreLateAndComeFirstWithLateAdvice() {
        let result = plan(Fixtures.interview(), at: Fixtures.stamp("2026-11-22T12:00:00-05:00"))
        let late = result.steps.prefix { $0.late }
        #expect(Set(late.map(\.kind)) == [.thankYou, .briefReference, .revisitNotes])
        #expect(result.steps.dropFirst(late.count).allSatisfy { !$0.late })
        let thankYou = steps(result, .thankYou)[0]
        #expect(thankYou.due.rfc3339 == "2026-11-20T23:59:59-05:00")
        #expect(thankYou.detail.contains("still counts"))
    }

    @Test func theInsidersStepCarriesACaution() {
        let connections = steps(plan(Fixtures.interview()), .tellConnection)
        let insider = connections.first { $0.who == "Lee Chen" }
        #expect(insider?.caution?.contains("conflict of interest") == true)
        #expect(connections.first { $0.who == "Sam Ortiz" }?.caution == nil)
    }

    @Test func referencesAreBriefedOnlyWhenTheEmployerMayCallThem() {
        let file = Fixtures.interview(contacts: [Contact(name: "Jordan Lee", relation: .reference)])
        #expect(steps(plan(file), .briefReference).isEmpty)
    }

    @Test func noWeakQuestionMeansNoCallAndNoPractice() {
        let file = Fixtures.interview(questions: [InterviewQuestion(text: "Why us?", rating: .ok)])
        let kinds = Set(plan(file).steps.map(\.kind))
        #expect(!kinds.contains(.callToElaborate) && !kinds.contains(.practice))
    }

    @Test func aRejectionBringsFeedbackAndStayingInTouch() {
        let file = Fixtures.interview(status: .rejected, outcomeAt: "2026-11-25T09:00:00-05:00")
        let result = plan(file)
        #expect(Set(result.steps.map(\.kind)) == [.revisitNotes, .practice, .askFeedback, .stayInTouch, .talkItThrough, .keepGoing])
        #expect(steps(result, .askFeedback)[0].due.rfc3339 == "2026-11-27T09:00:00-05:00")
        #expect(steps(result, .stayInTouch)[0].due.rfc3339 == "2026-12-02T09:00:00-05:00")
        let notWanted = plan(Fixtures.interview(status: .rejected, wantsJob: false, outcomeAt: "2026-11-25T09:00:00-05:00"))
        #expect(steps(notWanted, .stayInTouch).isEmpty && steps(notWanted, .askFeedback).count == 1)
    }

    @Test func aNextRoundIsPreparedADayAhead() {
        let known = plan(Fixtures.interview(status: .nextRound, outcomeAt: "2026-11-23T10:00:00-05:00",
                                            nextRoundAt: "2026-12-01T14:00:00-05:00"))
        #expect(steps(known, .prepareNextRound)[0].due.rfc3339 == "2026-11-30T14:00:00-05:00")
        #expect(steps(known, .callToElaborate).isEmpty && steps(known, .thankYou).count == 2)
        let unknown = plan(Fixtures.interview(status: .nextRound, outcomeAt: "2026-11-23T10:00:00-05:00"))
        #expect(steps(unknown, .prepareNextRound)[0].due.rfc3339 == "2026-11-23T11:15:00-05:00")
    }

    @Test func anOfferIsAnsweredAndSharedWithEveryoneWhoHelped() {
        // Heard on Monday 23 November: answer by the end of Tuesday, share the news within the week.
        let result = plan(Fixtures.interview(status: .offer, outcomeAt: "2026-11-23T10:00:00-05:00"))
        #expect(result.steps.map(\.kind) == [.revisitNotes, .answerOffer, .shareNews, .shareNews, .shareNews, .shareNews])
        let answer = steps(result, .answerOffer)[0]
        #expect(answer.who == "Dana Reyes" && answer.due.rfc3339 == "2026-11-24T23:59:59-05:00" && !answer.optional)
        #expect(answer.draft == .answerOffer && answer.lapses == nil && answer.title.contains("offer"))
        let news = steps(result, .shareNews)
        #expect(news.map(\.who) == ["Sam Ortiz", "Priya Natarajan", "Lee Chen", "Rosa Alvarez"])
        #expect(news.allSatisfy { $0.optional && $0.due.rfc3339 == "2026-11-30T10:00:00-05:00" && $0.draft == .shareNews })
        #expect(news.allSatisfy { $0.caution == nil }, "an offer is made: no conflict of interest to warn about")
    }

    @Test func withdrawingKeepsOnlyTheStepsForTheUser() {
        let result = plan(Fixtures.interview(status: .withdrawn, outcomeAt: "2026-11-21T10:00:00-05:00"))
        #expect(Set(result.steps.map(\.kind)) == [.revisitNotes, .practice, .talkItThrough, .keepGoing])
    }

    @Test func everyStepSaysWhatToDoWhyAndHowLongInPlainWords() {
        for status in OutcomeStatus.allCases {
            let file = Fixtures.interview(status: status, outcomeAt: status == .pending ? nil : "2026-11-23T10:00:00-05:00")
            for step in plan(file).steps + plan(file, at: Fixtures.stamp("2027-01-01T00:00:00Z")).steps {
                #expect(!step.title.isEmpty && !step.title.contains("{"))
                // A lapsed step is let go, so it says why that is fine instead of how long it takes.
                #expect(step.lapsed || step.detail.contains("minute") || step.detail.contains("hour"))
                #expect(!step.detail.contains("{") && step.detail.count > 80)
            }
        }
    }

    @Test func stepsComeSortedByDueTime() {
        let dues = plan(Fixtures.interview()).steps.map(\.due)
        #expect(dues == dues.sorted())
    }

    @Test func anOutlineGivesTheSamePlanAtEveryMoment() throws {
        // Outlines are kept and looked at later: at each step's due time, just before and
        // after it, long before and long after, the plan they give is the plan itself.
        for file in [Fixtures.interview(), try Fixtures.example("rejected.json"), GeneratedInterviews.make(seed: 7),
                     Fixtures.interview(status: .nextRound, outcomeAt: "2026-11-23T10:00:00-05:00",
                                        nextRoundAt: "2026-12-01T14:00:00-05:00"),
                     GeneratedInterviews.make(seed: 31)] {
            let outline = RecoveryPlan.Outline(for: file)
            let steps = RecoveryPlan(for: file, now: evening).steps
            let dues = steps.map(\.due.seconds) + steps.compactMap(\.lapses?.seconds)
            let moments: [Int64] = dues.flatMap { [$0 - 1, $0, $0 + 1] } + [0, 4_000_000_000]
            for seconds in moments {
                let now = Timestamp(seconds: seconds, offsetSeconds: 0)
                #expect(RecoveryPlan(outline, now: now) == RecoveryPlan(for: file, now: now), "at \(now)")
            }
        }
    }
}
