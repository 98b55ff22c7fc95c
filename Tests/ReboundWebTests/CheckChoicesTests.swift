import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
@testable import ReboundWeb
import Testing

/// The user decides (issue 16): rules turned off for the account, and single findings marked
/// "this is fine" in one draft, remembered while their words stay.
@Suite("Web: the user's say over the message check")
struct CheckChoicesTests {
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    @Test("a rule turned off in Settings is left out of the drafts and the live check; turned on, it is back")
    func rulesTurnedOff() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let text = "Hi Dana,\n\nThank you. I'm so sorry about how it went. I remain very interested.\n\nBest,\nAna"
            func live() async throws -> [String] {
                let response = try await browser.send(.post, "/api/v1/check", json: #"{"text": \#(JSONWriter.write(.string(text)))}"#,
                                                      headers: [Self.csrfHeader: browser.csrf])
                guard case .array(let findings)? = response.json["findings"] else { return [] }
                return findings.compactMap { if case .string(let rule)? = $0["rule"] { rule } else { nil } }
            }
            try await browser.get("/settings")
            #expect(try await live() == ["apology"])
            let settings = try await browser.get("/settings")
            #expect(settings.text.contains(#"name="rule" value="apology" checked"#))
            let rules = CheckRule.allCases.filter { $0 != .apology }.map { ("rule", $0.rawValue) }
            #expect(try await browser.post("/settings/check", rules).headers[.location] == "/settings?saved=check#check")
            #expect(!(try await browser.get("/settings").text.contains(#"value="apology" checked"#)))
            #expect(try await live().isEmpty)
            try await browser.get("/settings")
            try await browser.post("/settings/check", CheckRule.allCases.map { ("rule", $0.rawValue) })
            #expect(try await live() == ["apology"])
        }
    }

    @Test("a finding marked fine stays muted while its words stay, even as the draft is edited around it, and can be restored")
    func dismissals() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let href = "/interviews/i-1/draft?key=" + "thank-you:Dana Reyes".queryValueEncoded
            try await browser.get(href)
            let text = "Dear Dana,\n\nThank you. I hadn't slept, which is why my answers were thin. I remain very interested.\n\nBest,\nAna"
            let checked = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thanks"),
                                                                          ("body", text), ("go", "check")])
            let excerpt = try #require(Self.dismissValue(in: checked.text))
            #expect(excerpt.hasPrefix("excuse|"))
            // Marking it fine keeps the text being edited, unsaved.
            let dismissed = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thanks"),
                                                                            ("body", text), ("dismiss", excerpt)])
            #expect(dismissed.status == .ok)
            #expect(dismissed.text.contains("Marked as fine"))
            #expect(dismissed.text.contains("No problems found"))
            #expect(dismissed.text.contains("I hadn&#39;t slept") || dismissed.text.contains("I hadn't slept"))
            // Edited around, the same words stay fine; the live check says so too.
            let edited = "Dear Dana,\n\nThank you for Tuesday. I hadn't slept, which is why my answers were thin. I remain very interested in the role.\n\nBest,\nAna"
            let again = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thanks"),
                                                                        ("body", edited), ("go", "check")])
            #expect(again.text.contains("No problems found"))
            let live = try await browser.send(.post, "/api/v1/check",
                                              json: #"{"text": \#(JSONWriter.write(.string(edited))), "interview": "i-1", "draft": "thank-you:Dana Reyes"}"#,
                                              headers: [Self.csrfHeader: browser.csrf])
            #expect(live.text.contains(#""dismissed":true"#))
            // Other words are found again.
            let changed = edited.replacingOccurrences(of: "I hadn't slept", with: "I had barely slept")
            let other = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thanks"),
                                                                        ("body", changed), ("go", "check")])
            #expect(!other.text.contains("No problems found"))
            let restored = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thanks"),
                                                                           ("body", edited), ("restore", excerpt)])
            #expect(!restored.text.contains("No problems found"))
        }
    }

    @Test("a finding about the whole message, however long the message, can be marked fine, and stays fine through edits")
    func wholeMessageFindings() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let href = "/interviews/i-1/draft?key=" + "thank-you:Dana Reyes".queryValueEncoded
            try await browser.get(href)
            // 400 words with no thanks and no interest: three findings whose words are the whole body.
            let body = "Dear Dana,\n\n" + String(repeating: "The rebrand plan for the regional campaigns needs care. ", count: 50) + "\n\nAna"
            func check(_ text: String, _ extra: (String, String)) async throws -> TestResponse {
                try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "Thanks"), ("body", text), extra])
            }
            let checked = try await check(body, ("go", "check"))
            let values = Self.dismissValues(in: checked.text)
            #expect(Set(values.map { String($0.prefix { $0 != "|" }) }) == ["too-long", "no-thanks", "no-interest"])
            #expect(values.allSatisfy { $0.count < 100 })
            // The button of an older page sent the whole excerpt; that works too.
            let tooLong = try await check(body, ("dismiss", "too-long|" + String(repeating: "the rebrand plan ", count: 250)))
            #expect(tooLong.status == .ok)
            #expect(tooLong.text.contains("Marked as fine for this draft."))
            for value in values where !value.hasPrefix("too-long") {
                #expect(try await check(body, ("dismiss", value)).status == .ok)
            }
            let edited = try await check(body.replacingOccurrences(of: "Dear Dana,\n\n", with: "Dear Dana,\n\nA short opening line. "), ("go", "check"))
            #expect(edited.text.contains("No problems found"))
            #expect(edited.text.contains("3 marked as fine"))
        }
    }

    @Test("the web app checks at most 100,000 characters: the API refuses more, a draft that long is not saved")
    func sizeBound() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let long = String(repeating: "Sorry, I was so nervous. ", count: 4_100)
            let api = try await browser.send(.post, "/api/v1/check", json: #"{"text": \#(JSONWriter.write(.string(long)))}"#,
                                             headers: [Self.csrfHeader: browser.csrf])
            #expect(api.status == .contentTooLarge)
            try await browser.get("/interviews/i-1/draft?key=" + "thank-you:Dana Reyes".queryValueEncoded)
            let saved = try await browser.post("/interviews/i-1/draft", [("key", "thank-you:Dana Reyes"), ("subject", "x"),
                                                                        ("body", long), ("go", "save")])
            #expect(saved.status == .badRequest)
            #expect(saved.text.contains("Message: at most 100000 characters"))
        }
    }

    static func dismissValue(in page: String) -> String? { dismissValues(in: page).first }

    /// The values of the page's "This is fine" buttons, as the browser sends them.
    static func dismissValues(in page: String) -> [String] {
        page.components(separatedBy: #"name="dismiss" value=""#).dropFirst().map { rest in
            String(rest.prefix { $0 != "\"" }).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        }
    }
}
