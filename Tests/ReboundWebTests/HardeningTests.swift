import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReboundCore
import ReboundStore
@testable import ReboundWeb
import Testing

/// What an attacker, real mail and calendar clients and a maintainer found (issue 19), each
/// as it was met from outside.
@Suite("Web: hardening")
struct HardeningTests {
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    @Test("a line break in the account's name or an interviewer's is refused, and a stored one never becomes a mail header")
    func noNameAddsAMailHeader() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await browser.get("/settings")
            let refused = try await browser.post("/settings/name", [("name", "Alex\nBcc: x@evil.example")])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Name: line breaks are not allowed."))
            #expect(try await browser.get("/settings").text.contains(#"name="name" value="Ana Silva""#))
            try await browser.get("/interviews/new")
            let company = try await browser.post("/interviews", [
                ("company", "Acme\u{7}"), ("role", "Clerk"), ("date", "2026-11-20"), ("time", "10:30"), ("minutes", "45"),
                ("zone", "America/New_York"), ("interviewers", "Dana Reyes"),
            ])
            #expect(company.status == .badRequest)
            #expect(company.text.contains("Company: control characters are not allowed (U+0007 found)."))
            let id = try await browser.recordInterview()
            try await browser.get("/interviews/\(id)/debrief/interviewers")
            let person = try await browser.post("/interviews/\(id)/debrief/interviewers", [
                ("p[0].name", "Dana\rBcc: x@evil.example"), ("p[0].email", "dana@northwind.example"),
            ])
            #expect(person.status == .badRequest)
            #expect(person.text.contains("Interviewer 1, name: line breaks are not allowed"))

            // A file stored before names were checked still opens, and its .eml keeps to its own fields.
            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            var file = try InterviewFile(json: SampleFiles.interview(company: "Café Zoë"))
            file.interview.interviewers[0].name = "Dana\r\nBcc: x@evil.example\u{7}"
            file.debrief.questions[0].askedBy = file.interview.interviewers[0].name
            file.interview.company = "Café\u{7} Zoë\r\nX-EVIL:1"
            try await app.storage.saveInterview(StoredInterview(id: InterviewID("old-1"), file: file, stage: .done,
                                                                createdAt: app.clock.now, updatedAt: app.clock.now), of: user.id)
            let drafts = try await browser.get("/interviews/old-1/drafts")
            #expect(drafts.status == .ok)
            let key = "thank-you:Dana Bcc: x@evil.example"
            let eml = try await browser.get("/interviews/old-1/draft.eml?key=" + key.queryValueEncoded)
            #expect(eml.status == .ok)
            let head = eml.text.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
            let names = head.components(separatedBy: "\r\n").map { String($0.prefix { $0 != ":" }) }
            #expect(names == ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                              "Content-Transfer-Encoding", "X-Unsent"])
            let disposition = try #require(eml.headers[.contentDisposition])
            #expect(!disposition.contains("\r") && !disposition.contains("\n") && disposition.filter { $0 == "\"" }.count == 2)
            let ics = try await browser.get("/interviews/old-1/plan.ics")
            #expect(ics.text.unicodeScalars.allSatisfy { !$0.isControlCharacter || $0 == "\r" || $0 == "\n" })
            #expect(!ics.text.components(separatedBy: "\r\n").contains { $0.hasPrefix("X-EVIL") })
            let icsName = try #require(ics.headers[.contentDisposition])
            #expect(icsName.hasPrefix(#"attachment; filename="rebound-cafe-zoe-x-evil-1-2026-11-20-plan.ics"; filename*=UTF-8''"#))
        }
    }

    @Test("a CSRF cookie planted by another port of the host, with Origin: null, signs nobody in")
    func plantedCookieSignsNobodyIn() async throws {
        try await TestApp.make(allowSignup: true).run { client in
            try await Browser(client).setUp()
            let attacker = Browser(client)
            try await attacker.signUp(email: "mallory@example.org", password: "mallory-password")
            let credentials = [("email", "mallory@example.org"), ("password", "mallory-password"), ("next", "/")]

            // A value the attacker made up, in the cookie and the form alike.
            let victim = Browser(client)
            for planted in ["planted-planted-planted-planted-planted-123", "x", "AAAA.1795276800.AAAA"] {
                victim.plantCookie("rebound_csrf", planted)
                let response = try await victim.post("/sign-in", credentials, csrf: planted, headers: [.origin: "null"])
                #expect(response.status == .forbidden, "\(planted)")
                #expect(!victim.hasCookie("rebound_session"))
            }
            // A token the server did issue, to the attacker, sent from another port: the
            // browser says so (Sec-Fetch-Site: same-site), and that is refused too.
            let fresh = Browser(client)
            try await fresh.get("/sign-in")
            let issued = fresh.csrf
            victim.plantCookie("rebound_csrf", issued)
            for site in ["same-site", "cross-site"] {
                let response = try await victim.post("/sign-in", credentials, csrf: issued,
                                                     headers: [.origin: "null", Self.fetchSite: site])
                #expect(response.status == .forbidden)
                #expect(!victim.hasCookie("rebound_session"))
            }
            // The victim's own page still works, as browsers send it.
            let own = Browser(client)
            try await own.get("/sign-in")
            let signedIn = try await own.post("/sign-in", [("email", "ana@example.org"), ("password", "correct-horse"), ("next", "/")],
                                              headers: [.origin: "null", Self.fetchSite: "same-origin"])
            #expect(signedIn.status == .seeOther)
            #expect(own.hasCookie("rebound_session"))
        }
    }

    @Test("24 wrong passwords sent at once are counted one after another: five are heard, the rest wait")
    func parallelGuessesAreCountedInTurn() async throws {
        try await TestApp.make().run { client in
            try await Browser(client).setUp()
            let guesser = Browser(client)
            try await guesser.get("/sign-in")
            let (cookie, token) = (guesser.cookieHeader, guesser.csrf)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for attempt in 0..<24 {
                    group.addTask {
                        let body = "email=ana%40example.org&password=wrong-\(attempt)&next=%2F&csrf=\(Browser.encode(token))"
                        return try await client.execute(uri: "/sign-in", method: .post,
                                                         headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                                         body: ByteBuffer(string: body)).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count == 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 19)
        }
    }

    @Test("behind a trusted proxy, one guesser slows down only itself; without one, a forged X-Forwarded-For changes nothing")
    func throttlingKeysByTheRealClient() async throws {
        var app = try await TestApp.make()
        app.configuration.trustedProxies = try TrustedProxies(["127.0.0.1", "::1"])
        try await app.run(live: true) { client in
            try await Browser(client).setUp()
            let guesser = Browser(client)
            var statuses: [HTTPResponse.Status] = []
            for attempt in 0..<12 {
                try await guesser.get("/sign-in", headers: [Self.forwardedFor: "203.0.113.9"])
                statuses.append(try await guesser.post("/sign-in", [("email", "ana@example.org"), ("password", "guess-\(attempt)")],
                                                       headers: [Self.forwardedFor: "10.9.9.9, 203.0.113.9"]).status)
            }
            #expect(statuses.prefix(5).allSatisfy { $0 == .unauthorized })
            #expect(statuses.dropFirst(5).allSatisfy { $0 == .tooManyRequests })
            // Ana, behind the same proxy from her own address, is not held up by the guesser.
            let ana = Browser(client)
            try await ana.get("/sign-in", headers: [Self.forwardedFor: "198.51.100.7"])
            let signedIn = try await ana.post("/sign-in", [("email", "ana@example.org"), ("password", "correct-horse"), ("next", "/")],
                                              headers: [Self.forwardedFor: "198.51.100.7"])
            #expect(signedIn.status == .seeOther)
        }
        let direct = try await TestApp.make()
        try await direct.run(live: true) { client in
            try await Browser(client).setUp()
            let guesser = Browser(client)
            var statuses: [HTTPResponse.Status] = []
            for attempt in 0..<7 {
                try await guesser.get("/sign-in")
                // A new made-up address each time: not believed, so it does not reset the count.
                statuses.append(try await guesser.post("/sign-in", [("email", "ana@example.org"), ("password", "guess-\(attempt)")],
                                                       headers: [Self.forwardedFor: "198.51.100.\(attempt)"]).status)
            }
            #expect(statuses.prefix(5).allSatisfy { $0 == .unauthorized })
            #expect(statuses.last == .tooManyRequests)
        }
    }

    @Test("guessers spread over many addresses cannot lock a person out of a browser they signed in from before")
    func knownDevicesAreNotLockedOut() async throws {
        var app = try await TestApp.make()
        app.configuration.trustedProxies = try TrustedProxies(["127.0.0.1", "::1"])
        try await app.run(live: true) { client in
            try await Browser(client).setUp()
            let ana = Browser(client)
            try await ana.get("/sign-in", headers: [Self.forwardedFor: "198.51.100.7"])
            #expect(try await ana.post("/sign-in", [("email", "ana@example.org"), ("password", "correct-horse"), ("next", "/")],
                                       headers: [Self.forwardedFor: "198.51.100.7"]).status == .seeOther)
            #expect(ana.hasCookie("rebound_device"))
            try await ana.post("/sign-out", [])
            // Five wrong passwords from each of eleven /64s: fifty-five, past the address-wide limit.
            for subnet in 0..<11 {
                let guesser = Browser(client)
                for attempt in 0..<5 {
                    let from = "2001:db8:0:\(subnet)::\(attempt + 1)"
                    try await guesser.get("/sign-in", headers: [Self.forwardedFor: from])
                    _ = try await guesser.post("/sign-in", [("email", "ana@example.org"), ("password", "guess-\(attempt)")],
                                               headers: [Self.forwardedFor: from])
                }
            }
            try await ana.get("/sign-in", headers: [Self.forwardedFor: "198.51.100.7"])
            let again = try await ana.post("/sign-in", [("email", "ana@example.org"), ("password", "correct-horse"), ("next", "/")],
                                           headers: [Self.forwardedFor: "198.51.100.7"])
            #expect(again.status == .seeOther)
            // Every spelling of one address is one client; a port does not make a new one.
            #expect(TrustedProxies.throttleKey("::ffff:10.9.9.9") == TrustedProxies.throttleKey("10.9.9.9"))
            #expect(TrustedProxies.throttleKey("[::FFFF:0a09:0909]") == "10.9.9.9")
            #expect(TrustedProxies.throttleKey("2001:db8:0:7::1") == TrustedProxies.throttleKey("2001:0db8:0000:0007:ffff::9"))
            let proxies = try TrustedProxies(["10.0.0.0/8"])
            #expect(proxies.client(peer: "10.0.0.2", forwardedFor: ["203.0.113.9:5678"]) == "203.0.113.9")
            #expect(proxies.client(peer: "10.0.0.2", forwardedFor: ["[2001:db8::1]:443, 10.0.0.3"]) == "2001:db8::1")
            #expect(proxies.client(peer: "10.0.0.2", forwardedFor: ["garbage-one"]) == "garbage-one")
            #expect(proxies.client(peer: "192.0.2.1", forwardedFor: ["203.0.113.9"]) == "192.0.2.1")
        }
    }

    @Test("signed out, HEAD is sent to sign in as GET is; an Origin with another scheme is another site")
    func headSignedOutAndOriginScheme() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let id = try await browser.recordInterview()
            let stranger = Browser(client)
            for path in ["/settings", "/interviews/\(id)", "/export/everything.json", "/import"] {
                let get = try await stranger.get(path)
                let head = try await stranger.send(.head, path)
                #expect(get.status == .seeOther && head.status == .seeOther, "\(path)")
                #expect(head.headers[.location] == get.headers[.location])
            }
            let https = try await browser.post("/interviews/\(id)/outcome", [("status", "rejected")], headers: [.origin: "https://localhost"])
            #expect(https.status == .forbidden)
        }
    }

    @Test("two interviews alike in everything but their ID have apart UIDs in the calendar feed")
    func feedUIDsAreKeyedByInterview() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let token = try await browser.createAPIToken(name: "script")
            for _ in 0..<2 {
                let made = try await Browser(client).send(.post, "/api/v1/interviews", json: SampleFiles.interview(),
                                                          headers: [.authorization: "Bearer \(token)"])
                #expect(made.status == .created)
            }
            try await browser.get("/settings")
            try await browser.post("/settings/calendar", [("go", "create")])
            let link = try #require(try await browser.get("/settings").inputValue(id: "calendar-url"))
            let feed = try await Browser(client).get(String(link[try #require(link.range(of: "/calendar/")).lowerBound...])).text
            let uids = feed.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
            #expect(uids.count > 4 && Set(uids).count == uids.count)
        }
    }

    @Test("with sign-up allowed, the first account is still made on the setup page")
    func signUpBeforeSetupGoesToSetup() async throws {
        try await TestApp.make(allowSignup: true).run { client in
            let response = try await Browser(client).get("/sign-up")
            #expect(response.headers[.location] == "/setup")
        }
    }

    @Test("with a session cookie, only a valid personal token skips the API's CSRF header; any other Authorization does not")
    func apiNeedsItsHeaderWhateverTheAuthorization() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            for authorization in ["Basic eDp4", "x", "", "Bearer", "Token abc"] {
                let response = try await browser.send(.post, "/api/v1/interviews", json: SampleFiles.interview(),
                                                      headers: [.authorization: authorization])
                #expect(response.status == .forbidden || response.status == .unauthorized, "\(authorization): \(response.status)")
                #expect(response.status != .created)
            }
            #expect(try await browser.apiInterviews().isEmpty)
            let token = try await browser.createAPIToken(name: "script")
            let withToken = try await browser.send(.post, "/api/v1/interviews", json: SampleFiles.interview(),
                                                   headers: [.authorization: "Bearer \(token)"])
            #expect(withToken.status == .created)
        }
    }

    @Test("after sign-in, only paths on this site are followed: a tab, a backslash or two slashes lead home")
    func signInFollowsOnlyLocalPaths() async throws {
        try await TestApp.make().run { client in
            try await Browser(client).setUp()
            for next in ["/\t/evil.example/path", "/\\evil.example", "//evil.example", "/\n/evil.example", "/ /evil.example",
                         "https://evil.example", "/\u{0}/x"] {
                let browser = Browser(client)
                let page = try await browser.get("/sign-in?next=" + next.queryValueEncoded)
                #expect(page.text.contains(#"name="next" value="/""#), "\(next.debugDescription)")
                let response = try await browser.post("/sign-in", [("email", "ana@example.org"), ("password", "correct-horse"),
                                                                   ("next", next)])
                #expect(response.headers[.location] == "/", "\(next.debugDescription)")
            }
            let browser = Browser(client)
            try await browser.get("/sign-in")
            let kept = try await browser.post("/sign-in", [("email", "ana@example.org"), ("password", "correct-horse"),
                                                           ("next", "/interviews/new?x=1")])
            #expect(kept.headers[.location] == "/interviews/new?x=1")
        }
    }

    @Test("eight first visits setting up at once make one owner")
    func parallelSetupMakesOneOwner() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            var visitors: [(cookie: String, token: String)] = []
            for _ in 0..<8 {
                let visitor = Browser(client)
                try await visitor.get("/setup")
                visitors.append((visitor.cookieHeader, visitor.csrf))
            }
            let statuses = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?).self) { group in
                for (index, visitor) in visitors.enumerated() {
                    group.addTask {
                        let body = "email=owner\(index)%40example.org&name=Owner&password=correct-horse&confirm=correct-horse&csrf="
                            + Browser.encode(visitor.token)
                        let response = try await client.execute(uri: "/setup", method: .post,
                                                                headers: [.cookie: visitor.cookie, .contentType: "application/x-www-form-urlencoded"],
                                                                body: ByteBuffer(string: body))
                        return (response.status, response.headers[.location])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0.1 == "/" }.count == 1)
            #expect(statuses.filter { $0.1 == "/sign-in" }.count == 7)
            #expect(try await app.storage.userCount() == 1)
            #expect(try await app.storage.owner() != nil)
        }
    }

    @Test("HEAD answers wherever GET does, with GET's headers and no body")
    func headWhereverGet() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            for path in ["/", "/sign-in", "/healthz", "/static/style.css", "/settings", "/api/v1/openapi.json"] {
                let get = try await browser.get(path)
                let head = try await browser.send(.head, path)
                #expect(head.status == get.status, "\(path)")
                #expect(head.body.readableBytes == 0, "\(path)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(path)")
            }
        }
    }

    @Test("a malformed chunk size is a 400, and a request sent half-way is closed after the idle timeout")
    func malformedAndHalfSentRequests() async throws {
        var app = try await TestApp.make()
        app.configuration.idleTimeout = 1
        try await app.run(live: true) { client in
            let port = try #require(client.port)
            let malformed = "POST /sign-in HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"
            let answer = try RawConnection.exchange(port: port, send: malformed, waitSeconds: 5)
            #expect(answer.text.hasPrefix("HTTP/1.1 400"), "\(answer.text)")
            let half = try RawConnection.exchange(port: port, send: "GET /sign-in HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1", waitSeconds: 8)
            #expect(half.closedByServer)
            #expect(half.seconds < 6)
        }
    }

    @Test("sign out everywhere ends every session and revokes every token; settings say what a password change ends")
    func signOutEverywhere() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let token = try await browser.createAPIToken(name: "script")
            let settings = try await browser.get("/settings")
            #expect(settings.text.contains("Your API tokens keep working"))
            let other = Browser(client)
            #expect(try await other.signIn(email: "ana@example.org", password: "correct-horse").status == .seeOther)
            let ended = try await browser.post("/settings/sign-out-everywhere", [])
            #expect(ended.headers[.location] == "/sign-in")
            let api = try await Browser(client).send(.get, "/api/v1/interviews", headers: [.authorization: "Bearer \(token)"])
            #expect(api.status == .unauthorized)
            #expect(try await other.get("/").status == .seeOther)
        }
    }

    @Test("importing the same interview file twice keeps one interview, and the calendar feed no doubled UID")
    func importingTwiceRestoresOver() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            for _ in 0..<2 {
                try await browser.get("/import")
                let imported = try await browser.postFile("/import", field: "file", fileName: "one.json", content: SampleFiles.interview())
                #expect(imported.headers[.location] == "/?imported=1")
            }
            #expect(try await browser.apiInterviews().count == 1)
            try await browser.get("/settings")
            try await browser.post("/settings/calendar", [("go", "create")])
            let settings = try await browser.get("/settings")
            let link = try #require(settings.inputValue(id: "calendar-url"))
            #expect(settings.text.contains("webcal://"))
            let path = String(link[try #require(link.range(of: "/calendar/")).lowerBound...])
            let feed = try await Browser(client).get(path).text
            let uids = feed.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
            #expect(!uids.isEmpty && Set(uids).count == uids.count)
        }
    }

    @Test("a + in a query is a space: a draft key written by a form or by hand finds its draft")
    func plusInAQueryIsASpace() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            #expect(try await browser.get("/interviews/i-1/draft?key=thank-you%3ADana+Reyes").status == .ok)
            #expect(try await browser.get("/interviews/i-1/draft.eml?key=thank-you%3ADana+Reyes").status == .ok)
        }
    }

    @Test("the mail link breaks lines as CRLF and, for a long draft, gives way to the .eml")
    func mailtoLinks() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let href = "/interviews/i-1/draft?key=" + "thank-you:Dana Reyes".queryValueEncoded
            let page = try await browser.get(href).text
            let start = try #require(page.range(of: #"href="mailto:"#))
            let link = String(page[start.upperBound...].prefix { $0 != "\"" })
            #expect(link.contains("%0D%0A"))
            #expect(!link.replacingOccurrences(of: "%0D%0A", with: "").contains("%0A"))
            let long = String(repeating: "A sentence that goes on. ", count: 120)
            let saved = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thanks"),
                                                                        ("body", long), ("go", "save")])
            #expect(saved.status == .seeOther)
            let longPage = try await browser.get(href).text
            #expect(!longPage.contains("href=\"mailto:"))
            #expect(longPage.contains("too long for your mail app"))
        }
    }
}

/// A plain TCP connection to the app, for requests no HTTP client would send.
enum RawConnection {
    struct Answer {
        let text: String
        /// The server closed the connection (read returned end of file).
        let closedByServer: Bool
        let seconds: Double
    }

    /// Sends `send`, then reads until the server closes or `waitSeconds` pass.
    static func exchange(port: Int, send: String, waitSeconds: Double) throws -> Answer {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw TestHarnessError("socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw TestHarnessError("connect") }
        var timeout = timeval(tv_sec: Int(waitSeconds), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(send.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
        let started = Date()
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var closed = false
        while Date().timeIntervalSince(started) < waitSeconds {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { closed = true; break }
            if count < 0 { break }
            received += buffer[0..<count]
        }
        return Answer(text: String(decoding: received, as: UTF8.self), closedByServer: closed,
                      seconds: Date().timeIntervalSince(started))
    }
}
