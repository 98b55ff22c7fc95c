import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Web: settings")
struct SettingsTests {
    @Test("the name that signs drafts can be changed")
    func changeName() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await browser.get("/settings")
            let saved = try await browser.post("/settings/name", [("name", "Ana M. Silva")])
            #expect(saved.headers[.location] == "/settings?saved=name")
            let page = try await browser.get("/settings?saved=name").text
            #expect(page.contains(#"value="Ana M. Silva""#))
            #expect(page.contains("Your name is saved."))
        }
    }

    @Test("changing the password needs the current one and signs out every other device")
    func changePassword() async throws {
        try await TestApp.make().run { client in
            let laptop = Browser(client)
            try await laptop.setUp(password: "correct-horse")
            let phone = Browser(client)
            #expect(try await phone.signIn(email: "ana@example.org", password: "correct-horse").status == .seeOther)

            try await laptop.get("/settings")
            let wrong = try await laptop.post("/settings/password", [("current", "not-it-at-all"), ("new", "battery-staple"), ("confirm", "battery-staple")])
            #expect(wrong.status == .badRequest)
            #expect(wrong.text.contains("Current password: this is not your password."))
            let mismatch = try await laptop.post("/settings/password", [("current", "correct-horse"), ("new", "battery-staple"), ("confirm", "battery-stapler")])
            #expect(mismatch.status == .badRequest)

            let changed = try await laptop.post("/settings/password", [("current", "correct-horse"), ("new", "battery-staple"), ("confirm", "battery-staple")])
            #expect(changed.headers[.location] == "/settings?saved=password")
            #expect(try await laptop.get("/").status == .ok)
            #expect(try await phone.get("/").headers[.location] == "/sign-in")

            let other = Browser(client)
            #expect(try await other.signIn(email: "ana@example.org", password: "correct-horse").status == .unauthorized)
            #expect(try await other.signIn(email: "ana@example.org", password: "battery-staple").status == .seeOther)
        }
    }

    @Test("an API token is shown once, opens the API, and stops working when revoked")
    func apiTokens() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await browser.get("/settings")
            let created = try await browser.post("/settings/tokens", [("name", "my script")])
            #expect(created.status == .ok)
            let token = try #require(created.inputValue(id: "new-token"))
            #expect(token.hasPrefix("rb_") && token.count > 40)

            let script = Browser(client)
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            #expect(try await script.send(.get, "/api/v1/interviews", headers: auth).status == .ok)

            let later = try await browser.get("/settings").text
            #expect(later.contains("my script"))
            #expect(!later.contains(token))
            let id = try #require(later.range(of: #"action="/settings/tokens/"#).map { String(later[$0.upperBound...].prefix { $0 != "/" }) })
            #expect(try await browser.post("/settings/tokens/\(id)/revoke", []).headers[.location] == "/settings?saved=revoked#tokens")
            let refused = try await script.send(.get, "/api/v1/interviews", headers: auth)
            #expect(refused.status == .unauthorized)
            #expect(refused.headers[.wwwAuthenticate] == "Bearer")
        }
    }

    @Test("the calendar link serves the open steps of every plan without a cookie, until it is turned off")
    func calendarSubscription() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            try await browser.post("/interviews/\(id)/debrief/wants-job", [("wantsJob", "yes")])
            try await browser.get("/settings")
            try await browser.post("/settings/calendar", [("go", "create")])
            let url = try #require(try await browser.get("/settings").inputValue(id: "calendar-url"))
            let path = try #require(url.range(of: "/calendar/")).lowerBound
            let feedPath = String(url[path...])
            #expect(feedPath.hasSuffix(".ics"))

            let calendarApp = Browser(client)
            let feed = try await calendarApp.get(feedPath)
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
            let events = feed.text.calendarEventCount
            #expect(events > 0)
            #expect(feed.text.contains("Dana Reyes"))

            // A step marked done leaves the feed.
            try await browser.get("/interviews/\(id)")
            try await browser.post("/interviews/\(id)/steps", [("step", "thank-you:Dana Reyes"), ("done", "yes")])
            #expect(try await calendarApp.get(feedPath).text.calendarEventCount == events - 1)

            try await browser.get("/settings")
            try await browser.post("/settings/calendar", [("go", "revoke")])
            #expect(try await calendarApp.get(feedPath).status == .notFound)
        }
    }

    @Test("deleting the account needs the password and a tick, then removes every note")
    func deleteAccount() async throws {
        let app = try await TestApp.make(allowSignup: true)
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            try await browser.get("/settings")
            let wrong = try await browser.post("/settings/delete", [("password", "nope-nope-nope"), ("confirm", "yes")])
            #expect(wrong.status == .badRequest)
            #expect(try await browser.get("/interviews/\(id)").status == .ok)
            let unticked = try await browser.post("/settings/delete", [("password", "correct-horse")])
            #expect(unticked.status == .badRequest)

            let deleted = try await browser.post("/settings/delete", [("password", "correct-horse"), ("confirm", "yes")])
            #expect(deleted.headers[.location] == "/setup")
            #expect(deleted.headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await browser.get("/interviews/\(id)").status == .seeOther)
            #expect(try await app.storage.userCount() == 0)
            #expect(try await Browser(client).signIn(email: "ana@example.org", password: "correct-horse").status != .seeOther)
        }
    }
}
