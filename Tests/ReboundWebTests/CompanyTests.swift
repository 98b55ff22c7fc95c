import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
import ReboundStore
import Testing

@Suite("Web: preparing for the next round, company by company")
struct CompanyTests {
    @Test("invited back, the interview page leads to the company's page, which gathers the rounds, the answers wished for and likely questions")
    func nextRoundPage() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            try await app.saveSample(id: "i-0", company: "NORTHWIND traders Ltd", start: "2026-11-02T09:00:00-05:00")
            try await app.saveSample(id: "other", company: "Contoso")
            try await ana.get("/interviews/i-1")
            let updated = try await ana.post("/interviews/i-1/outcome", [("status", "next-round"), ("at", "2026-11-21"),
                                                                          ("nextRoundDate", "2026-12-02"), ("nextRoundTime", "14:00")])
            #expect(updated.status == .seeOther || updated.status == .found)
            let interview = try await ana.get("/interviews/i-1").text
            #expect(interview.contains(#"<a href="/companies/northwind-traders">Prepare for the next round at Northwind Traders</a>"#))
            #expect(interview.contains(#"<a href="/companies/northwind-traders">Prepare now</a>"#), "the plan's prepare step opens it")
            #expect(interview.components(separatedBy: "Prepare now").count == 2, "only that step has the link")

            let list = try await ana.get("/companies").text
            #expect(list.contains(#"<a href="/companies/northwind-traders">Northwind Traders</a>"#))
            #expect(list.contains("Next round Wed 2 Dec 2026"))
            #expect(list.contains("2 interviews"))
            #expect(list.range(of: "Northwind Traders")!.lowerBound < list.range(of: "Contoso")!.lowerBound, "a next round ahead comes first")

            let page = try await ana.get("/companies/northwind-traders")
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("<h1>Prepare for Northwind Traders</h1>"))
            #expect(text.contains("Your next round is on Wed 2 Dec 2026"))
            #expect(text.contains(#"<a href="/interviews/i-0">Marketing Coordinator</a>"#), "both rounds, whatever the spelling")
            #expect(text.contains("What you wish you had said: I chaired the five-person brand committee."))
            #expect(text.contains("Opened with the rebrand story"), "what worked, to do again")
            #expect(text.contains("<strong>Tell me about a time you led a team.</strong>\n    <span class=\"meta\">Asked here before"))
            #expect(text.contains("What do you know about us, and why do you want to work here?"))
            #expect(text.contains("The last question: have yours ready"))
            #expect(text.contains(#"href="/mock?go=1&amp;company=Northwind%20Traders"#))
            #expect(!text.contains("Contoso"))
        }
    }

    @Test("notes on the company are saved, escaped, picked up by the likely questions, and cleared only when confirmed")
    func notes() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            try await ana.get("/companies/northwind-traders")
            let saved = try await ana.post("/companies/northwind-traders", [
                ("company", "Northwind Traders"), ("field", "nursing"), ("history", "Founded 1987 <script>alert(1)</script>"),
                ("strengths", "Loyal \"customers\""), ("achievements", ""), ("goals", "Online first by 2030"),
            ])
            #expect(saved.headers[.location] == "/companies/northwind-traders?saved=notes#notes")
            let page = try await ana.get("/companies/northwind-traders?saved=notes").text
            #expect(page.contains("Saved."))
            #expect(page.contains("Founded 1987 &lt;script&gt;alert(1)&lt;/script&gt;</textarea>"))
            #expect(!page.contains("<script>alert"))
            #expect(page.contains("Loyal &quot;customers&quot;</textarea>"))
            #expect(page.contains(#"<option value="nursing" selected>"#))
            #expect(page.contains("Common in nursing"), "the field picks the common questions")
            #expect(page.contains("Last saved Sat 21 Nov 2026."))
            #expect(try await ana.get("/companies").text.contains("notes written"))

            let unconfirmed = try await ana.post("/companies/northwind-traders/delete", [])
            #expect(unconfirmed.status == .badRequest)
            #expect(try await ana.get("/companies/northwind-traders").text.contains("Online first by 2030"))
            let cleared = try await ana.post("/companies/northwind-traders/delete", [("confirm", "yes")])
            #expect(cleared.headers[.location] == "/companies/northwind-traders?saved=cleared")
            #expect(!(try await ana.get("/companies/northwind-traders").text.contains("Online first by 2030")))
        }
    }

    @Test("notes with a problem are refused with the field named, and nothing typed is lost")
    func refusedNotes() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            try await ana.get("/companies/northwind-traders")
            let long = String(repeating: "a", count: CompanyNotes.textLimit + 1)
            let tooLong = try await ana.post("/companies/northwind-traders", [
                ("company", "Northwind Traders"), ("history", long), ("goals", "Keep this sentence"),
            ])
            #expect(tooLong.status == .badRequest)
            #expect(tooLong.text.contains("History: keep it under 5000 characters (it has 5001)."))
            #expect(tooLong.text.contains("Keep this sentence</textarea>"))
            let renamed = try await ana.post("/companies/northwind-traders", [("company", "Contoso"), ("goals", "x")])
            #expect(renamed.status == .badRequest)
            #expect(renamed.text.contains("Company: that name is another company."))
            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            #expect(try await app.storage.companyNotes(of: user.id).isEmpty)
        }
    }

    @Test("a company without interviews can be started by name; unknown companies and other users' companies are not found")
    func startAndScope() async throws {
        let app = try await TestApp.make(allowSignup: true)
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            let started = try await ana.get("/companies?company=Caf%C3%A9+M%C3%BCller+GmbH")
            #expect(started.headers[.location] == "/companies/cafe-muller?name=Caf%C3%A9%20M%C3%BCller%20GmbH")
            let blank = try await ana.get("/companies/cafe-muller?name=Caf%C3%A9%20M%C3%BCller%20GmbH")
            #expect(blank.status == .ok)
            #expect(blank.text.contains("<h1>Prepare for Café Müller GmbH</h1>"))
            let refused = try await ana.post("/companies/cafe-muller", [("name", "Café Müller GmbH"), ("company", "Contoso")])
            #expect(refused.status == .badRequest, "a problem on a page not yet saved is shown on that page")
            #expect(refused.text.contains("<h1>Prepare for Café Müller GmbH</h1>"))
            #expect(try await ana.get("/companies/cafe-muller").status == .notFound, "nothing kept until notes are saved")
            #expect(try await ana.get("/companies/cafe-muller?name=Contoso").status == .notFound)
            #expect(try await ana.get("/companies?company=%E2%80%94").status == .badRequest)
            #expect(try await ana.get("/companies/Not%20A%20Key").status == .notFound)

            let japanese = "株式会社 トヨタ"
            let path = try #require(try await ana.get("/companies?company=\(Browser.encode(japanese))").headers[.location])
            #expect(try await ana.get(path).text.contains("Prepare for \(japanese)"))

            try await ana.post("/sign-out", [])
            let bo = Browser(client)
            _ = try await bo.signUp(email: "bo@example.org", password: "another-horse")
            #expect(try await bo.get("/companies/northwind-traders").status == .notFound, "another user's company stays hidden")
            #expect(!(try await bo.get("/companies").text.contains("Northwind")))
            let write = try await bo.post("/companies/northwind-traders", [("company", "Northwind Traders"), ("goals", "mine")])
            #expect(write.status.code == 303 || write.status == .found)
            let anaID = try #require(try await app.storage.user(email: "ana@example.org")).id
            #expect(try await app.storage.companyNotes(of: anaID).isEmpty, "Bo's notes are Bo's own")
        }
    }

    @Test("notes on companies go out with everything else and come back in on import")
    func exportAndImport() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            try await ana.get("/companies/northwind-traders")
            try await ana.post("/companies/northwind-traders", [("company", "Northwind Traders"), ("goals", "Online first by 2030")])
            let export = try await ana.get("/export/everything.json").text
            let companies = try #require(try JSONParser.parse(Array(export.utf8))["companies"])
            #expect(companies == .array([.object([("company", .string("Northwind Traders")), ("history", .string("")),
                                                  ("strengths", .string("")), ("achievements", .string("")),
                                                  ("goals", .string("Online first by 2030")),
                                                  ("updatedAt", .string("2026-11-21T16:00:00Z"))])]))
            try await ana.post("/companies/northwind-traders/delete", [("confirm", "yes")])
            try await ana.get("/import")
            let imported = try await ana.postFile("/import", field: "file", fileName: "export.json", content: export)
            #expect(imported.status == .seeOther || imported.status == .found)
            #expect(try await ana.get("/companies/northwind-traders").text.contains("Online first by 2030"))
        }
    }
}
