import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
import ReboundStore
import Testing

@Suite("Web: share links for a mentor")
struct ShareLinkTests {
    /// The link shown once on the page after making it, as a path.
    private func madeLink(_ page: String) throws -> String {
        let url = try #require(page.range(of: #"id="share-url" value=""#).map { String(page[$0.upperBound...].prefix { $0 != "\"" }) })
        let start = try #require(url.range(of: "/shared/")).lowerBound
        return String(url[start...])
    }

    @Test("a link shows one interview's notes and plan, read-only, to someone not signed in, and nothing else")
    func readOnly() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1", company: "Northwind <b>")
            try await app.saveSample(id: "i-2", company: "Secret Other Co")
            try await ana.get("/interviews/i-1")
            let made = try await ana.post("/interviews/i-1/share", [("days", "7")])
            #expect(made.status == .ok)
            #expect(made.text.contains("Link made. Copy it now: it is not shown again."))
            let path = try madeLink(made.text)
            #expect(path.hasPrefix("/shared/") && path.count > 40)
            #expect(!(try await ana.get("/interviews/i-1").text.contains(path)), "the secret is shown once")

            let mentor = Browser(client)
            let shared = try await mentor.get(path)
            #expect(shared.status == .ok)
            #expect(shared.headers[HTTPField.Name("X-Robots-Tag")!] == "noindex, nofollow")
            #expect(shared.headers[.cacheControl] == "no-store")
            let page = shared.text
            #expect(page.contains("Ana Silva shared these notes from a job interview so you can help them think it through."))
            #expect(page.contains("Northwind &lt;b&gt;"))
            #expect(page.contains("Opened with the rebrand story"))
            #expect(page.contains("<strong>Tell me about a time you led a team.</strong> (weak)"))
            #expect(page.contains("Better answer: I chaired the five-person brand committee."))
            #expect(page.contains("Send Dana Reyes a thank-you note"))
            #expect(!page.contains("<form"), "nothing can be changed from it")
            #expect(!page.contains("Secret Other Co"))
            #expect(!page.contains("ana@example.org"))
            #expect(!page.contains("dana.reyes@northwind.example"), "contacts' addresses stay private")
            #expect(!page.contains(#"href="/settings""#))
            // The link opens nothing else of the account.
            #expect(try await mentor.get("/interviews/i-1").headers[.location]?.hasPrefix("/sign-in") == true)
            #expect(try await mentor.get("/shared/not-a-real-token").status == .notFound)
        }
    }

    @Test("a link stops working when it expires or is turned off, and only its owner can turn it off")
    func endsWhenExpiredOrTurnedOff() async throws {
        let app = try await TestApp.make(allowSignup: true)
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            try await ana.get("/interviews/i-1")
            let oneDay = try madeLink(try await ana.post("/interviews/i-1/share", [("days", "1")]).text)
            try await ana.get("/interviews/i-1")
            let week = try madeLink(try await ana.post("/interviews/i-1/share", [("days", "7")]).text)
            let mentor = Browser(client)
            #expect(try await mentor.get(oneDay).status == .ok)

            app.clock.advance(86_400 + 1)
            #expect(try await mentor.get(oneDay).status == .notFound)
            #expect(try await mentor.get(week).status == .ok)

            let listing = try await ana.get("/interviews/i-1").text
            #expect(listing.components(separatedBy: "Turn it off").count == 2, "only the link still working is listed")
            let linkID = try #require(listing.range(of: "/interviews/i-1/share/").map { String(listing[$0.upperBound...].prefix { $0 != "/" }) })

            let bo = Browser(client)
            #expect(try await bo.signUp(email: "bo@example.org", password: "battery-staple").status == .seeOther)
            try await bo.get("/")
            #expect(try await bo.post("/interviews/i-1/share/\(linkID)/revoke", []).status == .notFound)
            #expect(try await mentor.get(week).status == .ok)

            let off = try await ana.post("/interviews/i-1/share/\(linkID)/revoke", [])
            #expect(off.headers[.location] == "/interviews/i-1?saved=share-off#share")
            #expect(try await mentor.get(week).status == .notFound)
            #expect(try await ana.get("/interviews/i-1?saved=share-off").text.contains("The link is turned off."))
        }
    }
}
