import Foundation
import HummingbirdTesting
import ReboundCore
import ReboundStore
@testable import ReboundWeb
import Testing

@Suite("Web: insights")
struct InsightsPageTests {
    @Test("with no interviews the page says what will appear, and invites practice")
    func empty() async throws {
        try await TestApp.make().run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let page = try await browser.get("/insights").text
            #expect(page.contains("Record an interview and its debrief"))
            #expect(page.contains("No practice yet."))
            #expect(!page.contains("<svg"))
        }
    }

    @Test("across three interviews: charts with tables beside them, counts as counts, and a warning that three is few")
    func threeInterviews() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            for (index, company) in ["Northwind", "Contoso <script>", "Fabrikam"].enumerated() {
                try await app.saveSample(id: "i-\(index)", company: company, start: "2026-11-0\(index + 1)T10:30:00-05:00")
            }
            // One thank-you marked sent three hours after the first interview ended (the sample ends 20 Nov, 11:15 New York).
            let sent = try #require(Timestamp(rfc3339: "2026-11-20T14:15:00-05:00")).date
            _ = try await app.storage.markStep(StepKey(rawValue: "thank-you:Dana Reyes"), of: InterviewID("i-0"), of: user.id, doneAt: sent)
            try await browser.get("/practice?kind=closing")
            try await browser.post("/practice", [("key", "starter:c01"), ("kind", "closing"), ("rating", "strong")])

            let page = try await browser.get("/insights").text
            #expect(page.contains("With 3 interviews these are early signs, not patterns"))
            #expect(page.contains(#"<svg class="chart-wide" viewBox="0 0 640 38" role="img" aria-labelledby="setbacks-title""#))
            #expect(page.contains(#"<svg class="chart-narrow" viewBox="0 0 340 48" role="img" aria-labelledby="setbacks-narrow-title""#))
            #expect(page.contains("<td>Went blank</td><td>3 of 3 interviews</td><td>3</td>"))
            #expect(!page.contains("%"), "no percentages from three interviews")
            #expect(page.contains("<td>rebrand</td><td>3 of 3 interviews</td><td>Opened with the rebrand story</td>"))
            #expect(page.contains("Contoso &lt;script&gt;, "), "names are escaped in charts and tables")
            #expect(!page.contains("Contoso <script>"))
            #expect(page.contains("0 of 3 interviews led to another round or an offer"))
            #expect(page.contains("Your thank-yous went out about 3 hours after the interview (the middle of 1 interview); 2 interviews with no thank-you marked sent."))
            #expect(page.contains(#"aria-labelledby="practice-title""#))
            #expect(page.contains(#"class="bar-weak"><title>Northwind, "#))
        }
    }

    @Test("from ten interviews on, shares also show as percentages")
    func percentagesFromTen() {
        #expect(InsightsView.share(3, of: 9) == "3 of 9 interviews")
        #expect(InsightsView.share(3, of: 12) == "3 of 12 interviews (25%)")
        #expect(InsightsView.hours(0.5) == "less than an hour")
        #expect(InsightsView.hours(26) == "about 26 hours")
        #expect(InsightsView.hours(72) == "about 3 days")
    }
}
