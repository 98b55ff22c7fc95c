import Foundation
import HummingbirdTesting
import ReboundCore
import ReboundStore
import Testing

/// The dashboard and the interview page keep what they read in memory (`KeptReads`), and
/// are still never out of date: a change written anywhere else, as another app process on
/// the same database writes it, shows on the next page, and so does the clock's passing.
@Suite("Web: pages shown again from memory stay true")
struct KeptPagesTests {
    /// The late count the dashboard shows beside the interview; 0 when it shows none.
    private func lateCount(_ dashboard: String) -> Int {
        guard let range = dashboard.range(of: #"<span class="late-count">"#) else { return 0 }
        return Int(dashboard[range.upperBound...].prefix { $0.isNumber }) ?? -1
    }

    @Test("a change written by another process shows on the next dashboard and interview page")
    func writesElsewhereShow() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            #expect(try await ana.get("/").text.contains("All interviews (1)"))
            #expect(try await !ana.get("/interviews/i-1").text.contains("done-list"))

            // Straight to the database, past this app's memory.
            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            let step = try #require(try await app.storage.stepStates(of: InterviewID("i-1"), of: user.id).first).key
            #expect(try await app.storage.markStep(step, of: InterviewID("i-1"), of: user.id, doneAt: app.clock.now))
            try await app.saveSample(id: "i-2", company: "Contoso")

            #expect(try await ana.get("/interviews/i-1").text.contains("done-list"), "the step shows done")
            let dashboard = try await ana.get("/").text
            #expect(dashboard.contains("All interviews (2)") && dashboard.contains("Contoso"))
            #expect(try await app.storage.deleteInterview(InterviewID("i-2"), of: user.id))
            #expect(try await !ana.get("/").text.contains("Contoso"))
        }
    }

    @Test("with nothing written, a step falling due after the dashboard was shown is late on the next one")
    func theClockMakesStepsLate() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            // The interview was yesterday: the thank-yous are late, later steps are still to come.
            try await app.saveSample(id: "i-1")
            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            let file = try #require(try await app.storage.allInterviews(of: user.id).first).file
            let now = Int64(app.clock.now.timeIntervalSince1970)
            let dues = RecoveryPlan.dueTimes(of: file).map(\.due.seconds).sorted()
            let next = try #require(dues.first { $0 >= now })
            let lateBefore = lateCount(try await ana.get("/").text)
            #expect(lateBefore == dues.filter { $0 < now }.count)

            app.clock.advance(TimeInterval(next - now))
            #expect(lateCount(try await ana.get("/").text) == lateBefore, "due this second is not late yet")
            app.clock.advance(1)
            #expect(lateCount(try await ana.get("/").text) == dues.filter { $0 <= next }.count)
        }
    }

    @Test("a browser that sends a change is marked for a few seconds, so another process reads its session afresh")
    func writersAreMarked() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            let page = try await ana.get("/interviews/i-1")
            #expect(!page.headers[values: .setCookie].contains { $0.hasPrefix("rebound_wrote=") }, "reading marks nothing")
            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            let step = try #require(try await app.storage.stepStates(of: InterviewID("i-1"), of: user.id).first)
            let marked = try await ana.post("/interviews/i-1/steps", [("step", step.key.rawValue), ("done", "yes")])
            let cookie = try #require(marked.headers[values: .setCookie].first { $0.hasPrefix("rebound_wrote=") })
            #expect(cookie.hasPrefix("rebound_wrote=\(Int64(app.clock.now.timeIntervalSince1970));"))
            #expect(cookie.contains("Max-Age=5") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            #expect(try await ana.get("/interviews/i-1").text.contains("done-list"))
        }
    }

    @Test("the plan, rendered once, carries each session's own form token and follows the clock's wording")
    func planPartsStayPersonal() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let laptop = Browser(client), phone = Browser(client)
            try await laptop.setUp(password: "correct-horse")
            #expect(try await phone.signIn(email: "ana@example.org", password: "correct-horse").status == .seeOther)
            try await app.saveSample(id: "i-1")
            for browser in [laptop, phone, laptop] {
                let page = try await browser.get("/interviews/i-1").text
                let tokens = Set(page.ranges(of: #"name="csrf" value=""#).map { String(page[$0.upperBound...].prefix { $0 != "\"" }) })
                #expect(tokens == [browser.csrf], "every form on the page, the steps' included, has this session's token")
            }
            let before = try await laptop.get("/interviews/i-1").text
            app.clock.advance(3 * 3_600)
            let after = try await laptop.get("/interviews/i-1").text
            #expect(before != after && after.contains("ago"), "the due times are worded from the clock")
        }
    }

    @Test("a share link shows on the page made with it, and drops off when it expires, without a write")
    func shareLinksComeAndGo() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(id: "i-1")
            #expect(try await !ana.get("/interviews/i-1").text.contains("share-links"))
            #expect(try await ana.post("/interviews/i-1/share", [("days", "1")]).text.contains("share-links"))
            #expect(try await ana.get("/interviews/i-1").text.contains("share-links"))
            app.clock.advance(86_400)
            #expect(try await !ana.get("/interviews/i-1").text.contains("share-links"), "expired")
        }
    }
}
