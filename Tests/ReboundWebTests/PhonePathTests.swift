import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
import ReboundStore
import Testing

/// The first hour after an interview, on a phone: the quick path to a thank-you, the draft
/// page that does everything in one place, and the call script as something to say.
@Suite("Web: the first hour, on a phone")
struct PhonePathTests {
    @Test("the quick path asks four things, makes the interview and opens the thank-you with the better-answer box")
    func quickPath() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            #expect(try await browser.get("/").text.contains(#"href="/interviews/quick""#))
            let form = try await browser.get("/interviews/quick")
            #expect(form.status == .ok && form.text.contains(#"data-guessed="start""#))
            // The server's guess: an hour ago, on a five-minute mark.
            #expect(form.inputValue(id: "time")?.hasSuffix("0") == true || form.inputValue(id: "time")?.hasSuffix("5") == true)
            let made = try await browser.post("/interviews/quick", [
                ("company", "Riverside Primary School"), ("role", "Year 4 Teacher"), ("interviewers", "Grace Mensah"),
                ("worst", "How would you handle a parent who disagrees with a grade?"),
                ("date", "2026-11-21"), ("time", "09:30"), ("minutes", "60"), ("zone", "Europe/London"),
            ])
            #expect(made.status == .seeOther)
            let location = try #require(made.headers[.location])
            #expect(location.contains("/draft?key=thank-you%3AGrace%20Mensah"))
            let draft = try await browser.get(location)
            #expect(draft.text.contains("The answer you wish you had given"))
            #expect(draft.text.contains("How would you handle a parent who disagrees with a grade?"))
            let id = location.split(separator: "/")[1]
            // The answer goes into the note and into the notes for the full debrief.
            let added = try await browser.post("/interviews/\(id)/better-answer", [
                ("question", "0"), ("questionText", "How would you handle a parent who disagrees with a grade?"),
                ("key", "thank-you:Grace Mensah"),
                ("answer", "I would invite the parent in, show the marking rubric and the work side by side, and agree a next step together."),
            ])
            let back = try await browser.get(try #require(added.headers[.location]))
            #expect(back.text.contains("Added to your note"))
            #expect(back.text.contains("show the marking rubric"))
            #expect(!back.text.contains("The answer you wish you had given"))
            // The debrief waits, and starts from what was typed.
            #expect(try await browser.get("/").text.contains("debrief not finished"))
            #expect(try await browser.get("/interviews/\(id)/debrief/questions").text.contains("disagrees with a grade"))
        }
    }

    @Test("a quick form with a missing field names it and keeps what was typed")
    func quickPathProblem() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await browser.get("/interviews/quick")
            let wrong = try await browser.post("/interviews/quick", [
                ("company", "Fabrikam"), ("role", ""), ("interviewers", "Dana Reyes"), ("worst", "Why us?"),
                ("date", "2026-11-21"), ("time", "09:30"), ("minutes", "60"), ("zone", "Europe/London"),
            ])
            #expect(wrong.status == .badRequest && wrong.text.contains("Role:"))
            #expect(wrong.inputValue(id: "company") == "Fabrikam" && wrong.text.contains("Why us?"))
        }
    }

    @Test("mark as sent marks the plan step done with the time, and can be undone")
    func markAsSent() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Dana Reyes"))")
            let sent = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("go", "sent")])
            #expect(sent.status == .seeOther)
            let page = try await browser.get(try #require(sent.headers[.location]))
            #expect(page.text.contains("Marked as sent") && page.text.contains("Sent on"))
            let ana = try #require(try await app.storage.user(email: "ana@example.org"))
            let states = try await app.storage.stepStates(of: InterviewID("i-1"), of: ana.id)
            #expect(states.first { $0.key.rawValue == "thank-you:Dana Reyes" }?.doneAt == app.clock.now)
            try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("go", "unsent")])
            let undone = try await app.storage.stepStates(of: InterviewID("i-1"), of: ana.id)
            #expect(undone.first { $0.key.rawValue == "thank-you:Dana Reyes" }?.doneAt == nil)
        }
    }

    @Test("remove these words takes the flagged sentence out and saves the draft; stale words change nothing")
    func removeTheseWords() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Dana Reyes"))")
            let body = "Dear Dana,\n\nThank you for your time. I am so sorry about how it went. I remain very interested.\n\nBest,\nAna"
            let words = "I am so sorry about how it went"
            let start = body.utf16.distance(from: body.utf16.startIndex, to: body.range(of: words)!.lowerBound)
            let removed = try await browser.post("/interviews/i-1/draft", [
                ("key", "thank-you:Dana Reyes"), ("subject", "Thanks"), ("body", body),
                ("remove", "\(start):\(start + words.utf16.count)|\(words)"),
            ])
            #expect(removed.status == .ok && removed.text.contains("Removed, and the draft saved"))
            let page = try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Dana Reyes"))")
            #expect(page.text.contains("Thank you for your time. I remain very interested."))
            #expect(!page.text.contains("so sorry"))
            // One tap puts it back.
            #expect(removed.text.contains("Changed your mind?") && removed.text.contains("I am so sorry about how it went"))
            try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thanks"), ("body", body), ("go", "save")])
            #expect(try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Dana Reyes"))").text.contains("so sorry"))
            let stale = try await browser.post("/interviews/i-1/draft", [
                ("key", "thank-you:Dana Reyes"), ("subject", "Thanks"), ("body", "Dear Dana,\n\nThanks."), ("remove", "40:60|gone words"),
            ])
            #expect(stale.status == .ok && stale.text.contains("no longer where they were"))
        }
    }

    @Test("the call script is a script: a tel: link and large text, no e-mail actions")
    func callScript() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            var file = try InterviewFile(json: SampleFiles.interview())
            file.interview.interviewers[0].phone = "+1 (555) 010-0100"
            try await app.save(file)
            let page = try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("call-script:Dana Reyes"))").text
            #expect(page.contains(#"href="tel:+15550100100""#))
            #expect(page.contains(#"class="script-text""#))
            #expect(!page.contains("mailto:") && !page.contains("Download as .eml") && !page.contains("Copy the message"))
            #expect(page.contains("Mark the call made"))
            #expect(!page.contains("Too long"))
        }
    }
}

@Suite("Web: the zone a new interview starts with")
struct ZoneGuessTests {
    @Test("without the page's script, the zone is the one of the user's latest interview, and the start an hour ago")
    func serverGuess() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            var file = try InterviewFile(json: SampleFiles.interview())
            file.interview.timeZone = Zone(identifier: "Europe/London")!
            try await app.save(file)
            for path in ["/interviews/new", "/interviews/quick"] {
                let page = try await browser.get(path)
                #expect(page.inputValue(id: "zone") == "Europe/London", "\(path)")
                // The test clock is Saturday 21 November 2026, 16:00 UTC: 15:00 in London an hour ago.
                #expect(page.inputValue(id: "date") == "2026-11-21" && page.inputValue(id: "time") == "15:00", "\(path)")
                #expect(page.text.contains(#"<option value="Europe/London">London</option>"#))
            }
        }
    }
}

@Suite("Web: the debrief, on a phone")
struct DebriefMechanicsTests {
    @Test("rows are numbered from 1, Add another adds one row and focuses it, and a blank noted earlier comes forward as a question")
    func rows() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let base = "/interviews/\(id)/debrief/"
            try await browser.get(base + "went-wrong")
            let more = try await browser.post(base + "went-wrong", [("wrong[0].text", "Drew a blank on the budget question"),
                                                                   ("wrong[0].kind", "blank"), ("go", "more")])
            #expect(more.status == .ok)
            #expect(more.text.contains("What went wrong, 1") && more.text.contains("What went wrong, 2"))
            #expect(!more.text.contains("What went wrong, 0") && !more.text.contains("What went wrong, 3"))
            #expect(more.text.contains(#"name="wrong[1].text" rows="2" maxlength="2000" autofocus"#))
            let questions = try await browser.get(base + "questions").text
            // The note comes forward beside an empty question, never as the question itself.
            #expect(questions.contains("Question 1") && questions.contains("you noted: “Drew a blank on the budget question”"))
            #expect(!questions.contains(">Drew a blank on the budget question</textarea>"))
            #expect(questions.contains(#"<option value="weak" selected>"#))
            let interview = try await browser.get("/interviews/new").text
            #expect(!interview.contains("Not saying"))
        }
    }
}

@Suite("Web: sharing with a mentor from a personal install")
struct SharingTests {
    @Test("on this computer's address the page says a link opens nowhere else, and offers a copy to send: one file, no script")
    func copyToSend() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let page = try await browser.get("/interviews/i-1").text  // no Host: the default origin, 127.0.0.1
            #expect(page.contains("opens on this computer and nowhere else"))
            #expect(page.contains(#"href="/interviews/i-1/share-copy.html""#))
            let copy = try await browser.get("/interviews/i-1/share-copy.html")
            #expect(copy.status == .ok)
            #expect(copy.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            #expect(copy.headers[.contentType] == "text/html; charset=utf-8")
            let html = copy.text
            #expect(html.hasPrefix("<!doctype html>") && !html.lowercased().contains("<script") && !html.contains("/static/"))
            #expect(html.contains("Ana Silva sent you this copy") && html.contains("Opened with the rebrand story"))
            #expect(html.contains("I chaired the five-person brand committee."))
            // Someone else's interview gives nothing.
            #expect(try await browser.get("/interviews/i-2/share-copy.html").status == .notFound)
        }
    }

    @Test("the shared page speaks to the mentor, not to the owner")
    func mentorWording() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            try await browser.get("/interviews/i-1")
            let made = try await browser.post("/interviews/i-1/share", [("days", "7")])
            let link = try #require(made.inputValue(id: "share-url"))
            #expect(made.text.contains(#"data-copy="share-url""#))
            let path = String(link[try #require(link.range(of: "/shared/"))!.lowerBound...])
            let shared = try await Browser(client).get(path).text
            #expect(shared.contains("so you can help them think it through"))
            #expect(shared.contains("You are reading notes someone shared with you"))
            #expect(!shared.contains("Your notes stay in this app"))
        }
    }
}

@Suite("Web: the phone path, found by a review")
struct PhonePathReviewTests {
    @Test("a quick form for an interview long ago lands on its plan, not on a draft whose week is over")
    func quickPathForAnOldInterview() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await browser.get("/interviews/quick")
            let made = try await browser.post("/interviews/quick", [
                ("company", "Fabrikam"), ("role", "Analyst"), ("interviewers", "Dana Reyes"), ("worst", "Why us?"),
                ("date", "2026-10-01"), ("time", "09:30"), ("minutes", "60"), ("zone", "Europe/London"),
            ])
            let location = try #require(made.headers[.location])
            #expect(!location.contains("/draft") && location.hasPrefix("/interviews/"))
            #expect(try await browser.get(location).status == .ok)
        }
    }

    @Test("the better-answer box asks about the question the note speaks of, and is gone when the note has its answer")
    func betterAnswerBoxFollowsTheNote() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            var file = try InterviewFile(json: SampleFiles.interview())
            file.interview.interviewers.append(Interviewer(name: "Sam Ortiz"))
            file.debrief.questions = [
                InterviewQuestion(text: "Why this company?", askedBy: "Sam Ortiz", rating: .weak),
                InterviewQuestion(text: "Tell me about a time you led a team.", askedBy: "Dana Reyes", rating: .weak,
                                  betterAnswer: "I chaired the five-person brand committee."),
            ]
            try await app.save(file)
            // Dana's note already carries the answer to her question: no box (before, it asked
            // about the first unanswered question in the notes, Sam's, which her note never used).
            let dana = try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Dana Reyes"))").text
            #expect(dana.contains("I chaired the five-person brand committee") && !dana.contains("The answer you wish you had given"))
            // Sam's note borrows that answered question too (the writer prefers a question with an answer): no box.
            let sam = try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Sam Ortiz"))").text
            #expect(sam.contains("I chaired the five-person brand committee") && !sam.contains("The answer you wish you had given"))
            // Without that answer neither question has one; the note then speaks of the first
            // weak question, and the box asks about that same one.
            file.debrief.questions[1].betterAnswer = nil
            try await app.save(file)
            let again = try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Dana Reyes"))").text
            #expect(again.contains("To “Why this company?”"))
        }
    }

    @Test("a draft marked sent or cut down is held to the same length limit as one saved")
    func lengthLimits() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Dana Reyes"))")
            let huge = "Sorry. " + String(repeating: "word ", count: 30_000)
            let sent = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("body", huge), ("go", "sent")])
            #expect(sent.status == .badRequest)
            let cut = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("body", huge), ("remove", "0:6|Sorry.")])
            #expect(cut.status == .badRequest)
            let ana = try #require(try await app.storage.user(email: "ana@example.org"))
            #expect(try await app.storage.savedDrafts(of: InterviewID("i-1"), of: ana.id).isEmpty, "nothing half-written")
        }
    }
}
