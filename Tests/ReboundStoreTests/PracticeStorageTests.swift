import Foundation
import ReboundCore
import ReboundStore
import Testing

@Suite("Store: practice")
struct PracticeStorageTests {
    let now = StoreFixtures.now

    @Test("the questions of every debrief are listed with their interview, oldest interview first, and only the user's own")
    func askedQuestions() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true), bo = StoreFixtures.user("bo")
            try await store.createUser(ana)
            try await store.createUser(bo)
            try await store.saveInterview(StoreFixtures.interview("later", company: "Contoso", start: "2026-11-22T09:00:00-05:00"), of: ana.id)
            try await store.saveInterview(StoreFixtures.interview("earlier"), of: ana.id)
            try await store.saveInterview(StoreFixtures.interview("bos"), of: bo.id)
            let asked = try await store.askedQuestions(of: ana.id)
            #expect(asked.map(\.asked.interviewID) == ["earlier", "later"])
            #expect(asked.map(\.asked.company) == ["Northwind Traders", "Contoso"])
            #expect(asked.allSatisfy { $0.text == "Tell me about a time you led a team." && $0.asked.rating == .weak })
            #expect(try await store.owner()?.id == ana.id)
        }
    }

    @Test("a practised answer is kept with the question's new place in the schedule; practising again replaces the place, keeps both answers")
    func recordsPractice() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true), bo = StoreFixtures.user("bo")
            try await store.createUser(ana)
            try await store.createUser(bo)
            let key = QuestionKey.starter("b03")
            let first = PracticeScheduler.practised(nil, rating: .strong, at: now)
            try await store.recordPractice(PracticeAttempt(id: "a1", questionKey: key, questionText: "A mistake?", practisedAt: now,
                                                           rating: .strong, outline: "Situation: the audit", seconds: 95),
                                           review: first, of: ana.id)
            let later = now.addingTimeInterval(86_400)
            let second = PracticeScheduler.practised(first, rating: .weak, at: later)
            try await store.recordPractice(PracticeAttempt(id: "a2", questionKey: key, questionText: "A mistake?", practisedAt: later,
                                                           rating: .weak, outline: "", seconds: nil),
                                           review: second, of: ana.id)
            let reviews = try await store.practiceReviews(of: ana.id)
            #expect(reviews == [key: second])
            #expect(abs(try #require(reviews[key]).ease - 2.6) < 1e-9)
            let attempts = try await store.practiceAttempts(of: ana.id, limit: nil)
            #expect(attempts.map(\.id) == ["a2", "a1"])
            #expect(attempts.last?.seconds == 95)
            #expect(attempts.last?.outline == "Situation: the audit")
            #expect(try await store.practiceAttempts(of: ana.id, limit: 1).map(\.id) == ["a2"])
            #expect(try await store.practiceReviews(of: bo.id).isEmpty, "another user sees nothing")
            #expect(try await store.practiceAttempts(of: bo.id, limit: nil).isEmpty)

            try await store.deleteUser(ana.id)
            #expect(try await store.practiceReviews(of: ana.id).isEmpty, "deleting the account deletes the practice")
            #expect(try await store.practiceAttempts(of: ana.id, limit: nil).isEmpty)
        }
    }

    @Test("imported answers are added once, another account's IDs are never reused, and the schedule is worked out again from all answers")
    func importsPractice() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true), bo = StoreFixtures.user("bo")
            try await store.createUser(ana)
            try await store.createUser(bo)
            let key = QuestionKey.starter("m02")
            func attempt(_ id: String, _ days: Double, _ rating: AnswerRating) -> PracticeAttempt {
                PracticeAttempt(id: id, questionKey: key, questionText: "Why do you want this job?",
                                practisedAt: now.addingTimeInterval(days * 86_400), rating: rating, outline: "Growth", seconds: nil)
            }
            let answers = [attempt("p1", 0, .weak), attempt("p2", 1, .ok), attempt("p3", 2, .strong)]
            try await store.recordPractice(answers[0], review: PracticeScheduler.practised(nil, rating: .weak, at: answers[0].practisedAt),
                                           of: bo.id)
            try await store.importInterviews([], practice: answers, of: ana.id, newID: { InterviewID("fresh-\(UUID().uuidString)") })
            try await store.importInterviews([], practice: answers, of: ana.id, newID: { InterviewID("fresh-\(UUID().uuidString)") })
            let kept = try await store.practiceAttempts(of: ana.id, limit: nil)
            #expect(kept.count == 3, "importing twice adds nothing the second time")
            #expect(!kept.contains { $0.id == "p1" }, "Bo's answer ID is not taken over")
            #expect(kept.map(\.id).filter { $0 != "p1" }.contains("p2"))
            var expected: ReviewState?
            for answer in answers { expected = PracticeScheduler.practised(expected, rating: answer.rating, at: answer.practisedAt) }
            #expect(try await store.practiceReviews(of: ana.id) == [key: try #require(expected)])
            #expect(try await store.practiceAttempts(of: bo.id, limit: nil).map(\.id) == ["p1"], "Bo's answers are untouched")
        }
    }
}
