import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
import ReboundStore
import Testing

@Suite("Web: the JSON API")
struct APITests {
    /// Signs up the owner and returns a script holding a fresh API token.
    static func script(_ client: any TestClientProtocol, email: String = "ana@example.org") async throws -> (Browser, HTTPFields) {
        let owner = Browser(client)
        if email == "ana@example.org" { try await owner.setUp() } else {
            try await owner.signUp(email: email, password: "long-enough-1")
        }
        let token = try await owner.createAPIToken(name: "tests")
        return (Browser(owner.client), [.authorization: "Bearer \(token)"])
    }

    @Test("a script creates, reads, replaces and deletes an interview with a token")
    func crud() async throws {
        try await TestApp.make().run { client in
            let (script, auth) = try await Self.script(client)
            let created = try await script.send(.post, "/api/v1/interviews", json: SampleFiles.interview(), headers: auth)
            #expect(created.status == .created)
            guard case .string(let id)? = created.json["id"] else {
                Issue.record("no id in \(created.text)")
                return
            }
            #expect(created.headers[.location] == "/api/v1/interviews/\(id)")
            #expect(created.json["file"]?["interview"]?["company"] == .string("Northwind Traders"))

            let list = try await script.send(.get, "/api/v1/interviews", headers: auth)
            #expect(list.json["interviews"]?["0"] == nil)
            guard case .array(let items)? = list.json["interviews"] else { return }
            #expect(items.count == 1)
            #expect(items.first?["start"] == .string("2026-11-20T10:30:00-05:00"))
            #expect(items.first?["openSteps"] != .number(0))

            let replaced = try await script.send(.put, "/api/v1/interviews/\(id)", json: SampleFiles.interview(company: "Contoso"), headers: auth)
            #expect(replaced.status == .ok)
            #expect(try await script.send(.get, "/api/v1/interviews/\(id)", headers: auth).json["file"]?["interview"]?["company"] == .string("Contoso"))

            #expect(try await script.send(.delete, "/api/v1/interviews/\(id)", headers: auth).status == .noContent)
            let gone = try await script.send(.get, "/api/v1/interviews/\(id)", headers: auth)
            #expect(gone.status == .notFound)
            #expect(gone.json["error"] != nil)
        }
    }

    @Test("the plan carries step keys; a step is marked done through the API")
    func planAndSteps() async throws {
        try await TestApp.make().run { client in
            let (script, auth) = try await Self.script(client)
            let created = try await script.send(.post, "/api/v1/interviews", json: SampleFiles.interview(), headers: auth)
            guard case .string(let id)? = created.json["id"] else { return }
            let plan = try await script.send(.get, "/api/v1/interviews/\(id)/plan", headers: auth)
            guard case .array(let steps)? = plan.json["steps"] else {
                Issue.record("no steps in \(plan.text)")
                return
            }
            let thankYou = try #require(steps.first { $0["kind"] == .string("thank-you") })
            #expect(thankYou["key"] == .string("thank-you:Dana Reyes"))
            #expect(thankYou["done"] == .bool(false))

            let marked = try await script.send(.post, "/api/v1/interviews/\(id)/steps", json: #"{"key": "thank-you:Dana Reyes", "done": true}"#, headers: auth)
            guard case .array(let after)? = marked.json["steps"] else { return }
            let done = try #require(after.first { $0["key"] == .string("thank-you:Dana Reyes") })
            #expect(done["done"] == .bool(true))
            #expect(done["late"] == .bool(false))
            #expect(done["doneAt"] != nil)

            let unknown = try await script.send(.post, "/api/v1/interviews/\(id)/steps", json: #"{"key": "thank-you:Nobody", "done": true}"#, headers: auth)
            #expect(unknown.status == .notFound)
            let noDone = try await script.send(.post, "/api/v1/interviews/\(id)/steps", json: #"{"key": "thank-you:Dana Reyes"}"#, headers: auth)
            #expect(noDone.status == .badRequest)
            #expect(noDone.json["error"] == .string("done: required, true or false"))
        }
    }

    @Test("drafts are listed, edited and reset through the API")
    func drafts() async throws {
        try await TestApp.make().run { client in
            let (script, auth) = try await Self.script(client)
            let created = try await script.send(.post, "/api/v1/interviews", json: SampleFiles.interview(), headers: auth)
            guard case .string(let id)? = created.json["id"] else { return }
            let listed = try await script.send(.get, "/api/v1/interviews/\(id)/drafts", headers: auth)
            guard case .array(let drafts)? = listed.json["drafts"] else { return }
            #expect(drafts.contains { $0["key"] == .string("thank-you:Dana Reyes") && $0["edited"] == .bool(false) })

            let body = #"{"key": "thank-you:Dana Reyes", "subject": "Thanks", "body": "Dear Dana,\n\nThank you for today.\n\nAna"}"#
            let saved = try await script.send(.put, "/api/v1/interviews/\(id)/drafts", json: body, headers: auth)
            guard case .array(let edited)? = saved.json["drafts"] else { return }
            let draft = try #require(edited.first { $0["key"] == .string("thank-you:Dana Reyes") })
            #expect(draft["edited"] == .bool(true))
            #expect(draft["subject"] == .string("Thanks"))

            let reset = try await script.send(.delete, "/api/v1/interviews/\(id)/drafts?key=thank-you%3ADana%20Reyes", headers: auth)
            guard case .array(let fresh)? = reset.json["drafts"] else { return }
            #expect(fresh.first { $0["key"] == .string("thank-you:Dana Reyes") }?["edited"] == .bool(false))

            let stranger = try await script.send(.put, "/api/v1/interviews/\(id)/drafts", json: #"{"key": "thank-you:Nobody", "subject": "x", "body": "y"}"#, headers: auth)
            #expect(stranger.status == .notFound)
        }
    }

    @Test("an invalid interview file is refused with 422 and every field problem")
    func invalidFile() async throws {
        try await TestApp.make().run { client in
            let (script, auth) = try await Self.script(client)
            let response = try await script.send(.post, "/api/v1/interviews", json: SampleFiles.interview(company: "", start: "soon"), headers: auth)
            #expect(response.status == .unprocessableContent)
            guard case .array(let issues)? = response.json["issues"] else {
                Issue.record("no issues in \(response.text)")
                return
            }
            let paths = issues.compactMap { issue -> String? in
                if case .string(let path)? = issue["path"] { return path }
                return nil
            }
            #expect(paths.contains("interview.company"))
            #expect(paths.contains("interview.start"))
            #expect(try await script.send(.get, "/api/v1/interviews", headers: auth).json["interviews"] == .array([]))
            let wrongType = try await script.send(.post, "/api/v1/interviews", headers: auth)
            #expect(wrongType.status == .unsupportedMediaType)
        }
    }

    @Test("without a session or token the API answers 401 in JSON; another user's token sees nothing of mine")
    func authorization() async throws {
        try await TestApp.make(allowSignup: true).run { client in
            let (ana, anaAuth) = try await Self.script(client)
            let created = try await ana.send(.post, "/api/v1/interviews", json: SampleFiles.interview(), headers: anaAuth)
            guard case .string(let id)? = created.json["id"] else { return }

            let anonymous = try await Browser(client).send(.get, "/api/v1/interviews")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.json["error"] != nil)

            let (bo, boAuth) = try await Self.script(client, email: "bo@example.org")
            #expect(try await bo.send(.get, "/api/v1/interviews", headers: boAuth).json["interviews"] == .array([]))
            for (method, path) in [(HTTPRequest.Method.get, ""), (.get, "/plan"), (.get, "/drafts"), (.delete, "")] {
                #expect(try await bo.send(method, "/api/v1/interviews/\(id)\(path)", headers: boAuth).status == .notFound)
            }
            #expect(try await bo.send(.put, "/api/v1/interviews/\(id)", json: SampleFiles.interview(company: "Hijacked"), headers: boAuth).status == .notFound)
            #expect(try await ana.send(.get, "/api/v1/interviews/\(id)", headers: anaAuth).json["file"]?["interview"]?["company"] == .string("Northwind Traders"))
        }
    }

    @Test("the OpenAPI document is served to anyone and names the app's real values")
    func openAPI() async throws {
        try await TestApp.make().run { client in
            let response = try await Browser(client).get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            let document = response.json
            #expect(document["openapi"] == .string("3.1.0"))
            func strings(_ value: JSONValue?) -> [String] {
                guard case .array(let items)? = value else { return [] }
                return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
            }
            let schemas = document["components"]?["schemas"]
            #expect(strings(schemas?["InterviewSummary"]?["properties"]?["status"]?["enum"]) == OutcomeStatus.allCases.map(\.rawValue))
            #expect(strings(schemas?["InterviewSummary"]?["properties"]?["stage"]?["enum"]) == DebriefStage.allCases.map(\.rawValue))
            let check = document["paths"]?["/api/v1/check"]?["post"]?["requestBody"]?["content"]?["application/json"]?["schema"]
            #expect(strings(check?["properties"]?["kind"]?["enum"]) == MessageKind.allCases.map(\.rawValue))
            for path in ["/api/v1/interviews", "/api/v1/interviews/{id}", "/api/v1/interviews/{id}/plan",
                         "/api/v1/interviews/{id}/steps", "/api/v1/interviews/{id}/drafts"] {
                #expect(document["paths"]?[path] != nil, "\(path) is documented")
            }
        }
    }
}
