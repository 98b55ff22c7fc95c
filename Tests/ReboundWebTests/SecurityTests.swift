import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Web: security")
struct SecurityTests {
    @Test("a state-changing form without the CSRF token, with a wrong one, or from another origin is refused")
    func csrf() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let fields = [("status", "rejected")]
            #expect(try await browser.post("/interviews/\(id)/outcome", fields, csrf: "").status == .forbidden)
            #expect(try await browser.post("/interviews/\(id)/outcome", fields, csrf: "forged-token-forged-token-forged-token-123").status == .forbidden)
            let crossSite = try await browser.post("/interviews/\(id)/outcome", fields, headers: [.origin: "https://evil.example"])
            #expect(crossSite.status == .forbidden)
            #expect(try await browser.post("/sign-out", [], csrf: "").status == .forbidden)
            // Nothing changed.
            #expect(try await browser.get("/interviews/\(id)").text.contains("Waiting to hear"))
            #expect(try await browser.post("/interviews/\(id)/outcome", fields).status == .seeOther)
        }
    }

    @Test("over a real socket, a form sent from the app's own page (Origin = this host) is accepted")
    func sameOriginOverHTTP() async throws {
        try await TestApp.make().run(live: true) { client in
            // The test client addresses the server as `localhost` (a Host header, as browsers send).
            let port = try #require(client.port)
            let browser = Browser(client)
            #expect(try await browser.get("/setup").status == .ok)
            let created = try await browser.post("/setup", [("email", "ana@example.org"), ("password", "correct-horse"),
                                                            ("confirm", "correct-horse")], headers: [.origin: "http://localhost"])
            #expect(created.status == .seeOther)
            #expect(try await browser.post("/sign-out", [], headers: [.origin: "http://127.0.0.1:\(port)"]).status == .forbidden)
            // `Origin: null` comes from elsewhere (Rebound's pages send their origin), unless the
            // browser itself says the request is same-origin; then the token decides.
            #expect(try await browser.post("/sign-out", [], headers: [.origin: "null"]).status == .forbidden)
            #expect(try await browser.post("/sign-out", [], headers: [.origin: "https://localhost"]).status == .forbidden)
            let sameOrigin: HTTPFields = [.origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"]
            #expect(try await browser.post("/sign-out", [], csrf: "wrong", headers: sameOrigin).status == .forbidden)
            #expect(try await browser.post("/sign-out", [], headers: sameOrigin).status == .seeOther)
        }
    }

    @Test("the sign-in form needs its CSRF token too, before any session exists")
    func csrfBeforeSignIn() async throws {
        try await TestApp.make().run { client in
            try await Browser(client).setUp()
            let visitor = Browser(client)
            let response = try await visitor.post("/sign-in", [("email", "ana@example.org"), ("password", "correct-horse")], csrf: "x")
            #expect(response.status == .forbidden)
        }
    }

    @Test("user B can neither read, change nor learn the IDs of user A's interviews")
    func isolation() async throws {
        try await TestApp.make(allowSignup: true).run { client in
            let ana = Browser(client)
            try await ana.setUp()
            let id = try await ana.recordInterview(company: "Ana's Secret Employer")
            let bo = Browser(client)
            try await bo.get("/sign-up")
            try await bo.post("/sign-up", [("email", "bo@example.org"), ("password", "bo-password"), ("confirm", "bo-password")])
            try await bo.get("/")

            for path in ["/interviews/\(id)", "/interviews/\(id)/drafts", "/interviews/\(id)/draft?key=thank-you%3ADana%20Reyes",
                         "/interviews/\(id)/draft.eml?key=thank-you%3ADana%20Reyes", "/interviews/\(id)/debrief/went-well"] {
                let response = try await bo.get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(!response.text.contains("Secret Employer"))
            }
            for (path, fields) in [("/interviews/\(id)/outcome", [("status", "rejected")]),
                                   ("/interviews/\(id)/steps", [("step", "thank-you:Dana Reyes"), ("done", "yes")]),
                                   ("/interviews/\(id)/debrief/went-well", [("item", "hijacked")]),
                                   ("/interviews/\(id)/draft", [("key", "thank-you:Dana Reyes"), ("body", "x"), ("go", "save")]),
                                   ("/interviews/\(id)/delete", [("confirm", "yes")])] {
                let response = try await bo.post(path, fields)
                #expect(response.status == .notFound, "\(path): \(response.text.prefix(300))")
            }
            let check = try await bo.postJSON("/api/v1/check", #"{"text": "Thank you", "interview": "\#(id)"}"#,
                                              headers: [HTTPField.Name("X-CSRF-Token")!: bo.csrf])
            #expect(check.status == .notFound)
            let dashboard = try await bo.get("/")
            #expect(!dashboard.text.contains(id))
            #expect(!dashboard.text.contains("Secret Employer"))

            // Ana's interview is untouched.
            let page = try await ana.get("/interviews/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Waiting to hear"))
            #expect(!page.text.contains("hijacked"))
        }
    }

    @Test("text typed into any field is shown escaped on every page: no script or broken attribute gets through")
    func escaping() async throws {
        let payload = #"<script>alert(1)</script>"'><img src=x onerror=alert(2)>"#
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp(name: payload)
            let id = try await browser.recordInterview(company: payload, interviewers: "Dana \(payload)")
            let base = "/interviews/\(id)/debrief/"
            try await browser.post(base + "went-well", [("item", payload)])
            try await browser.post(base + "went-wrong", [("wrong[0].text", payload), ("wrong[0].kind", payload)])
            try await browser.post(base + "questions", [("q[0].text", payload), ("q[0].rating", "weak"), ("q[0].better", payload)])
            try await browser.post(base + "forgot", [("item", payload)])
            try await browser.post(base + "interviewers", [("p[0].name", "Dana \(payload)"), ("p[0].title", payload),
                                                           ("p[0].email", "dana@example.org")])
            try await browser.post(base + "contacts", [("c[0].name", payload), ("c[0].relation", "recruiter")])
            try await browser.post(base + "wants-job", [("wantsJob", "yes")])

            var pages = ["/", "/interviews/\(id)", "/interviews/\(id)/drafts"]
            pages += DebriefStageNames.all.map { base + $0 }
            let drafts = try await browser.get("/interviews/\(id)/drafts").text
            for match in drafts.matches(of: /href="(\/interviews\/[^"]+\/draft\?key=[^"]+)"/) {
                pages.append(String(match.1).replacingOccurrences(of: "&amp;", with: "&"))
            }
            #expect(pages.count > 10)
            for path in pages {
                let html = try await browser.get(path).text
                #expect(!html.contains("<script>alert"), "\(path)")
                #expect(!html.contains("<img src=x"), "\(path)")
                #expect(!html.contains(#""'>"#), "\(path)")
                #expect(html.contains("&lt;script&gt;") || path == "/interviews/\(id)/drafts", "\(path)")
            }
        }
    }

    @Test("pages carry a Content-Security-Policy without inline scripts, and contain no inline script or handler")
    func contentSecurityPolicy() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            for path in ["/", "/interviews/new", "/interviews/\(id)", "/interviews/\(id)/drafts", "/interviews/\(id)/debrief/questions"] {
                let response = try await browser.get(path)
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(response.headers[.cacheControl] == "no-store")
                let html = response.text
                #expect(html.matches(of: /<script(?![^>]*\bsrc=)/).isEmpty, "\(path)")
                #expect(html.matches(of: /\son[a-z]+=/).isEmpty, "\(path)")
                #expect(!html.contains("style=\""), "\(path)")
                #expect(!html.contains("http://") && !html.contains("https://"), "no external resources on \(path)")
            }
        }
    }

    @Test("a request body over 1 MB is refused with 413")
    func bodyLimit() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let big = String(repeating: "a", count: (1 << 20) + 10)
            let form = try await browser.post("/interviews", [("company", big)])
            #expect(form.status == .contentTooLarge)
            let api = try await browser.postJSON("/api/v1/check", #"{"text": "\#(big)"}"#, headers: [HTTPField.Name("X-CSRF-Token")!: browser.csrf])
            #expect(api.status == .contentTooLarge)
        }
    }

    @Test("bound to loopback, the app refuses requests for other host names (DNS rebinding)")
    func hostCheck() async throws {
        try await TestApp.make().run { client in
            for host in ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST"] {
                let good = try await client.execute(uri: "/sign-in", method: .get, headers: [HTTPField.Name("Host")!: host])
                #expect(good.status != .misdirectedRequest, "\(host)")
            }
            for host in ["attacker.example:8080", "127.0.0.1.attacker.example", "localhost.attacker.example:8080"] {
                let rebound = try await client.execute(uri: "/sign-in", method: .get, headers: [HTTPField.Name("Host")!: host])
                #expect(rebound.status == .misdirectedRequest, "\(host)")
                #expect(rebound.headers[.contentSecurityPolicy] != nil)
            }
        }
    }
}

enum DebriefStageNames {
    static let all = ["went-well", "went-wrong", "questions", "forgot", "interviewers", "contacts", "wants-job"]
}
