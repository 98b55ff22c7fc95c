@testable import ReboundCore
import Testing

@Suite struct MessageCheckTests {
    let checker = MessageChecker.standard

    func rules(_ text: String, kind: MessageKind = .followUp, context: InterviewFile? = nil) -> [String] {
        checker.check(text, kind: kind, context: context).findings.map(\.rule.rawValue)
    }

    /// A message that is clean apart from `sentence`.
    func wrapped(_ sentence: String) -> String {
        "Hi Dana,\n\nThank you for meeting with me today. \(sentence) I'm excited about the role.\n\nBest,\nAlex\n"
    }

    @Test func aGoodThankYouHasNoFindings() {
        let report = checker.check(wrapped("I'd like to add that I hold a Google Analytics certification."))
        #expect(report.isClean)
        #expect(report.words == 23 && report.paragraphs == 1)
    }

    @Test func spansAreUTF16OffsetsAFrontEndCanMark() throws {
        let text = "Hi Dana 👋🏽,\n\nThank you! I'm so sorry I was scattered. I'm excited about the role.\n\nBest,\nAlex"
        let finding = try #require(checker.check(text).findings.first)
        #expect(finding.rule == .apology)
        let utf16 = Array(text.utf16)
        #expect(String(decoding: utf16[finding.start..<finding.end], as: UTF16.self) == "I'm so sorry I was scattered")
        #expect(finding.excerpt == "I'm so sorry I was scattered")
    }

    @Test func everyFindingSaysWhyAndHowToSayItBetter() {
        let text = "Subject: [Role]\n\nI'm sorry I bombed it, I hadn't slept. Please give me another chance.\n\n[Your Name]"
        let findings = checker.check(text, kind: .followUp).findings
        #expect(Set(findings.map(\.rule)) == [.placeholder, .apology, .selfCriticism, .excuse, .begging, .noThanks, .noInterest])
        for finding in findings {
            #expect(finding.message.count > 40 && finding.suggestion.count > 20)
            #expect(!finding.message.contains("{") && !finding.suggestion.contains("{"))
        }
    }

    @Test(arguments: [
        ("I'm sorry I was so scattered.", "apology"),
        ("Please forgive my rambling answer.", "apology"),
        ("Apologies for how I handled the budget question.", "apology"),
        ("I hadn't slept much the night before.", "excuse"),
        ("Traffic threw me off my game.", "excuse"),
        ("I get very nervous in interviews.", "excuse"),
        ("I completely bombed it.", "self-criticism"),
        ("I know I blew the interview.", "self-criticism"),
        ("My answers were a mess.", "self-criticism"),
        ("I'm terrible at interviews.", "self-criticism"),
        ("I'm kicking myself.", "self-criticism"),
        ("Please give me another chance.", "begging"),
        ("I really need this job.", "begging"),
        ("I'm begging you to reconsider.", "begging"),
    ])
    func catchesTheContractsExamples(_ sentence: String, _ rule: String) {
        #expect(rules(wrapped(sentence)).contains(rule), "\(sentence)")
    }

    @Test(arguments: [
        "Sorry for the delay in replying.",
        "I'm sorry to hear the role was filled.",
        "I never make excuses.",
        "Website traffic grew 40% after the relaunch.",
        "At my last job the launch slipped because of a supplier, and I rebuilt the plan so we shipped on time.",
        "I wasn't nervous at all.",
        "I'm not sorry I asked about the budget: it told me a lot about the role.",
        "I'd welcome the chance to continue the conversation.",
        "I wish I had explained my analytics work more clearly, so here is an example.",
    ])
    func leavesAloneWhatOnlyLooksLikeAProblem(_ sentence: String) {
        #expect(rules(wrapped(sentence)).isEmpty, "\(sentence)")
    }

    @Test func quotedWordsAreSomeoneElsesAndLeftAlone() {
        #expect(rules(wrapped("You asked, “How do you cope when you feel nervous before a big presentation?”, and I'd like to add an example.")).isEmpty)
        #expect(rules(wrapped("Your question \"Why should we give you another chance?\" made me think.")).isEmpty)
        // An unclosed quote marks nothing: the rest of the message is still checked.
        #expect(rules(wrapped("About “my answer: I'm so sorry I was scattered.")).contains("apology"))
        // Quoted interest is not the writer's interest.
        #expect(rules("Hi Dana,\n\nThank you. You asked “Why are you interested in this role?”\n\nBest,\nAlex") == ["no-interest"])
    }

    @Test func toleratesTyposAndLowercase() {
        #expect(rules(wrapped("im so sory i was nervus.")).contains("apology"))
        #expect(rules(wrapped("i appologize for being late to our meeting.")).contains("apology"))
        #expect(rules("hi dana,\n\nthnak you for today. im very exited about the role.\n\nalex").isEmpty)
    }

    @Test func looksInsideBulletLists() {
        let text = "Hi Dana,\n\nThank you for today. Two things:\n- sorry for rambling on the budget question\n- I hold a PMP\n\nI'm excited about the role.\n\nBest,\nAlex"
        #expect(rules(text) == ["apology"])
    }

    @Test func tooLongCountsOnlyTheBody() {
        let body = Array(repeating: "Thank you for the interview and I am excited about the role.", count: 17).joined(separator: " ")
        let text = "Subject: Thanks\n\nDear Dana,\n\n\(body)\n\nBest regards,\nAlex Kim\nMarketing, Contoso\n"
        let report = checker.check(text)
        #expect(report.words == 204)
        #expect(report.findings.map(\.rule) == [.tooLong])
        let finding = report.findings[0]
        #expect(finding.message.contains("204 words"))
        #expect(finding.excerpt.hasPrefix("Thank you") && finding.excerpt.hasSuffix("role."))
    }

    @Test func thanksInTheSignOffCountsAndSoDoesAppreciation() {
        #expect(rules("Hi Dana,\n\nI'm excited about the role.\n\nThanks,\nAlex").isEmpty)
        #expect(rules("Hi Dana,\n\nI appreciate your time. I'm excited about the role.\n\nAlex").isEmpty)
        #expect(rules("Hi Dana,\n\nI'm excited about the role.\n\nAlex") == ["no-thanks"])
    }

    @Test func interestIsRequiredOnlyOfFollowUps() {
        let text = "Hi Dana,\n\nThank you for letting me know. Could you share any feedback?\n\nBest,\nAlex"
        #expect(rules(text, kind: .followUp) == ["no-interest"])
        #expect(rules(text, kind: .feedbackRequest).isEmpty)
        #expect(rules("Hi Priya,\n\nNorthwind may call you.\n\nAlex", kind: .referenceNote).isEmpty)
        #expect(rules("Hi Dana,\n\nThank you. I'm no longer interested in the role.\n\nAlex") == ["no-interest"])
    }

    @Test func findsUnfilledSlotsButNotCitationsAddressesOrOrdinaryWords() {
        for slot in ["[Interviewer's Name]", "[job title]", "{{company}}", "<Company>", "XXX", "TODO", "TK", "___"] {
            #expect(rules(wrapped("The role at \(slot) excites me.")) == ["placeholder"], "\(slot)")
        }
        for fine in ["[1]", "<dana@northwind.example>", "<https://example.com>", "TKO", "Atkins", "todo-list", "[the report](https://example.com)"] {
            #expect(rules(wrapped("See \(fine) for details.")).isEmpty, "\(fine)")
        }
        // A stand-in employer is quoted whole, not just its first word.
        for employer in ["XYZ Company", "ABC Corp", "ACME Inc"] {
            let found = checker.check(wrapped("The role at \(employer) excites me.")).findings
            #expect(found.map(\.excerpt) == [employer], "\(employer)")
        }
    }

    @Test func wrongNamesAreCheckedOnlyWithContext() throws {
        let file = try Fixtures.example("pending-panel.json")
        let karen = "Hi Karen,\n\nThank you for meeting with me. I'm excited about the role.\n\nBest,\nAlex"
        #expect(rules(karen).isEmpty)
        let finding = try #require(checker.check(karen, context: file).findings.first)
        #expect(finding.rule == .wrongName && finding.excerpt == "Karen")
        #expect(rules(karen.replacingOccurrences(of: "Karen", with: "Dana"), context: file).isEmpty)
        #expect(rules(karen.replacingOccurrences(of: "Karen", with: "Ms. Reyes"), context: file).isEmpty)
    }

    @Test func anotherCompanyAsTheEmployerIsAWrongNameButAPastEmployerIsNot() throws {
        let file = try Fixtures.example("pending-panel.json")
        #expect(rules(wrapped("I'd love to join Contoso and grow the brand."), context: file) == ["wrong-name"])
        #expect(rules(wrapped("The Marketing Coordinator role at Contoso suits me."), context: file) == ["wrong-name"])
        #expect(rules(wrapped("In my previous role at Contoso I ran the brand committee."), context: file).isEmpty)
        #expect(rules(wrapped("I'd love to join Northwind and grow the brand."), context: file).isEmpty)
        #expect(rules(wrapped("I'd love to join the Marketing team."), context: file).isEmpty)
    }

    /// Each lead-in ("join", "the Marketing Coordinator at") once looked back over every word
    /// before it for a past tense: a megabyte of them took five minutes. The time limit only
    /// catches a stall; the benchmarks hold the speed.
    @Test(.timeLimit(.minutes(1)))
    func employerLeadInsAreReadInOnePassWhateverTheirNumber() throws {
        let file = try Fixtures.example("pending-panel.json")
        let sentences = ["I would love to join Acme. ", "The Marketing Coordinator at Contoso suits me. ", "join "]
        let text = "Hi Dana,\n\n" + String(repeating: sentences.joined(), count: 1_000_000 / 80) + "\n\nBest,\nAlex\n"
        let report = checker.check(text, context: file)
        #expect(report.findings.count == MessageChecker.findingLimit)
        #expect(report.omitted > 10_000)
        #expect(report.findings.filter { $0.rule == .wrongName }.count > 90)
        // A past tense earlier in the same sentence still makes it a past employer.
        #expect(rules(wrapped("I used to work at the shop and then had the Marketing Coordinator role at Contoso."), context: file).isEmpty)
    }

    @Test func aReferenceNoteMayGreetTheContact() throws {
        let file = try Fixtures.example("pending-panel.json")
        #expect(rules("Hi Priya,\n\nNorthwind may call you this week. Thank you!\n\nAlex", kind: .referenceNote, context: file).isEmpty)
    }

    @Test func aHugeOrStrangeMessageGetsAResultNotACrash() {
        let huge = String(repeating: "I'm sorry. ", count: 20_000)
        #expect(checker.check(huge).words == 40_000)
        #expect(checker.check("").findings.map(\.rule) == [.noThanks, .noInterest])
        #expect(!checker.check("\u{0}\u{1}\u{FFFF}[[[<<<{{{").findings.isEmpty)
    }
}

@Suite struct MessageLayoutTests {
    @Test func findsSubjectGreetingBodyAndSignOff() {
        let text = "Subject: Thanks\n\nHi Dana,\n\nThank you.\n\nBest regards,\nAlex Kim\n+1 555 0100"
        let layout = MessageLayout(text)
        #expect(layout.subject.map { MessageChecker.slice(text, $0) } == " Thanks")
        #expect(layout.greeting.map { MessageChecker.slice(text, $0) } == "Hi Dana,")
        #expect(MessageChecker.slice(text, MessageChecker.trimmed(layout.body, in: text)) == "Thank you.")
        #expect(layout.signOff.map { MessageChecker.slice(text, $0) } == "Best regards,\nAlex Kim\n+1 555 0100")
    }

    @Test func aGreetingOnTheSameLineAsTheBodyEndsAtTheComma() {
        let text = "Hi Dana, thank you for today.\n\nThanks, Alex"
        let layout = MessageLayout(text)
        #expect(layout.greeting.map { MessageChecker.slice(text, $0) } == "Hi Dana,")
        #expect(layout.signOff.map { MessageChecker.slice(text, $0) } == "Thanks, Alex")
    }

    @Test func aBodySentenceOfThanksIsNotASignOff() {
        let text = "Hi Dana,\n\nThank you again for your time and for the tour.\n\nAlex"
        #expect(MessageLayout(text).signOff == nil)
    }
}
