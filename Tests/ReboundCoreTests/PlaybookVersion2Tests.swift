@testable import ReboundCore
import Testing

/// Version 2 of the playbook (`contracts/playbook.md`): steps whose moment passes, a check-in
/// when the employer goes quiet, and what to do with an offer.
@Suite struct PlaybookVersion2Tests {
    func plan(_ file: InterviewFile, at now: String) -> RecoveryPlan { RecoveryPlan(for: file, now: Fixtures.stamp(now)) }
    func step(_ plan: RecoveryPlan, _ kind: StepKind, who: String? = nil) -> PlanStep? {
        plan.steps.first { $0.kind == kind && (who == nil || $0.who == who) }
    }

    // MARK: Lapsed steps

    @Test func aThankYouLapsesAWeekAfterItsDueAndMovesToTheEndMuted() throws {
        let file = Fixtures.interview()  // Friday 20 November, New York
        let week = plan(file, at: "2026-11-27T12:00:00-05:00")
        let stillLate = try #require(step(week, .thankYou))
        #expect(stillLate.lapses?.rfc3339 == "2026-11-27T23:59:59-05:00" && stillLate.late && !stillLate.lapsed)

        let after = plan(file, at: "2026-11-28T00:00:00-05:00")
        let lapsed = try #require(step(after, .thankYou))
        #expect(lapsed.lapsed && !lapsed.late, "a lapsed step is neither late nor upcoming")
        #expect(lapsed.due.rfc3339 == "2026-11-20T23:59:59-05:00", "it keeps its nominal due")
        #expect(lapsed.detail != stillLate.detail && lapsed.detail.contains("let this one go"))
        // Late first, then upcoming by due, then lapsed.
        let states = after.steps.map { $0.late ? 0 : $0.lapsed ? 2 : 1 }
        #expect(states == states.sorted())
        #expect(after.steps.suffix(3).allSatisfy { $0.lapsed }, "two thank-yous and the call have lapsed")
    }

    @Test func aStepLapsesOnlyOnceItsLapseTimeIsBeforeNow() throws {
        let file = Fixtures.interview()
        #expect(try #require(step(plan(file, at: "2026-11-27T23:59:59-05:00"), .thankYou)).late)
        #expect(try #require(step(plan(file, at: "2026-11-28T00:00:00-05:00"), .thankYou)).lapsed)
    }

    @Test func lapseSpansAreElapsedTimeAcrossAClockChange() throws {
        // New York leaves summer time on Sunday 1 November 2026: seven days of 24 hours after
        // 23:59:59 on Friday 30 October are 22:59:59 on the clock a week later.
        let file = Fixtures.interview(start: "2026-10-30T10:30:00-04:00", end: "2026-10-30T11:15:00-04:00")
        let result = plan(file, at: "2026-10-30T18:00:00-04:00")
        let thanks = try #require(step(result, .thankYou))
        #expect(thanks.due.rfc3339 == "2026-10-30T23:59:59-04:00")
        #expect(thanks.lapses?.rfc3339 == "2026-11-06T22:59:59-05:00")
        // The call is due at the end of Monday 2 November and lapses 72 hours later.
        let call = try #require(step(result, .callToElaborate))
        #expect(call.due.rfc3339 == "2026-11-02T23:59:59-05:00" && call.lapses?.rfc3339 == "2026-11-05T23:59:59-05:00")
    }

    @Test func aFeedbackRequestLapsesTwoWeeksAfterItsDue() throws {
        let file = Fixtures.interview(status: .rejected, outcomeAt: "2026-11-24T09:00:00-05:00")
        let ask = try #require(step(plan(file, at: "2026-11-24T10:00:00-05:00"), .askFeedback))
        #expect(ask.due.rfc3339 == "2026-11-26T09:00:00-05:00" && ask.lapses?.rfc3339 == "2026-12-10T09:00:00-05:00")
        #expect(try #require(step(plan(file, at: "2026-12-10T09:00:01-05:00"), .askFeedback)).lapsed)
        #expect(try #require(step(plan(file, at: "2026-12-10T09:00:01-05:00"), .stayInTouch)).lapses == nil)
    }

    @Test func preparingForTheNextRoundLapsesWhenTheRoundStarts() throws {
        let known = Fixtures.interview(status: .nextRound, outcomeAt: "2026-11-23T10:00:00-05:00",
                                       nextRoundAt: "2026-12-01T14:00:00-05:00")
        #expect(try #require(step(plan(known, at: "2026-12-01T13:00:00-05:00"), .prepareNextRound)).late)
        let started = try #require(step(plan(known, at: "2026-12-01T14:00:01-05:00"), .prepareNextRound))
        #expect(started.lapsed && started.lapses?.rfc3339 == "2026-12-01T14:00:00-05:00")
        // Invited back: the old thank-you lapses like any other, and stops shouting "late".
        #expect(try #require(step(plan(known, at: "2026-11-30T09:00:00-05:00"), .thankYou)).lapsed)
        let unknown = Fixtures.interview(status: .nextRound, outcomeAt: "2026-11-23T10:00:00-05:00")
        #expect(try #require(step(plan(unknown, at: "2027-06-01T00:00:00Z"), .prepareNextRound)).lapses == nil)
    }

    @Test func onlyStepsThatCanLapseCarryALapseTime() {
        let kinds: Set<StepKind> = [.thankYou, .callToElaborate, .askFeedback, .prepareNextRound]
        for status in OutcomeStatus.allCases {
            let file = Fixtures.interview(status: status, outcomeAt: status == .pending ? nil : "2026-11-23T10:00:00-05:00",
                                          nextRoundAt: status == .nextRound ? "2026-12-01T14:00:00-05:00" : nil)
            for step in plan(file, at: "2026-11-20T18:00:00-05:00").steps {
                #expect((step.lapses != nil) == kinds.contains(step.kind), "\(status.rawValue): \(step.kind.rawValue)")
                if let lapses = step.lapses { #expect(lapses > step.due) }
            }
        }
    }

    @Test func theJSONSaysLapsesOnlyForStepsThatLapse() throws {
        let result = plan(Fixtures.interview(), at: "2026-12-01T12:00:00-05:00")
        guard case .object(let root) = result.jsonValue, case .array(let steps)? = root.first(where: { $0.key == "steps" })?.value
        else { Issue.record("not a steps object"); return }
        for (json, step) in zip(steps, result.steps) {
            guard case .object(let members) = json else { continue }
            let keys = Set(members.map(\.key))
            #expect(keys.contains("lapses") == (step.lapses != nil) && keys.contains("lapsed"))
            if step.lapsed { #expect(members.contains { $0.key == "lapsed" && $0.value == .bool(true) }) }
        }
    }

    // MARK: Checking in after silence

    @Test func withoutADateTheCheckInIsDueSevenBusinessDaysAfterTheInterview() throws {
        // Friday 20 November: seven business days later is Tuesday 1 December.
        let checkIn = try #require(step(plan(Fixtures.interview(), at: "2026-11-20T18:00:00-05:00"), .checkIn))
        #expect(checkIn.due.rfc3339 == "2026-12-01T23:59:59-05:00" && checkIn.lapses == nil && !checkIn.optional)
        #expect(checkIn.who == "Sam Ortiz", "the recruiter comes first")
        #expect(checkIn.draft == .checkIn)
    }

    @Test func withTheEmployersDateTheCheckInIsDueTwoBusinessDaysAfterIt() throws {
        var file = Fixtures.interview()
        // Thursday 3 December late in the evening in New York is already Friday in UTC; the day
        // is reckoned in the interview's zone: two business days after Thursday is Monday.
        file.interview.decisionBy = Fixtures.stamp("2026-12-04T03:00:00Z")
        let checkIn = try #require(step(plan(file, at: "2026-11-20T18:00:00-05:00"), .checkIn))
        #expect(checkIn.due.rfc3339 == "2026-12-07T23:59:59-05:00")
    }

    @Test func theCheckInGoesToTheRecruiterElseTheHiringManagerElseTheFirstInterviewer() throws {
        let noRecruiter = Fixtures.interview(contacts: [Contact(name: "Rosa Alvarez", relation: .mentor)])
        #expect(step(plan(noRecruiter, at: "2026-11-20T18:00:00-05:00"), .checkIn)?.who == "Dana Reyes")
        let noManager = Fixtures.interview(interviewers: [Interviewer(name: "Marcus Bell"), Interviewer(name: "Aiko Tanaka")],
                                           contacts: [])
        #expect(step(plan(noManager, at: "2026-11-20T18:00:00-05:00"), .checkIn)?.who == "Marcus Bell")
    }

    @Test func aCheckInIsOnlyForAJobStillWantedAndNotYetDecided() {
        for status in OutcomeStatus.allCases where status != .pending {
            let file = Fixtures.interview(status: status, outcomeAt: "2026-11-23T10:00:00-05:00")
            #expect(step(plan(file, at: "2026-11-20T18:00:00-05:00"), .checkIn) == nil, "\(status.rawValue)")
        }
        #expect(step(plan(Fixtures.interview(wantsJob: false), at: "2026-11-20T18:00:00-05:00"), .checkIn) == nil)
    }

    @Test func aDecisionDateBeforeTheInterviewIsRefusedWithItsPath() throws {
        var file = Fixtures.interview()
        file.interview.decisionBy = Fixtures.stamp("2026-11-19T12:00:00-05:00")
        #expect(throws: InterviewFileError.self) { try InterviewFile(json: file.jsonText()) }
        do {
            _ = try InterviewFile(json: file.jsonText())
        } catch {
            #expect(error.description.hasPrefix("interview.decisionBy: is before interview.start"))
        }
        file.interview.decisionBy = Fixtures.stamp("2026-11-27T12:00:00+00:00")
        #expect(try InterviewFile(json: file.jsonText()) == file, "the date is written and read back with its offset")
    }

    // MARK: Offers

    @Test func anOfferIsAnsweredByTheNextBusinessDayAfterHearing() throws {
        // Heard on a Friday evening: the answer is due at the end of Monday.
        let file = Fixtures.interview(status: .offer, outcomeAt: "2026-11-27T18:30:00-05:00")
        let answer = try #require(step(plan(file, at: "2026-11-27T19:00:00-05:00"), .answerOffer))
        #expect(answer.due.rfc3339 == "2026-11-30T23:59:59-05:00" && answer.who == "Dana Reyes")
        let noManager = Fixtures.interview(status: .offer, outcomeAt: "2026-11-27T18:30:00-05:00",
                                           interviewers: [Interviewer(name: "Marcus Bell"), Interviewer(name: "Aiko Tanaka")])
        #expect(step(plan(noManager, at: "2026-11-27T19:00:00-05:00"), .answerOffer)?.who == "Marcus Bell")
    }

    @Test func anOfferIsNotLatePracticeOrAThankYouChase() {
        let file = Fixtures.interview(status: .offer, outcomeAt: "2027-01-05T10:00:00-05:00")
        let kinds = Set(plan(file, at: "2027-01-05T11:00:00-05:00").steps.map(\.kind))
        #expect(kinds == [.revisitNotes, .answerOffer, .shareNews])
    }
}

@Suite struct OfferReplyDateTests {
    @Test func theReplyNeverPromisesADayGonePast() throws {
        // Found by a review: opened a week after hearing, the reply offered an answer "by" a day gone.
        let file = Fixtures.interview(status: .offer, outcomeAt: "2026-12-01T10:00:00-05:00")  // Tuesday
        let onTime = try #require(DraftWriter(file: file, now: Fixtures.stamp("2026-12-01T12:00:00-05:00")).drafts().first { $0.kind == .answerOffer })
        #expect(onTime.body.contains("by Monday 7 December"))
        let late = try #require(DraftWriter(file: file, now: Fixtures.stamp("2026-12-09T12:00:00-05:00")).drafts().first { $0.kind == .answerOffer })
        #expect(late.body.contains("by Tuesday 15 December"), "\(late.body)")
    }
}
