import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Web: accounts and sessions")
struct AccountTests {
    @Test("the first visit to a new install leads to creating the owner account, which signs in")
    func firstVisit() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            let home = try await browser.get("/")
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/setup")
            try await browser.setUp()
            let dashboard = try await browser.get("/")
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("Your interviews"))
            #expect(dashboard.text.contains("Ana Silva") || dashboard.text.contains("Sign out"))
        }
    }

    @Test("once the owner exists, setup is closed and sign-up stays closed unless the operator allows it")
    func signupClosed() async throws {
        try await TestApp.make().run { client in
            try await Browser(client).setUp()
            let stranger = Browser(client)
            #expect(try await stranger.get("/setup").headers[.location] == "/sign-in")
            try await stranger.get("/sign-in")
            let attempt = try await stranger.post("/setup", [("email", "eve@example.org"), ("password", "password123"), ("confirm", "password123")])
            #expect(attempt.headers[.location] == "/sign-in")
            #expect(try await stranger.get("/sign-up").status == .notFound)
            #expect(try await stranger.signIn(email: "eve@example.org", password: "password123").status == .unauthorized)
        }
    }

    @Test("with --allow-signup a second person creates an account; an address cannot be used twice")
    func signupOpen() async throws {
        try await TestApp.make(allowSignup: true).run { client in
            try await Browser(client).setUp()
            let bo = Browser(client)
            try await bo.get("/sign-up")
            let created = try await bo.post("/sign-up", [("email", "bo@example.org"), ("password", "another-pass"), ("confirm", "another-pass")])
            #expect(created.status == .seeOther)
            #expect(try await bo.get("/").status == .ok)
            let twin = Browser(client)
            try await twin.get("/sign-up")
            let again = try await twin.post("/sign-up", [("email", "ANA@example.org"), ("password", "another-pass"), ("confirm", "another-pass")])
            #expect(again.status == .conflict)
            #expect(again.text.contains("E-mail: an account with this address exists"))
        }
    }

    @Test("bad account fields get a one-line error naming the field, and what was typed stays")
    func accountFieldErrors() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.get("/setup")
            let short = try await browser.post("/setup", [("name", "Ana"), ("email", "ana@example.org"), ("password", "short"), ("confirm", "short")])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("Password: Use at least 8 characters."))
            #expect(short.text.contains(#"value="ana@example.org""#))
            let email = try await browser.post("/setup", [("email", "not-an-address"), ("password", "long-enough"), ("confirm", "long-enough")])
            #expect(email.text.contains("E-mail: enter the address"))
            let mismatch = try await browser.post("/setup", [("email", "ana@example.org"), ("password", "long-enough"), ("confirm", "long-enougH")])
            #expect(mismatch.text.contains("the two passwords are not the same"))
        }
    }

    @Test("the session cookie is HttpOnly and SameSite=Lax, and Secure when the app is reached over HTTPS")
    func cookieAttributes() async throws {
        try await TestApp.make().run { client in
            let plain = Browser(client)
            try await plain.get("/setup")
            let response = try await plain.post("/setup", [("email", "ana@example.org"), ("password", "correct-horse"), ("confirm", "correct-horse")])
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("rebound_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))

            let secure = Browser(client)
            secure.forwardedProto = "https"
            try await secure.get("/sign-in")
            let signedIn = try await secure.post("/sign-in", [("email", "ana@example.org"), ("password", "correct-horse")])
            let secureCookie = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("rebound_session=") })
            #expect(secureCookie.contains("Secure"))
        }
    }

    @Test("sign-out ends the session: the old cookie no longer opens any page")
    func signOut() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let stolen = browser.cookies["rebound_session"] ?? ""
            #expect(try await browser.post("/sign-out", []).headers[.location] == "/sign-in")
            let replay = try await client.execute(uri: "/", method: .get, headers: [.cookie: "rebound_session=\(stolen)"])
            #expect(replay.status == .seeOther)
            #expect(replay.headers[.location] == "/sign-in")
        }
    }

    @Test("repeated failed sign-ins are slowed down, even with the right password, until the wait is over")
    func throttling() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            try await Browser(client).setUp()
            let guesser = Browser(client)
            for _ in 0..<5 {
                #expect(try await guesser.signIn(email: "ana@example.org", password: "wrong-guess").status == .unauthorized)
            }
            let blocked = try await guesser.signIn(email: "ana@example.org", password: "correct-horse")
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.text.contains("Too many tries"))
            app.clock.advance(16 * 60)
            #expect(try await guesser.signIn(email: "ana@example.org", password: "correct-horse").status == .seeOther)
        }
    }
}
