import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import ReboundCore
import ReboundStore
import ReboundWeb
import Testing

/// A clock the test moves by hand.
final class TestClock: Sendable {
    private let moment = NIOLockedValueBox(Date(timeIntervalSince1970: 1_795_276_800)) // Sat 21 Nov 2026 16:00 UTC
    var now: Date { moment.withLockedValue { $0 } }
    func advance(_ seconds: TimeInterval) { moment.withLockedValue { $0 = $0.addingTimeInterval(seconds) } }
}

/// The app over a fresh in-memory database, with a test clock and a cheap bcrypt cost.
struct TestApp {
    let clock = TestClock()
    let storage: any ReboundStorage
    var configuration = WebConfiguration(bcryptCost: 4)

    static func make(allowSignup: Bool = false) async throws -> TestApp {
        let storage = try await SQLStorage.sqlite(path: nil, logger: Logger(label: "test"), now: Date())
        var app = TestApp(storage: storage)
        app.configuration.allowSignup = allowSignup
        return app
    }

    /// Runs `test` against the app in router mode (no sockets) and closes the store afterwards.
    func run(live: Bool = false, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let clock = clock
        var configuration = configuration
        let mode: TestingSetup = live ? .live : .router
        if live { configuration.port = 0 }
        let environment = WebEnvironment(storage: storage, now: { clock.now }, logger: Logger(label: "test"))
        let app = try await buildApplication(configuration: configuration, environment: environment)
        do {
            try await app.test(mode, test)
        } catch {
            await storage.close()
            throw error
        }
        await storage.close()
    }

    /// Saves the contract's sample interview (one weak question with a better answer), with
    /// its debrief finished, for the owner set up by `Browser.setUp()`.
    func saveSample(id: String = "i-1", company: String = "Northwind Traders",
                    start: String = "2026-11-20T10:30:00-05:00") async throws {
        try await save(try InterviewFile(json: SampleFiles.interview(company: company, start: start)), id: id)
    }

    /// Saves `file` with its debrief finished for the owner set up by `Browser.setUp()`.
    func save(_ file: InterviewFile, id: String = "i-1") async throws {
        let user = try #require(try await storage.user(email: "ana@example.org"))
        try await storage.saveInterview(StoredInterview(id: InterviewID(id), file: file, stage: .done,
                                                        createdAt: clock.now, updatedAt: clock.now), of: user.id)
    }
}

/// A browser's view of the app: its cookies, and the CSRF token of the last page it loaded.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf = ""
    var forwardedProto: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    /// Sets a cookie as another page could (cookies are shared by every port of a host).
    func plantCookie(_ name: String, _ value: String) { cookies[name] = value }

    /// Whether the browser holds a cookie of this name.
    func hasCookie(_ name: String) -> Bool { cookies[name] != nil }

    /// The `Cookie` header this browser sends, for requests a test makes itself.
    var cookieHeader: String { cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    @discardableResult
    func get(_ path: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: headers(extra))
        remember(response)
        return response
    }

    @discardableResult
    func post(_ path: String, _ fields: [(String, String)], csrf token: String? = nil, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var all = fields
        all.append(("csrf", token ?? csrf))
        var headers = headers(extra)
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    @discardableResult
    func postJSON(_ path: String, _ json: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers(extra)
        headers[.contentType] = "application/json"
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: json))
        remember(response)
        return response
    }

    /// Any request with a JSON body (or none), as a script would send it.
    @discardableResult
    func send(_ method: HTTPRequest.Method, _ path: String, json: String? = nil, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers(extra)
        if json != nil { headers[.contentType] = "application/json" }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
        remember(response)
        return response
    }

    /// A form with a file, as a browser sends `enctype="multipart/form-data"`.
    @discardableResult
    func postFile(_ path: String, field: String, fileName: String, content: String, fields: [(String, String)] = []) async throws -> TestResponse {
        let boundary = "----ReboundTestBoundary7MA4YWxkTrZu0gW"
        var body = ""
        for (name, value) in fields + [("csrf", csrf)] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\n"
        body += "Content-Type: application/json\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        var headers = headers([:])
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Creates the owner account on a new install and signs in.
    func setUp(email: String = "ana@example.org", password: String = "correct-horse", name: String = "Ana Silva") async throws {
        try await get("/setup")
        let response = try await post("/setup", [("name", name), ("email", email), ("password", password), ("confirm", password)])
        #expect(response.status == .seeOther)
        try await get("/")
    }

    /// Creates another account through the sign-up page (the app must allow sign-up).
    @discardableResult
    func signUp(email: String, password: String, name: String = "Bo") async throws -> TestResponse {
        try await get("/sign-up")
        return try await post("/sign-up", [("name", name), ("email", email), ("password", password), ("confirm", password)])
    }

    /// Creates a personal API token in Settings and returns it as shown once on the page.
    func createAPIToken(name: String) async throws -> String {
        try await get("/settings")
        return try #require(try await post("/settings/tokens", [("name", name)]).inputValue(id: "new-token"))
    }

    /// The signed-in user's interviews as the JSON API lists them, called with the session.
    func apiInterviews() async throws -> [JSONValue] {
        let list = try await send(.get, "/api/v1/interviews", headers: [HTTPField.Name("X-CSRF-Token")!: csrf])
        guard case .array(let items)? = list.json["interviews"] else { throw TestHarnessError("no list in \(list.text)") }
        return items
    }

    func signIn(email: String, password: String) async throws -> TestResponse {
        try await get("/sign-in")
        let response = try await post("/sign-in", [("email", email), ("password", password), ("next", "/")])
        if response.status == .seeOther { try await get("/") }
        return response
    }

    /// Records an interview through the new-interview page and returns its ID.
    func recordInterview(company: String = "Northwind Traders", interviewers: String = "Dana Reyes\nMarcus Bell") async throws -> String {
        try await get("/interviews/new")
        let response = try await post("/interviews", [
            ("company", company), ("role", "Marketing Coordinator"), ("date", "2026-11-20"), ("time", "10:30"),
            ("minutes", "45"), ("zone", "America/New_York"), ("mode", "video"), ("interviewers", interviewers),
        ])
        #expect(response.status == .seeOther)
        let location = response.headers[.location] ?? ""
        let parts = location.split(separator: "/")
        return parts.count > 1 ? String(parts[1]) : ""
    }

    private func headers(_ extra: HTTPFields) -> HTTPFields {
        var headers = extra
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if let forwardedProto { headers[HTTPField.Name("X-Forwarded-Proto")!] = forwardedProto }
        return headers
    }

    private func remember(_ response: TestResponse) {
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || field.value.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let html = String(buffer: response.body)
        if let range = html.range(of: #"name="csrf-token" content=""#) {
            csrf = String(html[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")) ?? ""
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    /// The body parsed as JSON (null when it is not JSON).
    var json: JSONValue { (try? JSONParser.parse(Array(buffer: body))) ?? .null }

    /// The value of the page's input with this id, whatever the order of its attributes.
    func inputValue(id: String) -> String? {
        let page = text
        var rest = page[...]
        while let open = rest.range(of: "<input ") {
            let tag = rest[open.lowerBound...].prefix { $0 != ">" }
            if tag.contains(#" id="\#(id)""#) {
                guard let value = tag.range(of: #" value=""#) else { return "" }
                return String(tag[value.upperBound...].prefix { $0 != "\"" })
            }
            rest = rest[open.upperBound...]
        }
        return nil
    }
}

extension String {
    /// How many events an iCalendar text holds.
    var calendarEventCount: Int { components(separatedBy: "BEGIN:VEVENT").count - 1 }
}

struct TestHarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The contract's example interview file, for API and import tests.
enum SampleFiles {
    static func interview(company: String = "Northwind Traders", start: String = "2026-11-20T10:30:00-05:00") -> String {
        """
        {"format": "rebound.interview/1",
         "interview": {"company": "\(company)", "role": "Marketing Coordinator", "start": "\(start)",
           "end": "2026-11-20T11:15:00-05:00", "timeZone": "America/New_York", "mode": "in-person",
           "interviewers": [{"name": "Dana Reyes", "email": "dana.reyes@northwind.example", "hiringManager": true}],
           "wantsJob": true, "outcome": {"status": "pending"}},
         "debrief": {"wentWell": ["Opened with the rebrand story"],
           "wentWrong": [{"text": "Drew a blank on the leadership question", "kind": "blank"}],
           "questions": [{"text": "Tell me about a time you led a team.", "askedBy": "Dana Reyes", "rating": "weak",
                          "betterAnswer": "I chaired the five-person brand committee."}]},
         "contacts": [{"name": "Priya Natarajan", "relation": "reference", "mayBeContacted": true}]}
        """
    }
}
