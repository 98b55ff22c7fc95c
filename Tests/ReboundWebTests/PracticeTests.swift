import Foundation
import HTTPTypes
import HummingbirdTesting
import ReboundCore
import ReboundStore
import Testing

@Suite("Web: question bank and practice")
struct PracticeTests {
    @Test("the bank lists the user's own questions with their history, the starter bank, and filters by words, kind, field and source")
    func bank() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let all = try await browser.get("/questions").text
            #expect(all.contains("Tell me about a time you led a team."))
            #expect(all.contains("Asked once, last at Northwind Traders: weak"))
            #expect(all.contains("Your better answer: I chaired the five-person brand committee."))
            #expect(all.contains("\(StarterBank.questions.count + 1) questions of \(StarterBank.questions.count + 1)"))

            let own = try await browser.get("/questions?source=own").text
            #expect(own.contains("1 question of"))
            let nursing = try await browser.get("/questions?field=nursing&kind=situational").text
            #expect(nursing.contains("How would you prioritise four patients who all need you at once?"))
            #expect(!nursing.contains("Friday evening"), "a software question is not a nursing one")
            // A GET form writes spaces as "+"; a typed "+" arrives as %2B.
            #expect(try await browser.get("/questions?q=prioritise+four+patients").text.contains("1 question of"))
            #expect(try await browser.get("/questions?q=prioritise%2Bfour").text.contains("No question matches."))
            let search = try await browser.get("/questions?q=SHOPLIFTING").text
            #expect(search.contains("What would you do if you saw someone shoplifting?"))
            #expect(search.contains("1 question of"))
            #expect(try await browser.get("/questions?q=zebra%20unicorn").text.contains("No question matches."))
        }
    }

    @Test("a sitting asks the weak question first, saves each answer on the schedule, and asks a weak one once more at the end")
    func sitting() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let first = try await browser.get("/practice?size=2").text
            #expect(first.contains("Question 1 of 2 in this sitting"))
            #expect(first.contains("<h1 id=\"question\">Tell me about a time you led a team.</h1>"))
            #expect(first.contains("Last time you wished you had said: I chaired the five-person brand committee."))
            #expect(first.contains(#"name="situation""#) && first.contains(#"name="result""#), "a story question gets the STAR boxes")
            let answered = try await browser.post("/practice", [
                ("key", "own:tell me about a time you led a team"), ("size", "2"), ("situation", "Brand committee"),
                ("action", "I set the agenda"), ("rating", "weak"), ("shown", "0"),
            ])
            #expect(answered.status == .seeOther)
            let next = try #require(answered.headers[.location])
            #expect(next == "/practice?size=2&done=1&again=own%3Atell%20me%20about%20a%20time%20you%20led%20a%20team&saved=weak")
            let second = try await browser.get(next).text
            #expect(second.contains("comes back at the end of this sitting"))
            #expect(second.contains("Question 2 of 2 in this sitting"))
            #expect(second.contains("From the starter bank; you have not practised it yet"))
            let secondKey = try #require(second.range(of: #"name="key" value=""#).map { String(second[$0.upperBound...].prefix { $0 != "\"" }) })
            #expect(secondKey == "starter:b01")
            let third = try await browser.post("/practice", [
                ("key", secondKey), ("size", "2"), ("done", "1"), ("again", "own:tell me about a time you led a team"), ("rating", "strong"),
            ])
            let repeatPage = try await browser.get(try #require(third.headers[.location])).text
            #expect(repeatPage.contains("Once more, as it was weak"))
            #expect(repeatPage.contains(#"name="repeat" value="yes""#))
            let last = try await browser.post("/practice", [
                ("key", "own:tell me about a time you led a team"), ("size", "2"), ("done", "2"),
                ("again", "own:tell me about a time you led a team"), ("repeat", "yes"), ("situation", "Committee"), ("rating", "ok"),
            ])
            #expect(last.headers[.location] == "/practice?size=2&done=3&saved=ok&in=1")
            let end = try await browser.get("/practice?size=2&done=3&saved=ok&in=1").text
            #expect(end.contains("This sitting is done: 3 answers."))
            #expect(end.contains("It comes back tomorrow"), "the notice and the schedule agree")
            #expect(end.contains("Practised lately"))
            #expect(end.contains("Tell me about a time you led a team. (ok)"))
            #expect(end.contains("Your next question comes back in 24 hours"))

            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            let attempts = try await app.storage.practiceAttempts(of: user.id, limit: nil)
            #expect(attempts.count == 3)
            #expect(attempts.contains { $0.outline == "Situation: Brand committee\nAction: I set the agenda" && $0.rating == .weak })
            let reviews = try await app.storage.practiceReviews(of: user.id)
            #expect(reviews[.own("Tell me about a time you led a team.")]?.lastRating == .ok)
            #expect(reviews[.starter("b01")]?.intervalDays == 1)
            #expect(try await browser.get("/questions").text.contains("Next practice in 24 hours (last: ok)"))
        }
    }

    @Test("an answer without a rating is refused with the outline kept; an unknown question is refused")
    func refusals() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await browser.get("/practice?kind=motivation")
            let unrated = try await browser.post("/practice", [("key", "starter:m01"), ("kind", "motivation"), ("outline", "Ten years in retail <b>")])
            #expect(unrated.status == .badRequest)
            #expect(unrated.text.contains("Rating: choose weak, ok or strong for your answer."))
            #expect(unrated.text.contains("Ten years in retail &lt;b&gt;</textarea>"))
            let unknown = try await browser.post("/practice", [("key", "starter:zz99"), ("rating", "ok")])
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains("Question: it is not in your bank any more"))
            let long = try await browser.post("/practice", [("key", "starter:m01"), ("rating", "ok"), ("outline", String(repeating: "x", count: 10_001))])
            #expect(long.status == .badRequest && long.text.contains("Outline: keep it under 10000 characters"))
            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            #expect(try await app.storage.practiceAttempts(of: user.id, limit: nil).isEmpty, "nothing half-saved")
        }
    }

    @Test("with the timer on, the time from showing the question to the answer is kept, even without JavaScript")
    func timer() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            let page = try await browser.get("/practice?timer=120&kind=closing").text
            #expect(page.contains("aim for about 2 min"))
            let shown = try #require(page.range(of: #"name="shown" value=""#).map { String(page[$0.upperBound...].prefix { $0 != "\"" }) })
            app.clock.advance(95)
            let answered = try await browser.post("/practice", [("key", "starter:c01"), ("kind", "closing"), ("timer", "120"),
                                                                ("shown", shown), ("outline", "Team, first 90 days"), ("rating", "ok")])
            #expect(answered.headers[.location] == "/practice?kind=closing&done=1&timer=120&saved=ok&in=1")
            let user = try #require(try await app.storage.user(email: "ana@example.org"))
            #expect(try await app.storage.practiceAttempts(of: user.id, limit: 1).first?.seconds == 95)
            #expect(try await browser.get("/practice?kind=closing&done=10&timer=120").text.contains("(ok, 1 min 35 s)"))
        }
    }

    @Test("the plan's practice step opens the practice page on its question")
    func planLinksToPractice() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let plan = try await browser.get("/interviews/i-1").text
            let href = "/practice?question=own%3Atell%20me%20about%20a%20time%20you%20led%20a%20team"
            #expect(plan.contains(#"<a href="\#(href)">Practise it now</a>"#))
            #expect(plan.components(separatedBy: "Practise it now").count == 2, "only the practice step links to practice")
            #expect(try await browser.get(href).text.contains("<h1 id=\"question\">Tell me about a time you led a team.</h1>"))
        }
    }

    @Test("one user never sees another's questions or practice")
    func isolation() async throws {
        let app = try await TestApp.make(allowSignup: true)
        try await app.run { client in
            let ana = Browser(client)
            try await ana.setUp()
            try await app.saveSample(company: "Secret Corp <script>")
            try await ana.post("/practice", [("key", "own:tell me about a time you led a team"), ("rating", "weak")])
            let bo = Browser(client)
            #expect(try await bo.signUp(email: "bo@example.org", password: "battery-staple").status == .seeOther)
            try await bo.get("/")
            let bank = try await bo.get("/questions?source=own").text
            #expect(bank.contains("0 questions of \(StarterBank.questions.count)"))
            #expect(!bank.contains("Secret Corp"))
            let refused = try await bo.post("/practice", [("key", "own:tell me about a time you led a team"), ("rating", "ok")])
            #expect(refused.status == .badRequest)
            #expect(!(try await bo.get("/practice?done=10").text.contains("led a team")))
            #expect(try await ana.get("/questions").text.contains("Secret Corp &lt;script&gt;"))
        }
    }
}

@Suite("Web: mock interview sheet")
struct MockSheetTests {
    @Test("the sheet for a friend opens and closes like an interview, works in the weak question, and prints without the menus")
    func sheet() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let form = try await browser.get("/mock").text
            #expect(form.contains(#"<form method="get" action="/mock""#))
            #expect(!form.contains("mock-sheet"))

            let sheet = try await browser.get("/mock?go=1&role=Ward+nurse&company=St%20Mary%27s%20%3Cb%3E&field=nursing&count=8").text
            #expect(sheet.contains("Mock interview with Ana Silva: Ward nurse at St Mary&#39;s &lt;b&gt;"))
            let items = sheet.components(separatedBy: #"<li class="mock-question">"#).dropFirst()
            #expect(items.count == 8)
            #expect(items.first?.contains("Walk me through your background in a couple of minutes.") == true)
            #expect(items.last?.contains("Do you have any questions for us?") == true)
            #expect(sheet.contains("Tell me about a time you led a team."))
            #expect(sheet.contains("Ana Silva found this one hard before"))
            #expect(sheet.contains("Listen for: A real example, told in order"))
            #expect(items.contains { $0.contains("patient") }, "nursing questions for a nursing job")

            let css = try await browser.get("/static/style.css").text
            #expect(css.contains("@media print"))
            #expect(css.contains(".top, .bottom, .skip, .no-print"))
        }
    }
}

@Suite("Web: starting a practice sitting")
struct PracticeStartTests {
    @Test("the practice page shows a sitting's options before its first question")
    func optionsFirst() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            try await browser.setUp()
            try await app.saveSample()
            let page = try await browser.get("/practice").text
            #expect(page.contains("Start a sitting") && page.contains(#"<select id="size" name="size">"#))
            #expect(!page.contains(#"<h1 id="question">"#))
            let started = try await browser.get("/practice?start=1&size=5").text
            #expect(started.contains(#"<h1 id="question">"#) && started.contains("Question 1 of 5"))
        }
    }
}
