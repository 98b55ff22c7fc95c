import Foundation
import Hummingbird
import ReboundCore
import ReboundStore

/// `/companies`: preparing for the next round, company by company. The list of companies,
/// and for each one its rounds, the answers the user wishes they had given there, likely
/// questions, and the user's notes on the company.
struct CompanyController {
    let app: WebApp

    /// The company's page.
    static func href(_ key: CompanyKey) -> String { "/companies/" + key.rawValue.queryValueEncoded }

    /// The page of the company with this name; nil when the name has no letter or digit.
    static func href(company: String) -> String? { CompanyKey(company: company).map(href) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/companies") { request, context in
            let user = try context.requireUser()
            // The "another company" form comes here with its name.
            if let name = request.queryForm.text("company") {
                guard name.count <= 300, let key = CompanyKey(company: name) else {
                    throw HTTPError(.badRequest, message: "Company: give its name, with at least one letter or digit.")
                }
                return app.redirect(Self.href(key) + "?name=" + name.queryValueEncoded)
            }
            let now = app.environment.now()
            let interviews = try await app.storage.allInterviews(of: user.id)
            let notes = try await app.storage.companyNotes(of: user.id)
            let summaries = CompanySummary.list(interviews: interviews.map { ($0.id.rawValue, $0.file) }, notes: notes, now: Timestamp(now))
            let (chrome, cookie) = app.chrome("Companies", request, context)
            return app.page("companies", CompaniesView(page: chrome, summaries: summaries, now: now), cookie: cookie)
        }
        router.get("/companies/:key") { request, context in
            let user = try context.requireUser()
            let key = try Self.key(context)
            let notice = request.uri.queryParameters.get("saved").map { $0 == "cleared" ? "Your notes are cleared." : "Saved." }
            return try await page(request, context, user: user, key: key, name: request.queryForm.text("name"), notice: notice)
        }
        router.post("/companies/:key") { request, context in
            let user = try context.requireUser()
            let key = try Self.key(context)
            let form = context.form ?? FormData(fields: [])
            var sent = CompanyView.NotesForm(company: form.text("company") ?? "", notes: nil)
            sent.field = form.text("field").flatMap(WorkField.init(rawValue:))
            sent.history = form["history"] ?? ""
            sent.strengths = form["strengths"] ?? ""
            sent.achievements = form["achievements"] ?? ""
            sent.goals = form["goals"] ?? ""
            let notes = CompanyNotes(key: key, company: sent.company, field: sent.field, history: sent.history,
                                     strengths: sent.strengths, achievements: sent.achievements, goals: sent.goals,
                                     updatedAt: app.environment.now())
            if let problem = Self.problem(with: notes, key: key) {
                // The name the page was opened with: the one typed may be the problem.
                return try await page(request, context, user: user, key: key, name: form.text("name"), form: sent, problem: problem)
            }
            try await app.storage.saveCompanyNotes(notes, of: user.id)
            return app.redirect(Self.href(key) + "?saved=notes#notes")
        }
        router.post("/companies/:key/delete") { request, context in
            let user = try context.requireUser()
            let key = try Self.key(context)
            guard context.form?["confirm"] == "yes" else {
                throw HTTPError(.badRequest, message: "Clear: tick the box to confirm, so nothing is cleared by mistake.")
            }
            try await app.storage.deleteCompanyNotes(key, of: user.id)
            return app.redirect(Self.href(key) + "?saved=cleared")
        }
    }

    /// The company page; with `form` and `problem`, the notes form as sent and what is wrong with it.
    private func page(_ request: Request, _ context: AppRequestContext, user: User, key: CompanyKey, name: String?,
                      form: CompanyView.NotesForm? = nil, problem: String? = nil, notice: String? = nil) async throws -> Response {
        let now = app.environment.now()
        let interviews = try await app.storage.allInterviews(of: user.id)
        let notes = try await app.storage.companyNotes(key, of: user.id)
        let bank = QuestionBank(asked: interviews.flatMap { $0.file.askedQuestions(interviewID: $0.id.rawValue) },
                                reviews: try await app.storage.practiceReviews(of: user.id))
        let brief = CompanyBrief(key: key, interviews: interviews.map { ($0.id.rawValue, $0.file) }, notes: notes, bank: bank,
                                 now: Timestamp(now))
        // A company with neither interviews nor notes exists only when its name comes along.
        let named = name.flatMap { CompanyKey(company: $0) == key && $0.count <= 300 ? $0 : nil }
        guard !brief.rounds.isEmpty || notes != nil || named != nil else {
            throw HTTPError(.notFound, message: "You have no interview or notes at this company.")
        }
        let company = brief.rounds.isEmpty && notes == nil ? named! : brief.company
        var (chrome, cookie) = app.chrome("Prepare for \(company)", request, context)
        chrome.notice = notice
        chrome.problem = problem
        let view = CompanyView(page: chrome, brief: brief, company: company,
                               form: form ?? CompanyView.NotesForm(company: company, notes: notes), now: now)
        return app.page("company", view, cookie: cookie, status: problem == nil ? .ok : .badRequest)
    }

    /// The key in the path (letters of any script arrive percent-encoded).
    private static func key(_ context: AppRequestContext) throws -> CompanyKey {
        guard let raw = context.parameters.get("key"), raw.utf8.count <= 1000,
              let decoded = raw.removingPercentEncoding, let key = CompanyKey(company: decoded), key.rawValue == decoded
        else { throw HTTPError(.notFound, message: "There is no such company.") }
        return key
    }

    /// What is wrong with notes as sent, naming the field; nil when they can be saved.
    static func problem(with notes: CompanyNotes, key: CompanyKey) -> String? {
        if notes.company.isEmpty { return "Company: give its name." }
        if notes.company.count > 300 { return "Company: keep the name under 300 characters." }
        if CompanyKey(company: notes.company) != key {
            return "Company: that name is another company. To prepare for another one, start from the list of companies."
        }
        if let long = notes.tooLong {
            let count = notes.sections.first { $0.name == long }?.text.count ?? 0
            return "\(CompanyView.noteLabels[long] ?? long): keep it under \(CompanyNotes.textLimit) characters (it has \(count))."
        }
        return nil
    }
}
