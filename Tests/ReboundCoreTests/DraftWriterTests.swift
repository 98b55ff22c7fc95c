@testable import ReboundCore
import Testing

@Suite struct DraftWriterTests {
    let evening = Fixtures.stamp("2026-11-20T18:00:00-05:00")

    func drafts(_ file: InterviewFile, now: Timestamp? = nil, name: String? = nil) -> [Draft] {
        DraftWriter(file: file, now: now ?? evening, senderName: name).drafts()
    }

    @Test func everyDraftOfHundredsOfGeneratedInterviewsPassesTheCheckForItsKind() {
        var checked = 0
        var kinds = Set<DraftKind>()
        for seed in 1...400 as ClosedRange<UInt64> {
            let file = GeneratedInterviews.make(seed: seed)
            let now = file.interview.effectiveEnd.adding(seconds: 3600)
            for draft in DraftWriter(file: file, now: now, senderName: seed % 2 == 0 ? "Alex Kim" : nil).drafts() {
                kinds.insert(draft.kind)
                let report = MessageChecker.standard.check(draft.checkableText, kind: draft.checkKind, context: file)
                #expect(report.isClean, "seed \(seed), \(draft.kind.rawValue) to \(draft.to): \(report.findings.map { "\($0.rule.rawValue): \($0.excerpt)" })")
                #expect(report.words <= MessageChecker.wordLimit, "seed \(seed): \(draft.kind.rawValue) has \(report.words) words")
                #expect(!draft.body.contains("{") && !draft.subject.contains("{"), "seed \(seed): unfilled slot")
                checked += 1
            }
        }
        #expect(checked > 600)
        #expect(kinds == Set(DraftKind.allCases), "every kind of draft was made and checked")
    }

    @Test func noTwoThankYousOfOneInterviewAreTheSame() {
        for seed in 1...400 as ClosedRange<UInt64> {
            let thankYous = drafts(GeneratedInterviews.make(seed: seed)).filter { $0.kind == .thankYou }
            #expect(Set(thankYous.map(\.body)).count == thankYous.count, "seed \(seed)")
        }
    }

    @Test func aNoteQuotedMidSentenceLosesTheCapitalOfItsFirstCommonWordOnly() throws {
        var file = try Fixtures.example("pending-panel.json")
        file.debrief.forgotToMention = ["My analytics certificate."]
        let thankYou = try #require(drafts(file).first { $0.kind == .thankYou })
        #expect(thankYou.body.contains("my analytics certificate"))
        #expect("Google Analytics certification".loweringNoteStart() == "Google Analytics certification")
        #expect("I led the audit".loweringNoteStart() == "I led the audit")
    }

    @Test func theDraftsFollowThePlan() throws {
        let panel = try Fixtures.example("pending-panel.json")
        let kinds = drafts(panel).map { "\($0.kind.rawValue):\($0.to)" }
        #expect(kinds == ["thank-you:Dana Reyes", "thank-you:Marcus Bell", "thank-you:Aiko Tanaka",
                          "brief-reference:Priya Natarajan", "call-script:Dana Reyes", "tell-connection:Sam Ortiz",
                          "tell-connection:Lee Chen", "check-in:Sam Ortiz"])
        let rejected = drafts(try Fixtures.example("rejected.json"))
        #expect(rejected.map(\.kind) == [.askFeedback])
        #expect(rejected[0].to == "Dr. Amara Okafor" && rejected[0].body.hasPrefix("Dear Dr. Okafor,"))
    }

    @Test func aThankYouAddsTheBetterAnswerToTheWeakestQuestionThatInterviewerAsked() throws {
        let panel = try Fixtures.example("pending-panel.json")
        let all = drafts(panel)
        let marcus = try #require(all.first { $0.kind == .thankYou && $0.to == "Marcus Bell" })
        #expect(marcus.body.hasPrefix("Dear Marcus,"))
        #expect(marcus.body.contains("How would you split a small budget across channels"))
        #expect(marcus.body.contains("keep 70% on what is proven"))
        #expect(marcus.email == "marcus.bell@northwind.example")
        // Aiko asked no weak question: her note carries the weakest question overall.
        let aiko = try #require(all.first { $0.kind == .thankYou && $0.to == "Aiko Tanaka" })
        #expect(aiko.body.contains("Tell me about a time you led a team"))
    }

    @Test func aThankYouMentionsWhatWasForgottenAndRestatesInterest() throws {
        let dana = try #require(drafts(try Fixtures.example("pending-panel.json")).first)
        #expect(dana.body.contains("Google Analytics certification"))
        #expect(dana.body.contains("Northwind Traders"))
        #expect(MessageChecker.standard.check(dana.checkableText).isClean)
    }

    @Test func rawNotesThatWouldHurtAreLeftOut() throws {
        let file = Fixtures.interview(questions: [
            InterviewQuestion(text: "Why us?", askedBy: "Dana Reyes", rating: .weak,
                              betterAnswer: "Sorry, I blanked because I hadn't slept. I love your mission."),
        ])
        let dana = try #require(drafts(file).first)
        #expect(!dana.body.contains("Sorry") && !dana.body.contains("slept"))
        #expect(MessageChecker.standard.check(dana.checkableText, context: file).isClean)
    }

    @Test func theCallScriptHasAVoicemailVersionAndThePhoneNumber() throws {
        let script = try #require(drafts(try Fixtures.example("pending-panel.json"), name: "Alex Kim").first { $0.kind == .callScript })
        #expect(script.body.contains("Phone: +1 555 0100"))
        #expect(script.body.contains("voicemail"))
        #expect(script.body.contains("this is Alex Kim"))
    }

    @Test func theReferenceHeadsUpSaysWhatTheRoleNeedsAndWhereToHelp() throws {
        let note = try #require(drafts(try Fixtures.example("pending-panel.json")).first { $0.kind == .briefReference })
        #expect(note.body.hasPrefix("Hi Priya,"))
        #expect(note.body.contains("Marketing Coordinator"))
        #expect(note.body.contains("points I'd most like you to reinforce"))
        #expect(note.body.contains("Google Analytics certification"))
    }

    @Test func theInsiderIsNotAskedToLobby() throws {
        let note = try #require(drafts(try Fixtures.example("pending-panel.json")).first { $0.to == "Lee Chen" })
        #expect(note.body.contains("no need to raise anything on my behalf"))
    }

    @Test func theDayIsNamedAsTheReaderWillSeeIt() {
        let file = Fixtures.interview()
        #expect(DraftWriter(file: file, now: evening).dayPhrase == "today")
        #expect(DraftWriter(file: file, now: Fixtures.stamp("2026-11-21T09:00:00-05:00")).dayPhrase == "yesterday")
        #expect(DraftWriter(file: file, now: Fixtures.stamp("2026-11-23T09:00:00-05:00")).dayPhrase == "on Friday")
        #expect(DraftWriter(file: file, now: Fixtures.stamp("2026-12-10T09:00:00-05:00")).dayPhrase == "on 20 November")
    }

    @Test func aCompanyNameEndingInAStopIsNotFollowedByAnother() {
        #expect("the work ahead at Litware Inc..".collapsingDoubleStops() == "the work ahead at Litware Inc.")
        #expect("and so on... really".collapsingDoubleStops() == "and so on... really")
    }

    @Test func signsWithTheUsersNameWhenGiven() throws {
        let dana = try #require(drafts(Fixtures.interview(), name: "Alex Kim").first)
        #expect(dana.body.hasSuffix("\nAlex Kim\n"))
    }
}
