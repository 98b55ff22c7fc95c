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

@Suite("Mock interview")
struct MockInterviewTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test("a sheet opens and closes like a real interview, works in the user's weak questions, and favours the field")
    func sheet() {
        let weak = (1...6).map { index in
            ("My weak question \(index)?", AskedQuestion(interviewID: "i\(index)", company: "Northwind", role: "Nurse",
                                                        askedAt: now.addingTimeInterval(Double(index) * 86_400), rating: .weak, betterAnswer: nil))
        }
        let bank = QuestionBank(asked: weak, reviews: [:])
        let questions = MockInterview.questions(from: bank, field: .nursing, count: 10)
        #expect(questions.count == 10)
        #expect(questions.first?.key == .starter("m01"))
        #expect(questions.last?.key == .starter("c01"))
        #expect(questions.filter(\.isOwn).count == 4, "weak questions fill at most half of the middle")
        #expect(questions[1].text == "My weak question 6?", "the newest weak question first")
        #expect(questions.contains { $0.fields == [.nursing] })
        #expect(!questions.contains { !$0.fields.isEmpty && $0.fields != [.nursing] }, "no other field's questions")
        #expect(Set(questions.map(\.key)).count == questions.count, "no question twice")
        #expect(Set(questions.compactMap(\.kind)).count >= 4, "a mix of kinds")
    }

    @Test("a weak question from a job of another field stays off the sheet: no retail question for a teaching post")
    func otherFields() {
        let asked = [
            ("How do you deal with an upset customer at the till?",
             AskedQuestion(interviewID: "r", company: "Fabrikam Stores", role: "Retail Shift Lead", askedAt: now, rating: .weak, betterAnswer: nil)),
            ("How do you keep a noisy class on task?",
             AskedQuestion(interviewID: "t", company: "Riverside School", role: "Year 4 Teacher", askedAt: now, rating: .weak, betterAnswer: nil)),
            ("Why are you leaving your current job?",
             AskedQuestion(interviewID: "x", company: "Contoso", role: "Coordinator", askedAt: now, rating: .weak, betterAnswer: nil)),
        ]
        let bank = QuestionBank(asked: asked, reviews: [:])
        let teaching = MockInterview.questions(from: bank, field: WorkField.guess(fromRole: "Year 4 Teacher"), count: 12).map(\.text)
        #expect(teaching.contains("How do you keep a noisy class on task?"))
        #expect(teaching.contains("Why are you leaving your current job?"), "a title naming no field fits any")
        #expect(!teaching.contains("How do you deal with an upset customer at the till?"))
        let likely = LikelyQuestion.pick(from: bank, company: CompanyKey(company: "Riverside School")!, field: .teaching).map(\.question.text)
        #expect(!likely.contains("How do you deal with an upset customer at the till?"))
        #expect(WorkField.guess(fromRole: "Marketing Coordinator") == .marketing && WorkField.guess(fromRole: "Teaching Assistant") == .teaching)
        #expect(WorkField.guess(fromRole: "Coordinator") == nil)
        #expect(WorkField.guess(fromRole: "Social Media Marketing Manager") == .marketing)
        #expect(WorkField.guess(fromRole: "Senior Social Worker") == .socialWork)
        #expect(WorkField.guess(fromRole: "Mechanical Engineer") == nil && WorkField.guess(fromRole: "Software Engineer") == .software)
    }

    @Test("every kind has something for the friend to listen for")
    func listening() {
        for kind in QuestionKind.allCases { #expect(!MockInterview.listenFor(kind).isEmpty) }
        #expect(MockInterview.questions(from: QuestionBank(asked: [], reviews: [:]), field: nil, count: 1).count == 4)
        let anyJob = MockInterview.questions(from: QuestionBank(asked: [], reviews: [:]), field: nil, count: 12)
        #expect(anyJob.count == 12)
        #expect(anyJob.allSatisfy { $0.fields.isEmpty }, "without a field, only questions that suit any job")
    }
}
