import Foundation
import ReboundCore
import Testing

@Suite("Practice queue")
struct PracticeQueueTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func asked(_ text: String, rating: AnswerRating, daysAgo: Double) -> (text: String, asked: AskedQuestion) {
        (text, AskedQuestion(interviewID: "i-\(text.count)", company: "Northwind", role: "Analyst",
                             askedAt: now.addingTimeInterval(-daysAgo * 86_400), rating: rating, betterAnswer: nil))
    }

    func state(due daysFromNow: Double, last: AnswerRating) -> ReviewState {
        ReviewState(streak: 1, ease: 2.5, intervalDays: 1, dueAt: now.addingTimeInterval(daysFromNow * 86_400),
                    lastPractisedAt: now.addingTimeInterval(-86_400), lastRating: last)
    }

    @Test("due questions come first (weak last time before the most overdue), then new own questions weak first, then a few starter ones")
    func order() {
        let bank = QuestionBank(asked: [
            asked("Own weak, never practised", rating: .weak, daysAgo: 5),
            asked("Own ok, never practised, newer", rating: .ok, daysAgo: 1),
            asked("Due and weak last time", rating: .ok, daysAgo: 9),
            asked("Due long ago", rating: .ok, daysAgo: 9),
            asked("Not due yet", rating: .weak, daysAgo: 9),
        ], reviews: [
            .own("Due and weak last time"): state(due: -0.5, last: .weak),
            .own("Due long ago"): state(due: -3, last: .ok),
            .own("Not due yet"): state(due: 2, last: .ok),
        ], starter: Array(StarterBank.questions.prefix(4)))
        let queue = PracticeQueue.questions(from: bank, at: now, limit: 10, newStarterLimit: 2)
        #expect(queue.map(\.text) == [
            "Due and weak last time", "Due long ago", "Own weak, never practised", "Own ok, never practised, newer",
            StarterBank.questions[0].text, StarterBank.questions[1].text,
        ])
    }

    @Test("the queue keeps to its limit and to the filter")
    func limitAndFilter() {
        let bank = QuestionBank(asked: [], reviews: [:])
        #expect(PracticeQueue.questions(from: bank, at: now, limit: 3, newStarterLimit: 10).count == 3)
        let salary = PracticeQueue.questions(from: bank, filter: BankFilter(kind: .salary), at: now, limit: 10, newStarterLimit: 10)
        #expect(!salary.isEmpty)
        #expect(salary.allSatisfy { $0.kind == .salary })
    }

    @Test("a question practised today is not asked again until the schedule says so")
    func respectsSchedule() {
        let practised = PracticeScheduler.practised(nil, rating: .ok, at: now)
        let bank = QuestionBank(asked: [], reviews: [.starter("b01"): practised], starter: [StarterBank.questions[0]])
        #expect(PracticeQueue.questions(from: bank, at: now.addingTimeInterval(3600)).isEmpty)
        #expect(PracticeQueue.questions(from: bank, at: practised.dueAt).map(\.key) == [.starter("b01")])
    }
}

@Suite("Practice sitting")
struct PracticeSessionTests {
    @Test("a question rated weak is asked once more at the end of the sitting, not again after that")
    func weakComesBackOnce() {
        let questions = StarterBank.questions.prefix(2).map {
            BankQuestion(key: .starter($0.id), text: $0.text, kind: $0.kind, fields: $0.fields, asked: [], review: nil)
        }
        var sitting = PracticeSession(questions: Array(questions))
        #expect(sitting.current?.key == .starter("b01"))
        sitting.rate(.weak)
        #expect(sitting.current?.key == .starter("b02"))
        #expect(!sitting.isRepeat)
        sitting.rate(.ok)
        #expect(sitting.current?.key == .starter("b01"))
        #expect(sitting.isRepeat)
        sitting.rate(.weak)
        #expect(sitting.current == nil)
        #expect(sitting.tally == [.weak: 2, .ok: 1])
    }
}
