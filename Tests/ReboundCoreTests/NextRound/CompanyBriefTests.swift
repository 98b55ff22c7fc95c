import Foundation
@testable import ReboundCore
import Testing

@Suite("Next round: company keys")
struct CompanyKeyTests {
    @Test("case, accents, punctuation and a trailing legal form do not make another company")
    func sameCompany() {
        let keys = ["Acme Ltd.", "ACME", "Acmé", "  acme  ", "Acme, Inc.", "Acme GmbH"].map(CompanyKey.init(company:))
        #expect(Set(keys).count == 1)
        #expect(keys.first??.rawValue == "acme")
    }

    @Test("words are joined with hyphens, apostrophes do not split a word, and other scripts are kept")
    func shapes() {
        #expect(CompanyKey(company: "Northwind Traders — Café ☕︎")?.rawValue == "northwind-traders-cafe")
        #expect(CompanyKey(company: "Macy's")?.rawValue == "macys")
        #expect(CompanyKey(company: "株式会社 トヨタ")?.rawValue == "株式会社-トヨタ")
        #expect(CompanyKey(company: "Limited")?.rawValue == "limited", "a legal form alone is the name")
        #expect(CompanyKey(company: "Co-operative Bank")?.rawValue == "co-operative-bank")
    }

    @Test("a plain ASCII name gets the key that the same name gets beside a letter from outside ASCII")
    func asciiKeysMatchTheGeneralRule() {
        // A no-break space in front is no letter for the general rule, and makes the name non-ASCII.
        for name in ["ACME Ltd.", "Macy's", "  Co-operative   Bank plc", "3M", "AT&T Inc", "Limited", "'", "R_D-42 GmbH & Co. KG"] {
            #expect(CompanyKey(company: name) == CompanyKey(company: "\u{00A0}" + name), "\(name)")
        }
    }

    @Test("a name without a letter or digit has no key")
    func noKey() {
        #expect(CompanyKey(company: "") == nil)
        #expect(CompanyKey(company: " — !") == nil)
    }
}

@Suite("Next round: the brief for one company")
struct CompanyBriefTests {
    let acme = CompanyKey(company: "Northwind Traders")!
    let now = Fixtures.stamp("2026-11-23T09:00:00-05:00")

    /// The first round (a weak story, one ok question with a better answer) and an invitation
    /// to the next, plus an interview elsewhere with a weak question of its own.
    func interviews() -> [(id: String, file: InterviewFile)] {
        var first = Fixtures.interview(status: .nextRound, outcomeAt: "2026-11-21T12:00:00-05:00",
                                       nextRoundAt: "2026-12-02T14:00:00-05:00",
                                       questions: [InterviewQuestion(text: "Why do you want this job?", rating: .ok,
                                                                     betterAnswer: "Your loyalty scheme is the work I do best."),
                                                   InterviewQuestion(text: "Tell me about a time you led a team.", askedBy: "Dana Reyes",
                                                                     rating: .weak, betterAnswer: "I chaired the brand committee."),
                                                   InterviewQuestion(text: "What tools do you use?", rating: .strong)])
        first.debrief.nextTime = ["Bring the campaign numbers"]
        var elsewhere = Fixtures.interview(questions: [InterviewQuestion(text: "How do you handle a missed deadline?", rating: .weak)],
                                           start: "2026-11-10T10:00:00-05:00", end: nil)
        elsewhere.interview.company = "Contoso"
        var screen = Fixtures.interview(status: .nextRound, questions: [], start: "2026-11-01T10:00:00-05:00", end: nil)
        screen.interview.company = "Northwind Traders Ltd"
        screen.interview.role = "Phone screen"
        return [("first", first), ("contoso", elsewhere), ("screen", screen)]
    }

    func brief(notes: CompanyNotes? = nil, count: Int = 12) -> CompanyBrief {
        let files = interviews()
        let bank = QuestionBank(asked: files.flatMap { $0.file.askedQuestions(interviewID: $0.id) }, reviews: [:])
        return CompanyBrief(key: acme, interviews: files, notes: notes, bank: bank, now: now, questionCount: count)
    }

    @Test("only the company's interviews are rounds, oldest first, and the next round ahead is found")
    func rounds() {
        let brief = brief()
        #expect(brief.rounds.map(\.interviewID) == ["screen", "first"])
        #expect(brief.upcoming?.interviewID == "first")
        #expect(brief.upcoming?.nextRoundAt == Fixtures.stamp("2026-12-02T14:00:00-05:00"))
        #expect(brief.company == "Northwind Traders", "the latest interview's spelling")
    }

    @Test("the answers wished for are those rated weak or rewritten, weak first, strong ones without a rewrite left out")
    func lessons() {
        let lessons = brief().lessons
        #expect(lessons.map(\.question) == ["Tell me about a time you led a team.", "Why do you want this job?"])
        #expect(lessons[0].askedBy == "Dana Reyes")
        #expect(lessons[1].betterAnswer == "Your loyalty scheme is the work I do best.")
    }

    @Test("what was forgotten and what to do differently come from the company's debriefs, each once")
    func reminders() {
        let brief = brief()
        #expect(brief.forgotToMention == ["my Google Analytics certification"], "the same line in two debriefs shows once")
        #expect(brief.nextTime == ["Bring the campaign numbers"])
        #expect(!brief.forgotToMention.contains { $0.contains("deadline") })
    }

    @Test("likely questions: asked here (weak first), about the employer, weak elsewhere, the field's, and a closing one last")
    func likelyQuestions() {
        let notes = CompanyNotes(key: acme, company: "Northwind", field: .marketing, updatedAt: now.date)
        let likely = brief(notes: notes, count: 12).likelyQuestions
        #expect(likely.count == 12)
        #expect(likely.first?.question.text == "Tell me about a time you led a team.")
        #expect(likely.first?.reason == .askedHere)
        #expect(likely.filter { $0.reason == .askedHere }.count == 3, "all three questions asked here fit in half the list")
        #expect(likely.contains { $0.reason == .aboutTheEmployer && $0.question.key == .starter("m03") })
        #expect(likely.contains { $0.reason == .weakElsewhere && $0.question.text == "How do you handle a missed deadline?" })
        let common = likely.filter { $0.reason == .common }
        #expect(!common.isEmpty && common.allSatisfy { $0.question.fields.isEmpty || $0.question.fields.contains(.marketing) })
        #expect(common.contains { $0.question.fields.contains(.marketing) }, "the field's own questions come first")
        #expect(likely.last?.reason == .closing)
        #expect(Set(likely.map(\.question.key)).count == likely.count, "no question twice")
        #expect(brief(notes: notes).company == "Northwind", "the notes' spelling wins")
    }

    @Test("a short list still ends with a closing question and keeps half for what was asked here")
    func shortList() {
        let likely = brief(count: 4).likelyQuestions
        #expect(likely.count == 4)
        #expect(likely.last?.reason == .closing)
        #expect(likely.first?.reason == .askedHere)
    }

    @Test("notes report their blank state and the first note that is too long")
    func notes() {
        var notes = CompanyNotes(key: acme, company: "Northwind", updatedAt: now.date)
        #expect(notes.isBlank && notes.tooLong == nil)
        notes.goals = String(repeating: "a", count: CompanyNotes.textLimit + 1)
        #expect(!notes.isBlank)
        #expect(notes.tooLong == "goals")
    }
}

@Suite("Next round: the list of companies")
struct CompanySummaryTests {
    @Test("a next round ahead comes first, then latest interview first, then companies with only notes")
    func order() {
        let now = Fixtures.stamp("2026-11-23T09:00:00-05:00")
        var old = Fixtures.interview(start: "2026-10-01T10:00:00-05:00", end: nil)
        old.interview.company = "Contoso"
        var recent = Fixtures.interview(start: "2026-11-20T10:00:00-05:00", end: nil)
        recent.interview.company = "Fabrikam"
        let invited = Fixtures.interview(status: .nextRound, nextRoundAt: "2026-12-01T10:00:00-05:00",
                                         start: "2026-09-01T10:00:00-05:00", end: nil)
        var past = Fixtures.interview(status: .nextRound, nextRoundAt: "2026-11-01T10:00:00-05:00",
                                      start: "2026-08-01T10:00:00-05:00", end: nil)
        past.interview.company = "contoso"
        let notesOnly = CompanyNotes(key: CompanyKey(company: "Litware")!, company: "Litware", history: "Founded 1990",
                                     updatedAt: now.date)
        let blank = CompanyNotes(key: CompanyKey(company: "Contoso")!, company: "Contoso Inc", updatedAt: now.date)
        let list = CompanySummary.list(interviews: [("a", old), ("b", recent), ("c", invited), ("d", past)],
                                       notes: [notesOnly, blank], now: now)
        #expect(list.map(\.company) == ["Northwind Traders", "Fabrikam", "Contoso Inc", "Litware"])
        #expect(list[0].nextRoundAt == Fixtures.stamp("2026-12-01T10:00:00-05:00"))
        #expect(list[2].interviewCount == 2 && list[2].nextRoundAt == nil, "a next round in the past is not ahead")
        #expect(list[2].hasNotes == false, "blank notes are not notes")
        #expect(list[3].hasNotes && list[3].interviewCount == 0 && list[3].latestStatus == nil)
    }
}
