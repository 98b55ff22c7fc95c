import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
import Testing

@Suite("Web: calendar, export and import")
struct ExportImportTests {
    @Test("a plan downloads as an .ics file of its open steps")
    func planCalendar() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let full = try await browser.get("/interviews/\(id)/plan.ics")
            #expect(full.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(full.headers[.contentDisposition] == #"attachment; filename="rebound-northwind-traders-2026-11-20-plan.ics""#)
            #expect(full.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            let events = full.text.calendarEventCount
            try await browser.get("/interviews/\(id)")
            try await browser.post("/interviews/\(id)/steps", [("step", "thank-you:Marcus Bell"), ("done", "yes")])
            let after = try await browser.get("/interviews/\(id)/plan.ics").text
            #expect(after.calendarEventCount == events - 1)
        }
    }

    @Test("one interview exports as an interview file the command line reads")
    func exportOne() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview(company: "Zoë & Søn <Ltd>")
            let response = try await browser.get("/interviews/\(id)/export.json")
            // Issue 19: the name keeps its letters (RFC 6266 `filename*`), with a plain ASCII one beside it.
            #expect(response.headers[.contentDisposition]
                == #"attachment; filename="rebound-zoe-s-n-ltd-2026-11-20-interview.json"; filename*=UTF-8''rebound-zo%C3%AB-s%C3%B8n-ltd-2026-11-20-interview.json"#)
            let file = try InterviewFile(json: response.text)
            #expect(file.interview.company == "Zoë & Søn <Ltd>")
            #expect(file.interview.interviewers.map(\.name) == ["Dana Reyes", "Marcus Bell"])
        }
    }

    @Test("everything exported from one account imports into another with done steps and edited drafts")
    func exportEverythingImportElsewhere() async throws {
        try await TestApp.make(allowSignup: true).run { client in
            let ana = Browser(client)
            try await ana.setUp()
            let id = try await ana.recordInterview()
            try await ana.post("/interviews/\(id)/debrief/wants-job", [("wantsJob", "yes")])
            try await ana.get("/interviews/\(id)")
            try await ana.post("/interviews/\(id)/steps", [("step", "thank-you:Dana Reyes"), ("done", "yes")])
            try await ana.get("/interviews/\(id)/draft?key=thank-you%3ADana%20Reyes")
            try await ana.post("/interviews/\(id)/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thank you, Dana"),
                                                          ("body", "Dear Dana,\n\nThank you for today. I remain keen on the role.\n\nAna"), ("go", "save")])
            try await ana.get("/practice?kind=closing")
            try await ana.post("/practice", [("key", "starter:c01"), ("kind", "closing"), ("outline", "Team, first 90 days"), ("rating", "weak")])
            let export = try await ana.get("/export/everything.json")
            #expect(export.headers[.contentDisposition]?.contains("rebound-export-") == true)
            guard case .array(let practised)? = export.json["practice"] else {
                Issue.record("no practice in the export")
                return
            }
            #expect(practised.first?["outline"] == .string("Team, first 90 days"))
            #expect(export.json["format"] == .string("rebound.export/1"))
            #expect(export.json["account"]?["email"] == .string("ana@example.org"))

            let bo = Browser(client)
            try await bo.signUp(email: "bo@example.org", password: "bo-password-1")
            try await bo.get("/import")
            let imported = try await bo.postFile("/import", field: "file", fileName: "export.json", content: export.text)
            #expect(imported.headers[.location] == "/?imported=1")
            #expect(try await bo.get("/?imported=1").text.contains("Imported 1 interview."))

            // Bo's copy has a new ID: Ana's ID is never reused across accounts.
            guard let copyID = try await bo.apiInterviews().first?["id"] else {
                Issue.record("no interview listed")
                return
            }
            #expect(copyID != .string(id))
            guard case .string(let copy) = copyID else { return }
            let page = try await bo.get("/interviews/\(copy)").text
            let done = try #require(page.range(of: ">Done<"))
            #expect(page[done.upperBound...].contains("Send Dana Reyes a thank-you note"))
            #expect(try await bo.get("/interviews/\(copy)/draft?key=thank-you%3ADana%20Reyes").text.contains("I remain keen on the role."))
            // The practised answer came along, with its schedule.
            #expect(try await bo.get("/questions?source=weak").text.contains("Do you have any questions for us?"))
        }
    }

    @Test("importing my own export again restores, with its ID, instead of doubling")
    func reimportRestores() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let export = try await browser.get("/export/interviews.json")
            guard case .array(let files) = export.json else {
                Issue.record("not a list")
                return
            }
            #expect(files.count == 1)
            let everything = try await browser.get("/export/everything.json").text
            try await browser.get("/interviews/\(id)")
            // Deleting needs the tick: a stray click deletes nothing.
            #expect(try await browser.post("/interviews/\(id)/delete", []).status == .badRequest)
            #expect(try await browser.get("/interviews/\(id)").status == .ok)
            try await browser.post("/interviews/\(id)/delete", [("confirm", "yes")])
            #expect(try await browser.get("/interviews/\(id)").status == .notFound)
            try await browser.get("/import")
            try await browser.post("/import", [("json", everything)])
            try await browser.get("/import")
            try await browser.post("/import", [("json", everything)])
            let items = try await browser.apiInterviews()
            #expect(items.count == 1)
            #expect(items.first?["id"] == .string(id))
        }
    }

    @Test("a bad file is refused with every problem named by its path, and nothing is saved")
    func importReportsEveryField() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let good = SampleFiles.interview()
            let bad = SampleFiles.interview(company: "", start: "last Friday")
            try await browser.get("/import")
            let refused = try await browser.postFile("/import", field: "file", fileName: "two.json", content: "[\(good), \(bad)]")
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Nothing was imported."))
            #expect(refused.text.contains("[1].interview.company"))
            #expect(refused.text.contains("[1].interview.start: not an RFC 3339 date-time"))
            #expect(!refused.text.contains("[0]."))
            #expect(try await browser.get("/").text.contains("Northwind") == false)

            let notJSON = try await browser.post("/import", [("json", "{\"format\": ")])
            #expect(notJSON.status == .badRequest)
            #expect(notJSON.text.contains("not a JSON document"))
            // Pasted text comes back for fixing.
            #expect(notJSON.text.contains("{&quot;format&quot;: </textarea>"))

            // The same interview twice is one interview.
            let fine = try await browser.postFile("/import", field: "file", fileName: "two.json", content: "[\(good), \(good)]")
            #expect(fine.headers[.location] == "/?imported=1")
        }
    }
}
