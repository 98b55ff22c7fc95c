import Foundation
import ReboundCore
import ReboundStore
import Testing

@Suite("Storage: interviews, steps and drafts")
struct InterviewStorageTests {
    @Test("an interview reads back equal, and its plan's steps are stored with their due times")
    func saveAndRead() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            let interview = StoreFixtures.interview("i1", stage: .questions)
            #expect(try await store.saveInterview(interview, of: ana.id))
            #expect(try await store.interview(InterviewID("i1"), of: ana.id) == interview)
            let states = try await store.stepStates(of: InterviewID("i1"), of: ana.id)
            let expected = RecoveryPlan.dueTimes(of: interview.file).map(\.key)
            #expect(Set(states.map(\.key)) == Set(expected))
            #expect(states.allSatisfy { $0.doneAt == nil })
        }
    }

    @Test("the overview of an interview is the interview, its done marks and its working share links, for its owner only")
    func overview() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            let interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            let now = StoreFixtures.now
            let step = try #require(try await store.stepStates(of: interview.id, of: ana.id).first)
            #expect(try await store.markStep(step.key, of: interview.id, of: ana.id, doneAt: now))
            for (id, days) in [("week", 7.0), ("day", 1.0)] {
                #expect(try await store.createShareLink(ShareLink(id: id, tokenHash: "hash-\(id)", userID: ana.id, interviewID: interview.id,
                                                                  createdAt: now, expiresAt: now.addingTimeInterval(days * 86_400))))
            }

            let overview = try #require(try await store.interviewOverview(interview.id, of: ana.id, now: now))
            #expect(overview.interview == interview)
            #expect(overview.stepStates == (try await store.stepStates(of: interview.id, of: ana.id)))
            #expect(overview.stepStates.contains { $0.key == step.key && $0.doneAt == now })
            #expect(overview.shareLinks.map(\.id) == ["day", "week"], "oldest first, then by ID")
            let later = try #require(try await store.interviewOverview(interview.id, of: ana.id, now: now.addingTimeInterval(2 * 86_400)))
            #expect(later.shareLinks.map(\.id) == ["week"], "an expired link is left out")
            // Each overview ends its read, so a change made after one is seen by the next.
            #expect(try await store.markStep(step.key, of: interview.id, of: ana.id, doneAt: nil))
            #expect(try await store.interviewOverview(interview.id, of: ana.id, now: now)?.stepStates.allSatisfy { $0.doneAt == nil } == true)

            #expect(try await store.interviewOverview(interview.id, of: bo.id, now: now) == nil, "not someone else's")
            #expect(try await store.interviewOverview(InterviewID("nope"), of: ana.id, now: now) == nil)
        }
    }

    @Test("user B cannot read, change, delete or mark the steps of user A's interview, even knowing its ID")
    func scopedToOwner() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            let interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            let id = interview.id
            let step = RecoveryPlan.dueTimes(of: interview.file)[0].key
            let now = StoreFixtures.now

            #expect(try await store.interview(id, of: bo.id) == nil)
            var hijacked = interview
            hijacked.file.interview.company = "Taken over"
            #expect(try await store.saveInterview(hijacked, of: bo.id) == false)
            #expect(try await store.deleteInterview(id, of: bo.id) == false)
            #expect(try await store.markStep(step, of: id, of: bo.id, doneAt: now) == false)
            #expect(try await store.saveDraft(SavedDraft(key: "k", subject: "s", body: "b", updatedAt: now), of: id, of: bo.id) == false)
            #expect(try await store.stepStates(of: id, of: bo.id).isEmpty)
            #expect(try await store.savedDrafts(of: id, of: bo.id).isEmpty)
            #expect(try await store.interviews(of: bo.id, now: now).isEmpty)
            #expect(try await store.openSteps(of: bo.id, now: StoreFixtures.now, limit: 10).isEmpty)

            #expect(try await store.interview(id, of: ana.id) == interview)
            #expect(try await store.stepStates(of: id, of: ana.id).allSatisfy { $0.doneAt == nil })
        }
    }

    @Test("a step marked done stays done when the interview is saved again, and can be undone")
    func stepMarksSurviveSaves() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            var interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            let thankYou = StepKey(kind: .thankYou, who: "Dana Reyes", about: nil)
            let done = StoreFixtures.now
            #expect(try await store.markStep(thankYou, of: interview.id, of: ana.id, doneAt: done))
            #expect(try await store.markStep(StepKey(rawValue: "no-such-step"), of: interview.id, of: ana.id, doneAt: done) == false)

            interview.file.debrief.wentWell.append("Good rapport with the team")
            try await store.saveInterview(interview, of: ana.id)
            let states = try await store.stepStates(of: interview.id, of: ana.id)
            #expect(states.first { $0.key == thankYou }?.doneAt == done)

            try await store.markStep(thankYou, of: interview.id, of: ana.id, doneAt: nil)
            #expect(try await store.stepStates(of: interview.id, of: ana.id).allSatisfy { $0.doneAt == nil })
        }
    }

    @Test("when the outcome changes the stored steps follow the new plan")
    func outcomeChangesSteps() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            var interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            interview.file.interview.outcome = Outcome(status: .rejected, at: Timestamp(rfc3339: "2026-11-24T09:00:00-05:00")!)
            try await store.saveInterview(interview, of: ana.id)
            let kinds = Set(try await store.stepStates(of: interview.id, of: ana.id).map(\.key.rawValue))
            #expect(kinds == Set(RecoveryPlan.dueTimes(of: interview.file).map(\.key.rawValue)))
            #expect(kinds.contains { $0.hasPrefix(StepKind.askFeedback.rawValue) })
            #expect(try await store.interviews(of: ana.id, now: StoreFixtures.now).first?.status == .rejected)
        }
    }

    @Test("the dashboard lists interviews newest first with open and late counts, and open steps by due time")
    func dashboardQueries() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            try await store.saveInterview(StoreFixtures.interview("old", company: "Old Co", start: "2026-11-02T10:00:00-05:00"), of: ana.id)
            try await store.saveInterview(StoreFixtures.interview("new", company: "New Co", start: "2026-11-25T10:00:00-05:00"), of: ana.id)
            let now = StoreFixtures.now
            let list = try await store.interviews(of: ana.id, now: now)
            #expect(list.map(\.company) == ["New Co", "Old Co"])
            let old = try #require(list.last)
            // Everything of 2 November is past due on the 26th; the thank-yous and the call have
            // lapsed, and a lapsed step is neither open nor late.
            let steps = RecoveryPlan.dueTimes(of: StoreFixtures.file(start: "2026-11-02T10:00:00-05:00"))
            let notLapsed = steps.filter { step in step.lapses.map { $0.seconds >= Int64(now.timeIntervalSince1970) } ?? true }
            #expect(notLapsed.count < steps.count)
            #expect(old.openSteps == notLapsed.count)
            #expect(old.lateSteps == old.openSteps)
            #expect(list[0].lateSteps < list[0].openSteps)

            let open = try await store.openSteps(of: ana.id, now: StoreFixtures.now, limit: 5)
            #expect(open.count == 5)
            #expect(open.map(\.due) == open.map(\.due).sorted())
            #expect(open[0].company == "Old Co")
        }
    }

    /// "Co 1" to "Co 9", one a day from 1 November 2026.
    private func saveNineInterviews(of user: UserID, in store: any ReboundStorage) async throws {
        for day in 1...9 {
            try await store.saveInterview(StoreFixtures.interview("ana-\(day)", company: "Co \(day)",
                                                                  start: "2026-11-0\(day)T10:00:00-05:00"), of: user)
        }
    }

    @Test("the list comes a page at a time, newest first, with the same counts; the total is of all interviews")
    func dashboardPages() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            try await saveNineInterviews(of: ana.id, in: store)
            try await store.saveInterview(StoreFixtures.interview("bo-1"), of: bo.id)
            let now = StoreFixtures.now
            let all = try await store.interviews(of: ana.id, now: now)
            #expect(all.map(\.company) == (1...9).reversed().map { "Co \($0)" })
            let second = try await store.interviews(of: ana.id, now: now, limit: 4, offset: 4)
            #expect(second == Array(all[4..<8]))
            #expect(try await store.interviews(of: ana.id, now: now, limit: 4, offset: 8).map(\.company) == ["Co 1"])
            #expect(try await store.interviews(of: ana.id, now: now, limit: 4, offset: 20).isEmpty)
            #expect(try await store.interviewPage(of: ana.id, number: 1, size: 4, now: now).total == 9)
            #expect(try await store.interviewPage(of: bo.id, number: 1, size: 4, now: now).total == 1)
        }
    }

    @Test("a page of the dashboard comes with the total; a page before the first is the first, one past the end the last")
    func dashboardPageWithTotal() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            try await saveNineInterviews(of: ana.id, in: store)
            let now = StoreFixtures.now
            let all = try await store.interviews(of: ana.id, now: now)
            let nextDue = try await store.openSteps(of: ana.id, now: StoreFixtures.now, limit: 1_000).map(\.due).filter { $0 >= now }.min()
            let second = try await store.interviewPage(of: ana.id, number: 2, size: 4, now: now)
            #expect(second == InterviewPage(number: 2, pageCount: 3, total: 9, interviews: Array(all[4..<8]),
                                            countedAt: now, nextDue: nextDue))
            let pastTheEnd = try await store.interviewPage(of: ana.id, number: 7, size: 4, now: now)
            #expect(pastTheEnd == InterviewPage(number: 3, pageCount: 3, total: 9, interviews: [all[8]], countedAt: now, nextDue: nextDue))
            #expect(try await store.interviewPage(of: ana.id, number: -1, size: 4, now: now).interviews == Array(all[0..<4]))
            #expect(try await store.interviewPage(of: bo.id, number: 1, size: 4, now: now)
                == InterviewPage(number: 1, pageCount: 1, total: 0, interviews: [], countedAt: now, nextDue: nil))
        }
    }

    @Test("a page's late counts hold until the clock passes the next open step's due second, and no longer")
    func lateCountsHold() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            let interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            let dues = RecoveryPlan.dueTimes(of: interview.file).map { Date(timeIntervalSince1970: TimeInterval($0.due.seconds)) }.sorted()
            // Past the second of the first due time: that step is late, the next is not yet.
            let now = dues[0].addingTimeInterval(1.5)
            let next = try #require(dues.first { $0 > dues[0] })
            let page = try await store.interviewPage(of: ana.id, number: 1, size: 50, now: now)
            #expect(page.nextDue == next)
            #expect(page.countedAt == dues[0].addingTimeInterval(1), "counted in whole seconds, as stored")
            let lateAt = { (moment: Date) in try await store.interviewPage(of: ana.id, number: 1, size: 50, now: moment).interviews[0].lateSteps }
            for moment in [now, now.addingTimeInterval(-0.5), next.addingTimeInterval(-1), next, next.addingTimeInterval(0.9)] {
                #expect(page.countsHold(at: moment), "\(moment)")
                #expect(try await lateAt(moment) == page.interviews[0].lateSteps, "\(moment)")
            }
            for moment in [next.addingTimeInterval(1), now.addingTimeInterval(-1), dues[0]] {
                #expect(!page.countsHold(at: moment), "\(moment)")
            }
            #expect(try await lateAt(next.addingTimeInterval(1)) > page.interviews[0].lateSteps, "past it, one more is late")

            // With every step done there is nothing to become late.
            for step in try await store.stepStates(of: interview.id, of: ana.id) {
                try await store.markStep(step.key, of: interview.id, of: ana.id, doneAt: now)
            }
            let allDone = try await store.interviewPage(of: ana.id, number: 1, size: 50, now: now)
            #expect(allDone.nextDue == nil)
            #expect(allDone.countsHold(at: now.addingTimeInterval(365 * 86_400)))
        }
    }

    @Test("deleting an interview removes its steps and drafts")
    func deleteInterview() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            let interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            try await store.saveDraft(SavedDraft(key: "k", subject: "s", body: "b", updatedAt: StoreFixtures.now), of: interview.id, of: ana.id)
            #expect(try await store.deleteInterview(interview.id, of: ana.id))
            #expect(try await store.interview(interview.id, of: ana.id) == nil)
            #expect(try await store.stepStates(of: interview.id, of: ana.id).isEmpty)
            #expect(try await store.savedDrafts(of: interview.id, of: ana.id).isEmpty)
            #expect(try await store.openSteps(of: ana.id, now: StoreFixtures.now, limit: 10).isEmpty)
        }
    }

    @Test("an edited draft is kept, replaced by a later edit, and forgotten on request")
    func drafts() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            let interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            let now = StoreFixtures.now
            try await store.saveDraft(SavedDraft(key: "thank-you:Dana Reyes", subject: "Thanks", body: "one", updatedAt: now),
                                      of: interview.id, of: ana.id)
            try await store.saveDraft(SavedDraft(key: "thank-you:Dana Reyes", subject: "Thanks", body: "two", updatedAt: now),
                                      of: interview.id, of: ana.id)
            #expect(try await store.savedDrafts(of: interview.id, of: ana.id).map(\.body) == ["two"])
            try await store.discardDraft("thank-you:Dana Reyes", of: interview.id, of: ana.id)
            #expect(try await store.savedDrafts(of: interview.id, of: ana.id).isEmpty)
        }
    }

    @Test("an import of several interviews is saved whole or not at all")
    func importAllOrNothing() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            try await store.saveInterview(StoreFixtures.interview("bo-1"), of: bo.id)
            let batch = [StoreFixtures.interview("a-1"), StoreFixtures.interview("bo-1"), StoreFixtures.interview("a-2")]
            // An ID of Bo's is saved under a new ID for Ana; Bo's interview is untouched.
            let ids = try await store.importInterviews(batch.map { InterviewRecord(interview: $0) }, practice: [], of: ana.id,
                                                       newID: { InterviewID("fresh") })
            #expect(ids.map(\.rawValue) == ["a-1", "fresh", "a-2"])
            #expect(try await store.interviews(of: ana.id, now: StoreFixtures.now).count == 3)
            #expect(try await store.interviews(of: bo.id, now: StoreFixtures.now).map(\.id.rawValue) == ["bo-1"])

            // When any interview cannot be saved, nothing of the import is: here the fresh ID
            // handed out for a repeated one is taken.
            let before = try await store.interviews(of: ana.id, now: StoreFixtures.now).count
            await #expect(throws: StoreError.self) {
                try await store.importInterviews([InterviewRecord(interview: StoreFixtures.interview("c-1")),
                                                  InterviewRecord(interview: StoreFixtures.interview("c-1"))],
                                                 practice: [], of: ana.id, newID: { InterviewID("bo-1") })
            }
            #expect(try await store.interviews(of: ana.id, now: StoreFixtures.now).count == before)
        }
    }

    @Test("export everything gives back each interview with its done marks and edited drafts, and import restores them")
    func recordsRoundTrip() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            let interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            let key = try #require(try await store.stepStates(of: interview.id, of: ana.id).first?.key)
            try await store.markStep(key, of: interview.id, of: ana.id, doneAt: StoreFixtures.now)
            try await store.saveDraft(SavedDraft(key: "thank-you:Dana Reyes", subject: "Thanks", body: "Edited",
                                                 updatedAt: StoreFixtures.now), of: interview.id, of: ana.id)
            let records = try await store.interviewRecords(of: ana.id)
            #expect(records.count == 1)
            #expect(records.first?.doneSteps == [StepState(key: key, doneAt: StoreFixtures.now)])
            #expect(records.first?.drafts.map(\.body) == ["Edited"])
            #expect(try await store.interviewRecords(of: bo.id).isEmpty)

            // Restored over a changed copy, the marks and drafts come back as they were.
            try await store.markStep(key, of: interview.id, of: ana.id, doneAt: nil)
            try await store.discardDraft("thank-you:Dana Reyes", of: interview.id, of: ana.id)
            try await store.importInterviews(records, practice: [], of: ana.id, newID: { InterviewID("unused") })
            #expect(try await store.interviewRecords(of: ana.id) == records)
        }
    }

    @Test("text with quotes, SQL and non-ASCII characters is stored as written")
    func awkwardText() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            var interview = StoreFixtures.interview("i1")
            interview.file.interview.company = "O'Brien \"&\" Søn'); DROP TABLE interviews; --"
            interview.file.debrief.wentWell = ["<script>alert(1)</script>", "Zoë 👩🏽‍💻 naïve"]
            try await store.saveInterview(interview, of: ana.id)
            #expect(try await store.interview(interview.id, of: ana.id) == interview)
            #expect(try await store.interviews(of: ana.id, now: StoreFixtures.now).first?.company == interview.file.interview.company)
        }
    }
}
