@testable import ReboundCore
import Testing

@Suite struct InterviewFileTests {
    static let minimal = """
    {"format": "rebound.interview/1",
     "interview": {"company": "Northwind Traders", "role": "Marketing Coordinator",
                   "start": "2026-11-20T10:30:00-05:00", "timeZone": "America/New_York",
                   "interviewers": [{"name": "Dana Reyes"}]}}
    """

    /// The problems a document has, as `path: problem` lines.
    func problems(_ json: String) -> [String] {
        do {
            _ = try InterviewFile(json: json)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    /// The minimal document with one part of it replaced.
    func minimal(replacing old: String, with new: String) -> String {
        Self.minimal.replacingOccurrences(of: old, with: new)
    }

    @Test func readsTheContractsExampleFiles() throws {
        let panel = try Fixtures.example("pending-panel.json")
        #expect(panel.interview.interviewers.count == 3)
        #expect(panel.interview.hiringManager?.name == "Dana Reyes")
        #expect(panel.debrief.weakQuestions.count == 2)
        #expect(panel.contacts.map(\.relation).contains(.insider))
        let rejected = try Fixtures.example("rejected.json")
        #expect(rejected.interview.outcome.status == .rejected)
        #expect(rejected.interview.timeZone.identifier == "Europe/London")
    }

    @Test func fillsInTheDocumentedDefaults() throws {
        let file = try InterviewFile(json: Self.minimal)
        #expect(file.interview.wantsJob)
        #expect(file.interview.outcome.status == .pending)
        #expect(file.interview.effectiveEnd.rfc3339 == "2026-11-20T11:30:00-05:00")
        #expect(file.interview.interviewers[0].hiringManager == false)
        #expect(file.contacts.isEmpty && file.debrief == Debrief())
    }

    @Test func ignoresUnknownKeys() throws {
        let file = try InterviewFile(json: minimal(replacing: "\"role\"", with: "\"salary\": 50000, \"role\""))
        #expect(file.interview.role == "Marketing Coordinator")
    }

    @Test func writesBackWithoutLoss() throws {
        for name in ["pending-panel.json", "rejected.json"] {
            let file = try Fixtures.example(name)
            #expect(try InterviewFile(json: file.jsonText()) == file)
        }
    }

    @Test func namesThePathOfAMissingInterviewerName() {
        let json = minimal(replacing: #"[{"name": "Dana Reyes"}]"#, with: #"[{"name": "Dana Reyes"}, {"title": "CTO"}]"#)
        #expect(problems(json) == ["interview.interviewers[1].name: required"])
    }

    @Test func explainsEachWrongValue() {
        #expect(problems(minimal(replacing: "2026-11-20T10:30:00-05:00", with: "next Friday"))
            == ["interview.start: not an RFC 3339 date-time with an offset (like 2026-11-20T10:30:00-05:00)"])
        #expect(problems(minimal(replacing: "America/New_York", with: "Eastern"))
            == ["interview.timeZone: unknown IANA time zone \"Eastern\" (like America/New_York)"])
        #expect(problems(minimal(replacing: "rebound.interview/1", with: "rebound.interview/2"))
            == ["format: must be \"rebound.interview/1\", not \"rebound.interview/2\""])
        #expect(problems(minimal(replacing: #"[{"name": "Dana Reyes"}]"#, with: "[]"))
            == ["interview.interviewers: needs at least one interviewer"])
        #expect(problems(minimal(replacing: #""company": "Northwind Traders""#, with: #""company": "  ""#))
            == ["interview.company: must not be empty"])
        #expect(problems(minimal(replacing: #""role": "Marketing Coordinator""#, with: #""role": 7"#))
            == ["interview.role: must be text, not a number"])
    }

    @Test func checksOutcomeModeRatingAndRelation() {
        let json = """
        {"format": "rebound.interview/1",
         "interview": {"company": "N", "role": "R", "start": "2026-11-20T10:30:00-05:00",
                       "end": "2026-11-20T09:00:00-05:00", "timeZone": "America/New_York", "mode": "carrier pigeon",
                       "interviewers": [{"name": "Dana", "email": "not an address", "hiringManager": "yes"}],
                       "outcome": {"status": "rejected"}},
         "debrief": {"questions": [{"text": "Why us?", "rating": "awful", "askedBy": "Zed"}],
                     "wentWrong": [{"text": "Blank", "kind": "meltdown"}]},
         "contacts": [{"name": "Sam", "relation": "cousin"}]}
        """
        #expect(problems(json) == [
            "interview.end: is before interview.start",
            "interview.mode: \"carrier pigeon\" is not one of in-person, phone, video",
            "interview.interviewers[0].email: \"not an address\" is not an e-mail address",
            "interview.interviewers[0].hiringManager: must be true or false, not text",
            "interview.outcome.at: required when the status is rejected: when did you hear?",
            "debrief.wentWrong[0].kind: \"meltdown\" is not one of blank, weak-answer, improper-remark, nerves, logistics, chemistry, other",
            "debrief.questions[0].askedBy: \"Zed\" is not one of the interviewers",
            "debrief.questions[0].rating: \"awful\" is not one of strong, ok, weak",
            "contacts[0].relation: \"cousin\" is not one of reference, recruiter, insider, referrer, mentor",
        ])
    }

    /// Issue 19 and "Text and safety": a line break in a name became a `Bcc:` header. Names,
    /// titles, the company, the role, addresses and numbers are one line, and no text holds
    /// any other control character; each refusal names its JSON path.
    @Test func refusesControlCharactersWhereTheContractSays() {
        #expect(problems(minimal(replacing: #""name": "Dana Reyes""#, with: #""name": "Dana\nBcc: x@evil.example""#))
            == ["interview.interviewers[0].name: line breaks are not allowed"])
        #expect(problems(minimal(replacing: #""name": "Dana Reyes""#, with: #""name": "Dana Reyes\r\n""#))
            == ["interview.interviewers[0].name: line breaks are not allowed"])
        #expect(problems(minimal(replacing: #""name": "Dana Reyes""#, with: #""name": "Dana\tReyes""#))
            == ["interview.interviewers[0].name: tabs are not allowed"])
        #expect(problems(minimal(replacing: "Northwind Traders", with: #"North\u0007wind"#))
            == ["interview.company: control characters are not allowed (U+0007 found)"])
        #expect(problems(minimal(replacing: "Marketing Coordinator", with: #"Coordinator\u0085"#))
            == ["interview.role: control characters are not allowed (U+0085 found)"])
        #expect(problems(minimal(replacing: #""name": "Dana Reyes""#, with: #""name": "Dana", "email": "dana@x.example\r\nBcc: y@z.example""#))
            == ["interview.interviewers[0].email: line breaks are not allowed"])
        #expect(problems(minimal(replacing: #""name": "Dana Reyes""#, with: #""name": "Dana", "email": "Dana <dana@x.example>""#))
            == [#"interview.interviewers[0].email: "Dana <dana@x.example>" is not an e-mail address"#])
    }

    @Test func freeTextKeepsLineBreaksAndTabsButNoOtherControlCharacter() throws {
        let notes = minimal(replacing: #""interviewers""#, with: #""x": 1, "interviewers""#)
            .replacingOccurrences(of: "}]}}", with: #"}]}, "debrief": {"wentWell": ["one\r\ntwo\tthree"], "questions": [{"text": "Why?\nReally?", "betterAnswer": "Because\n\n- first"}]}, "contacts": [{"name": "Sam", "relation": "recruiter"}]}"#)
        let file = try InterviewFile(json: notes)
        #expect(file.debrief.wentWell == ["one\r\ntwo\tthree"])
        #expect(file.debrief.questions[0].betterAnswer == "Because\n\n- first")
        let bell = notes.replacingOccurrences(of: #"Why?\nReally?"#, with: #"Why?\u001bReally?"#)
        #expect(problems(bell) == ["debrief.questions[0].text: control characters are not allowed (U+001B found)"])
        let lone = notes.replacingOccurrences(of: #"one\r\ntwo"#, with: #"one\rtwo"#)
        #expect(problems(lone) == ["debrief.wentWell[0]: a carriage return is allowed only before a line feed"])
        let contact = notes.replacingOccurrences(of: #""name": "Sam""#, with: #""name": "Sam\nOrtiz""#)
        #expect(problems(contact) == ["contacts[0].name: line breaks are not allowed"])
    }

    /// Found by attacking the app: two contacts with one name gave two plan steps with one
    /// key, and the save failed. A contact's name may appear only once.
    @Test func refusesTheSameContactTwice() {
        let file = minimal(replacing: "}]}}", with: #"}]}, "contacts": [{"name": "Lee Chen", "relation": "recruiter"}, {"name": "lee chen", "relation": "insider"}]}"#)
        #expect(problems(file) == [#"contacts[1].name: "lee chen" is listed twice"#])
    }

    /// Some editors start a UTF-8 file with a byte order mark; it is not part of the document.
    @Test func aByteOrderMarkIsIgnored() throws {
        _ = try InterviewFile(jsonBytes: [0xEF, 0xBB, 0xBF] + Array(Self.minimal.utf8))
    }

    /// A file Rebound stored before it refused control characters still opens, repaired.
    @Test func aStoredFileWithControlCharactersOpensRepaired() throws {
        let stored = minimal(replacing: #""name": "Dana Reyes""#, with: #""name": "Dana\nBcc: x\u0007""#)
        let file = try InterviewFile(storedJSON: stored)
        #expect(file.interview.interviewers[0].name == "Dana Bcc: x")
    }

    @Test func refusesTheSameInterviewerTwice() {
        let json = minimal(replacing: #"[{"name": "Dana Reyes"}]"#, with: #"[{"name": "Dana Reyes"}, {"name": "dana reyes"}]"#)
        #expect(problems(json) == ["interview.interviewers[1].name: \"dana reyes\" is listed twice"])
    }

    @Test func refusesDocumentsThatAreNotInterviewFiles() {
        #expect(problems("[1, 2]") == ["an interview file is a JSON object, not a list"])
        #expect(problems("{}") == ["format: required", "interview: required"])
        #expect(problems("{\"format\": ") .first?.hasPrefix("invalid JSON at line 1") == true)
    }

    @Test func summarizesManyProblemsOnOneLine() {
        do {
            _ = try InterviewFile(json: "{}")
        } catch {
            #expect(error.description == "format: required (and 1 more)")
        }
    }
}
