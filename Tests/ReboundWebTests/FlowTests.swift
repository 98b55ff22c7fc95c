import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
import ReboundStore
import Testing

@Suite("Web: from a bad interview to a sent thank-you")
struct FlowTests {
    @Test("the debrief starts with what went well, saves each page, and resumes where the user left")
    func debriefResumes() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let first = try await browser.get("/interviews/\(id)/debrief/went-well")
            #expect(first.text.contains("What went well"))
            #expect(first.text.contains("step 1 of 7"))
            try await browser.post("/interviews/\(id)/debrief/went-well", [("item", "Opened with the rebrand story"), ("item", ""), ("go", "next")])
            let later = try await browser.post("/interviews/\(id)/debrief/went-wrong",
                                               [("wrong[0].text", "Drew a blank on the leadership question"), ("wrong[0].kind", "blank"), ("go", "later")])
            #expect(later.headers[.location] == "/")
            // Back on the dashboard, the interview leads to where the user stopped.
            let dashboard = try await browser.get("/")
            #expect(dashboard.text.contains("/interviews/\(id)/debrief/went-wrong"))
            #expect(dashboard.text.contains("debrief not finished"))
            let resumed = try await browser.get("/interviews/\(id)/debrief/went-wrong")
            #expect(resumed.text.contains("Drew a blank on the leadership question"))
            #expect(try await browser.get("/interviews/\(id)/debrief/went-well").text.contains("Opened with the rebrand story"))
        }
    }

    @Test("a bad field in the debrief is named and nothing typed is lost")
    func debriefFieldError() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let response = try await browser.post("/interviews/\(id)/debrief/interviewers", [
                ("p[0].name", "Dana Reyes"), ("p[0].title", "Director"), ("p[0].email", "not an address"),
                ("p[1].name", "Marcus Bell"),
            ])
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Interviewer 1, email"))
            #expect(response.text.contains(#"value="Director""#))
            #expect(response.text.contains(#"value="not an address""#))
        }
    }

    @Test("a whole debrief gives a plan with late steps first; steps are marked done and undone")
    func planChecklist() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let base = "/interviews/\(id)/debrief/"
            try await browser.post(base + "went-well", [("item", "Opened with the rebrand story")])
            try await browser.post(base + "went-wrong", [("wrong[0].text", "Blanked on the leadership question"), ("wrong[0].kind", "blank")])
            try await browser.post(base + "questions", [("q[0].text", "Tell me about a time you led a team."), ("q[0].askedBy", "Dana Reyes"),
                                                        ("q[0].rating", "weak"), ("q[0].better", "I chaired the five-person brand committee.")])
            try await browser.post(base + "forgot", [("item", "my analytics certificate")])
            try await browser.post(base + "interviewers", [("p[0].name", "Dana Reyes"), ("p[0].email", "dana@northwind.example"),
                                                           ("p[0].hiringManager", "yes"), ("p[1].name", "Marcus Bell")])
            try await browser.post(base + "contacts", [("c[0].name", "Sam Ortiz"), ("c[0].relation", "recruiter"),
                                                       ("c[1].name", "Priya Natarajan"), ("c[1].relation", "reference"), ("c[1].mayBeContacted", "yes")])
            let finished = try await browser.post(base + "wants-job", [("wantsJob", "yes")])
            #expect(finished.headers[.location] == "/interviews/\(id)")

            // The clock is Saturday afternoon: Friday's thank-yous are late and listed first.
            let page = try await browser.get("/interviews/\(id)").text
            #expect(!page.contains("debrief is not finished"))
            let late = try #require(page.range(of: ">Late<"))
            let next = try #require(page.range(of: ">Next<"))
            let thankYou = try #require(page.range(of: "Send Dana Reyes a thank-you note"))
            #expect(late.lowerBound < thankYou.lowerBound && thankYou.lowerBound < next.lowerBound)
            #expect(page.contains("Brief") || page.contains("Priya Natarajan"))

            try await browser.post("/interviews/\(id)/steps", [("step", "thank-you:Dana Reyes"), ("done", "yes")])
            let marked = try await browser.get("/interviews/\(id)").text
            let done = try #require(marked.range(of: ">Done<"))
            let moved = try #require(marked.range(of: "Send Dana Reyes a thank-you note"))
            #expect(done.lowerBound < moved.lowerBound)
            try await browser.post("/interviews/\(id)/steps", [("step", "thank-you:Dana Reyes"), ("done", "no")])
            #expect(!(try await browser.get("/interviews/\(id)").text.contains(">Done<")))
            #expect(try await browser.post("/interviews/\(id)/steps", [("step", "no-such-step"), ("done", "yes")]).status == .notFound)

            // Two days after the interview the page invites a reread.
            #expect(!marked.contains(#"id="reread""#))
            app.clock.advance(2 * 86_400)
            #expect(try await browser.get("/interviews/\(id)").text.contains(#"id="reread""#))
            try await browser.post("/interviews/\(id)/next-time", [("nextTime", "Prepare two leadership stories\nBring printed notes")])
            #expect(try await browser.get("/interviews/\(id)").text.contains("Prepare two leadership stories"))
        }
    }

    @Test("the same interview shown later has more late steps, each with the advice for acting late")
    func stepsTurnLateAsTimePasses() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let before = try await browser.get("/interviews/\(id)").text
            app.clock.advance(3 * 86_400)
            let after = try await browser.get("/interviews/\(id)").text
            let lateBefore = before.components(separatedBy: "step is-late").count - 1
            let lateAfter = after.components(separatedBy: "step is-late").count - 1
            #expect(lateBefore >= 1, "the thank-yous were due the evening of the interview")
            #expect(lateAfter > lateBefore)
            #expect(after.components(separatedBy: "late-tag").count - 1 == lateAfter)
        }
    }

    @Test("when the outcome changes to a rejection the plan turns to feedback and moving on")
    func outcomeChangesPlan() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let before = try await browser.get("/interviews/\(id)").text
            #expect(!before.contains("feedback"))
            #expect(!before.contains("Moving on"), "no talk of moving on before a no")
            let response = try await browser.post("/interviews/\(id)/outcome", [("status", "rejected"), ("at", "2026-11-21")])
            #expect(response.status == .seeOther)
            let page = try await browser.get("/interviews/\(id)").text
            #expect(page.contains("Not offered the job"))
            #expect(page.lowercased().contains("feedback"))
            // After a no: the steps for moving on, and a kinder look at the usual thoughts.
            #expect(page.contains(#"<h2 id="moving-on-heading">Moving on</h2>"#))
            #expect(page.contains("<dt>“One interview decides what I am worth.”</dt>"))
            #expect(page.contains("<dt>“They must have hated me.”</dt>"))
            #expect(page.contains(#"<a href="/practice">Practise the questions that tripped you up</a>"#))
            #expect(try await browser.post("/interviews/\(id)/outcome", [("status", "hired-by-magic")]).status == .badRequest)
        }
    }

    @Test("a long list of interviews comes fifty to a page, newest first, with links between the pages")
    func dashboardPages() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            for day in 1...120 {
                let start = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: 1_780_000_000 + Double(day) * 86_400))
                try await app.saveSample(id: "i-\(day)", company: "Company \(day)", start: start)
            }
            let first = try await browser.get("/").text
            #expect(first.contains("All interviews (120)"))
            #expect(first.contains("Showing 1–50 of 120"))
            #expect(first.contains("Company 120<") && first.contains("Company 71<") && !first.contains("Company 70<"))
            #expect(first.contains("href=\"/?page=2#all-heading\"") && !first.contains("rel=\"prev\""))
            let last = try await browser.get("/?page=3").text
            #expect(last.contains("Showing 101–120 of 120") && last.contains("Company 1<") && !last.contains("Company 21<"))
            #expect(last.contains("href=\"/?page=2#all-heading\"") && !last.contains("rel=\"next\""))
            // A page number out of range shows the nearest page rather than an error.
            #expect(try await browser.get("/?page=99").text.contains("Showing 101–120 of 120"))
            #expect(try await browser.get("/?page=nonsense").text.contains("Showing 1–50 of 120"))
        }
    }

    @Test("a draft is edited until the check is clean, saved, and offered as mailto and .eml")
    func draftEditing() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let key = "thank-you:Dana Reyes"
            let page = try await browser.get("/interviews/\(id)/draft?key=thank-you%3ADana%20Reyes")
            #expect(page.status == .ok)
            #expect(page.text.contains("No problems found"))

            let sorry = "Dear Dana,\n\nSorry for rambling, I was so nervous. Thank you for your time.\n\nAna"
            let checked = try await browser.post("/interviews/\(id)/draft", [("key", key), ("subject", "Thanks"), ("body", sorry), ("go", "check")])
            #expect(checked.status == .ok)
            // One copy of the text (the editor), with the findings under it; no second preview.
            #expect(!checked.text.contains("check-preview"))
            #expect(checked.text.components(separatedBy: "<textarea").count == 2)
            #expect(checked.text.contains("Apology") && checked.text.contains(#"name="remove""#))
            #expect(checked.text.contains(sorry.replacingOccurrences(of: "\n", with: "\n").prefix(10)))

            let better = "Dear Dana,\n\nThank you for your time today. I am keen on the role and the team.\n\nBest,\nAna"
            let saved = try await browser.post("/interviews/\(id)/draft", [("key", key), ("subject", "Thanks"), ("body", better), ("go", "save")])
            #expect(saved.status == .seeOther)
            let reopened = try await browser.get(saved.headers[.location] ?? "")
            #expect(reopened.text.contains("I am keen on the role and the team."))
            #expect(reopened.text.contains("Draft saved."))
            #expect(try await browser.get("/interviews/\(id)/drafts").text.contains("edited"))

            let eml = try await browser.get("/interviews/\(id)/draft.eml?key=thank-you%3ADana%20Reyes")
            #expect(eml.headers[.contentType] == "message/rfc822")
            #expect(eml.text.contains("Subject: Thanks"))
            #expect(eml.text.contains("X-Unsent: 1"))

            try await browser.post("/interviews/\(id)/draft", [("key", key), ("go", "reset")])
            #expect(!(try await browser.get("/interviews/\(id)/draft?key=thank-you%3ADana%20Reyes").text.contains("I am keen on the role and the team.")))
        }
    }

    @Test("the check API answers the page's script with findings and UTF-16 spans, and refuses calls without auth or CSRF header")
    func checkAPI() async throws {
        try await TestApp.make().run { client in
            let anonymous = try await client.execute(uri: "/api/v1/check", method: .post, headers: [.contentType: "application/json"],
                                                     body: .init(string: #"{"text": "hi"}"#))
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text.contains("\"error\""))

            let browser = Browser(client)
            try await browser.setUp()
            let noHeader = try await browser.postJSON("/api/v1/check", #"{"text": "Sorry"}"#)
            #expect(noHeader.status == .forbidden)

            let token: HTTPFields = [HTTPField.Name("X-CSRF-Token")!: browser.csrf]
            let report = try await browser.postJSON("/api/v1/check", #"{"text": "👋 Sorry I was nervous. Thank you!", "kind": "follow-up"}"#, headers: token)
            #expect(report.status == .ok)
            #expect(report.text.contains(#""rule":"apology""#))
            #expect(report.text.contains(#""start":3"#))
            let bad = try await browser.postJSON("/api/v1/check", #"{"text": 5}"#, headers: token)
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("text: required"))
            let broken = try await browser.postJSON("/api/v1/check", #"{"text": "#, headers: token)
            #expect(broken.status == .badRequest)
            #expect(broken.text.contains("invalid JSON"))
        }
    }
}
