import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
import ReboundStore
import Testing

/// The plan follows what happens after the interview (playbook version 2): a step whose
/// moment has passed is let go everywhere it shows, silence brings a check-in, the employer's
/// decision date moves it, and an offer is congratulated and answered.
@Suite("Web: the plan follows what happened")
struct PlanFollowsTests {
    /// The part of a page from `start` to the next `end` (or to the end of the page).
    func section(_ text: String, from start: String, to end: String) -> String {
        guard let from = text.range(of: start) else { return "" }
        let rest = text[from.upperBound...]
        return String(rest[..<(rest.range(of: end)?.lowerBound ?? rest.endIndex)])
    }

    @Test("ten days on, the thank-you and the call are let go: not late, no draft, cancelled in the calendar")
    func lapsedStepsLeaveEveryList() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()  // Friday 20 November, New York
            app.clock.advance(10 * 86_400)  // Tuesday 1 December
            let page = try await browser.get("/interviews/i-1").text
            let late = section(page, from: #"class="late-heading""#, to: "<h3")
            #expect(!late.contains("thank-you note") && !late.contains("call Dana Reyes"), "late: \(late)")
            let letGo = section(page, from: "Fine to let go", to: "</section>")
            #expect(letGo.contains("Send Dana Reyes a thank-you note") && letGo.contains("is-lapsed"))
            #expect(letGo.contains("Mark done"), "a lapsed step can still be marked done")
            #expect(!letGo.contains("Open the draft"))
            // Silence: the check-in is next, addressed to the hiring manager (no recruiter).
            #expect(section(page, from: "<h3>Next</h3>", to: "</ol>").contains("Ask Dana Reyes where things stand"))

            let dashboard = try await browser.get("/").text
            #expect(!dashboard.contains("Thank Dana Reyes") && !dashboard.contains("Call Dana Reyes"))
            #expect(dashboard.contains("Ask where things stand"))

            let drafts = try await browser.get("/interviews/i-1/drafts").text
            #expect(!drafts.contains("Thank-you</strong>") && drafts.contains("Check-in</strong>"))
            let gone = try await browser.get("/interviews/i-1/draft?key=\(Browser.encode("thank-you:Dana Reyes"))")
            #expect(gone.status == .notFound)

            let calendar = try await browser.get("/interviews/i-1/plan.ics").text
            let thanks = section(calendar, from: "UID:thank-you-", to: "END:VEVENT")
            #expect(thanks.contains("STATUS:CANCELLED") && !thanks.contains("VALARM"))
        }
    }

    @Test("the day the employer gave moves the check-in; a day before the interview is refused by name")
    func decisionDate() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            try await browser.get("/interviews/i-1")
            // Thursday 3 December: two business days later is Monday 7 December.
            let saved = try await browser.post("/interviews/i-1/outcome", [("status", "pending"), ("at", ""), ("decisionBy", "2026-12-03")])
            #expect(saved.status == .seeOther)
            let shown = try await browser.get("/interviews/i-1")
            #expect(shown.inputValue(id: "decisionBy") == "2026-12-03")
            let page = shown.text
            let checkIn = section(page, from: "Ask Dana Reyes where things stand", to: "</li>")
            #expect(checkIn.contains("Mon 7 Dec") || checkIn.contains("7 Dec"), "\(checkIn)")
            let ana = try #require(try await app.storage.user(email: "ana@example.org"))
            let stored = try #require(try await app.storage.interview(InterviewID("i-1"), of: ana.id))
            #expect(stored.file.interview.decisionBy.map { stored.file.interview.timeZone.day(of: $0.seconds).description } == "2026-12-03")

            // The check-in waits for its day, and says so.
            #expect(try await browser.get("/interviews/i-1/drafts").text.contains("best sent from"))
            let early = try await browser.post("/interviews/i-1/outcome", [("status", "pending"), ("at", ""), ("decisionBy", "2026-11-19")])
            #expect(early.status == .badRequest && early.text.contains("Decision date"))
            // Emptied, the date is forgotten and the check-in goes back to seven business days.
            try await browser.post("/interviews/i-1/outcome", [("status", "pending"), ("at", ""), ("decisionBy", "")])
            #expect(try await browser.get("/interviews/i-1").inputValue(id: "decisionBy") == "")
        }
    }

    @Test("the new-interview page asks when they will decide, and keeps what was typed when a field is wrong")
    func decisionDateWhenRecording() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await browser.get("/interviews/new")
            let fields: [(String, String)] = [
                ("company", "Fabrikam"), ("role", "Analyst"), ("date", "2026-11-20"), ("time", "10:30"), ("minutes", "45"),
                ("zone", "America/New_York"), ("interviewers", "Dana Reyes"),
            ]
            let wrong = try await browser.post("/interviews", fields + [("decisionBy", "someday")])
            #expect(wrong.status == .badRequest && wrong.text.contains("Decision date") && wrong.inputValue(id: "decisionBy") == "someday")
            let made = try await browser.post("/interviews", fields + [("decisionBy", "2026-11-27")])
            #expect(made.status == .seeOther)
        }
    }

    @Test("an offer is congratulated, the reply and the good-news notes are drafted, and nothing shouts late about thanks")
    func offer() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            app.clock.advance(20 * 86_400)
            try await browser.get("/interviews/i-1")
            try await browser.post("/interviews/i-1/outcome", [("status", "offer"), ("at", "")])
            let page = try await browser.get("/interviews/i-1").text
            #expect(page.contains("Congratulations on the offer"))
            #expect(page.contains("Reply to the offer from Northwind Traders"))
            #expect(!section(page, from: #"class="late-heading""#, to: "<h3").contains("thank-you"))
            let drafts = try await browser.get("/interviews/i-1/drafts").text
            #expect(drafts.contains("Congratulations") && drafts.contains("Reply to the offer</strong> to Dana Reyes"))
            #expect(drafts.contains("Good news</strong> to Priya Natarajan"))
        }
    }

    @Test("with every message's moment passed, the drafts page says why there is nothing to send")
    func nothingToSend() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            try await browser.get("/interviews/i-1")
            try await browser.post("/interviews/i-1/outcome", [("status", "withdrawn"), ("at", "")])
            let drafts = try await browser.get("/interviews/i-1/drafts").text
            #expect(drafts.contains("nothing to send") && !drafts.contains(#"<ul class="drafts">"#))
        }
    }
}
