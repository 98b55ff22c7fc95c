import Foundation
import ReboundCore
import Testing

@Suite("Question bank")
struct QuestionBankTests {
    let monday = Date(timeIntervalSince1970: 1_795_000_000)

    func asked(_ text: String, in interview: String, company: String = "Northwind", daysLater: Double = 0,
               rating: AnswerRating, better: String? = nil) -> (text: String, asked: AskedQuestion) {
        (text, AskedQuestion(interviewID: interview, company: company, role: "Analyst",
                             askedAt: monday.addingTimeInterval(daysLater * 86_400), rating: rating, betterAnswer: better))
    }

    @Test("the starter bank has at least 150 questions, unique IDs, every kind, and 10 or more fields with questions of their own")
    func starterBankSize() {
        let questions = StarterBank.questions
        #expect(questions.count >= 150)
        #expect(Set(questions.map(\.id)).count == questions.count)
        #expect(Set(questions.map { QuestionKey.own($0.text) }).count == questions.count, "no question twice")
        #expect(Set(questions.map(\.kind)) == Set(QuestionKind.allCases))
        for field in WorkField.allCases {
            #expect(questions.filter { $0.fields.contains(field) }.count >= 8, "\(field) has its own questions")
        }
        #expect(WorkField.allCases.count >= 10)
        #expect(questions.allSatisfy { $0.text.hasSuffix("?") || $0.text.hasSuffix(".") })
    }

    @Test("a question's key ignores case, spacing, curly apostrophes and closing punctuation, and keeps everything else")
    func keysEvenOutWording() {
        #expect(QuestionKey.own("  Why   do you want\tTHIS job?! ").rawValue == "own:why do you want this job")
        #expect(QuestionKey.own("What\u{2019}s your biggest weakness…").rawValue == "own:what's your biggest weakness")
        #expect(QuestionKey.own("Größte Stärke, Zoë?").rawValue == "own:größte stärke, zoë")
        #expect(QuestionKey.own(" ?! ").rawValue == "own:")
        #expect(QuestionBank.key(forText: "tell me about YOURSELF.") == QuestionBank.key(forText: "Tell me about yourself"))
    }

    @Test("plain ASCII text gets the key that the same text gets beside a letter from outside ASCII")
    func asciiKeysMatchTheGeneralRule() {
        // A no-break space in front is dropped by the general rule, and makes the text non-ASCII.
        for text in ["Why THIS job?", "  a\r\nb\t\u{0B}c\u{0C}d  ", "Tell me: why?!.;,", "x ?", "why ?", "Rate 1-10 (honestly)", "", "\u{1F} x"] {
            #expect(QuestionKey.own(text) == QuestionKey.own("\u{00A0}" + text), "\(text.debugDescription)")
        }
    }

    @Test("the same question noted in two interviews is one question with both ratings, oldest first")
    func mergesOwnQuestions() {
        let bank = QuestionBank(asked: [
            asked("Why should we hire you?", in: "b", company: "Contoso", daysLater: 7, rating: .ok),
            asked("why should we  hire you", in: "a", rating: .weak, better: "Because I cut close time by a third."),
        ], reviews: [:], starter: [])
        #expect(bank.questions.count == 1)
        let question = bank.questions[0]
        #expect(question.asked.map(\.interviewID) == ["a", "b"])
        #expect(question.asked.map(\.rating) == [.weak, .ok])
        #expect(question.latestRating == .ok)
        #expect(question.betterAnswer == "Because I cut close time by a third.")
        #expect(question.kind == .motivation)
    }

    @Test("a starter question the user was asked appears once, as theirs, with the starter kind and fields")
    func ownStarterQuestion() {
        let bank = QuestionBank(asked: [asked("Why do you want this job?", in: "a", rating: .weak)], reviews: [:])
        let matches = bank.questions.filter { $0.text == "Why do you want this job?" }
        #expect(matches.count == 1)
        #expect(matches[0].key == .starter("m02"))
        #expect(matches[0].isOwn)
        #expect(bank.questions.count == StarterBank.questions.count)
        #expect(bank.questions.first?.key == .starter("m02"), "own questions come first")
    }

    @Test("own questions are listed newest interview first, and blank questions are ignored")
    func ownOrder() {
        let bank = QuestionBank(asked: [
            asked("Describe your last project.", in: "a", rating: .ok),
            asked("  ", in: "a", rating: .weak),
            asked("What is a ledger?", in: "b", daysLater: 3, rating: .ok),
        ], reviews: [:], starter: [])
        #expect(bank.questions.map(\.text) == ["What is a ledger?", "Describe your last project."])
    }

    @Test("the kind of a question the user wrote is guessed from its wording, or left open")
    func guessesKinds() {
        #expect(QuestionKind.guess(from: "Tell me about a time you led a team") == .behavioural)
        #expect(QuestionKind.guess(from: "What would you do if the server went down?") == .situational)
        #expect(QuestionKind.guess(from: "What are your salary expectations?") == .salary)
        #expect(QuestionKind.guess(from: "Do you have any questions for us?") == .closing)
        #expect(QuestionKind.guess(from: "Why are you leaving Contoso?") == .motivation)
        #expect(QuestionKind.guess(from: "Explain how a hash map works") == .technical)
        #expect(QuestionKind.guess(from: "Pineapple on pizza?") == nil)
        #expect(QuestionKind.guess(from: "Are you paying attention to repaying debts?") == nil, "pay only as a word")
    }

    @Test("search needs every word, in any case; kind, field and source narrow further")
    func filters() {
        let bank = QuestionBank(asked: [asked("How do you handle a difficult patient?", in: "a", rating: .weak)], reviews: [:])
        #expect(bank.filtered(BankFilter(text: "DIFFICULT patient")).map(\.text).contains("How do you handle a difficult patient?"))
        #expect(bank.filtered(BankFilter(text: "difficult zebra")).isEmpty)
        let nursing = bank.filtered(BankFilter(field: .nursing))
        #expect(nursing.contains { $0.key == .starter("n01") })
        #expect(nursing.contains { $0.key == .starter("b01") }, "questions for any job stay in")
        #expect(!nursing.contains { $0.key == .starter("w01") }, "other fields' questions leave")
        #expect(bank.filtered(BankFilter(kind: .salary)).allSatisfy { $0.kind == .salary })
        #expect(bank.filtered(BankFilter(source: .own)).map(\.text) == ["How do you handle a difficult patient?"])
        #expect(bank.filtered(BankFilter(source: .weak)).map(\.text) == ["How do you handle a difficult patient?"])
        #expect(bank.filtered(BankFilter(source: .starter)).count == StarterBank.questions.count)
    }
}

@Suite("Moving on")
struct MovingOnTests {
    @Test("the thinking traps shown after a no each have a reframe, none repeated, and name the two the coaches mention most")
    func traps() {
        let traps = ThinkingTrap.common
        #expect(traps.count >= 5)
        #expect(Set(traps.map(\.thought)).count == traps.count)
        #expect(traps.allSatisfy { !$0.reframe.isEmpty && $0.reframe.count < 300 })
        #expect(traps.contains { $0.thought == "One interview decides what I am worth." })
        #expect(traps.contains { $0.thought == "They must have hated me." })
    }
}
