import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
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
            let summaries = CompanySummary.list(interviews: interviews.map(\.idAndFile), notes: notes, now: Timestamp(now))
            let (chrome, cookie) = app.chrome("Companies", request, context)
            return app.page(.companies, CompaniesView(page: chrome, summaries: summaries, now: now), cookie: cookie)
        }
        router.get("/companies/:key") { request, context in
            let user = try context.requireUser()
            let key = try Self.key(context)
            let notice = request.queryForm["saved"].map { $0 == "cleared" ? "Your notes are cleared." : "Saved." }
            return try await page(request, context, user: user, key: key, name: request.queryForm.text("name"), notice: notice)
        }
        router.post("/companies/:key") { request, context in
            let user = try context.requireUser()
            let key = try Self.key(context)
            let form = context.form ?? FormData(fields: [])
            let notes = CompanyNotes(key: key, company: form.text("company") ?? "", field: form.text("field").flatMap(WorkField.init(rawValue:)),
                                     history: form["history"] ?? "", strengths: form["strengths"] ?? "",
                                     achievements: form["achievements"] ?? "", goals: form["goals"] ?? "",
                                     updatedAt: app.environment.now())
            if let problem = Self.problem(with: notes, key: key) {
                // The name the page was opened with: the one typed may be the problem.
                return try await page(request, context, user: user, key: key, name: form.text("name"), sent: notes, problem: problem)
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

    /// The company page; with `sent` and `problem`, the notes as sent and what is wrong with them.
    private func page(_ request: Request, _ context: AppRequestContext, user: User, key: CompanyKey, name: String?,
                      sent: CompanyNotes? = nil, problem: String? = nil, notice: String? = nil) async throws -> Response {
        let now = app.environment.now()
        let interviews = try await app.storage.allInterviews(of: user.id)
        let notes = try await app.storage.companyNotes(key, of: user.id)
        let bank = try await app.storage.questionBank(of: user.id, interviews: interviews)
        let brief = CompanyBrief(key: key, interviews: interviews.map(\.idAndFile), notes: notes, bank: bank, now: Timestamp(now))
        // A company with neither interviews nor notes exists only when its name comes along.
        let named = name.flatMap { CompanyKey(company: $0) == key && $0.count <= 300 ? $0 : nil }
        guard !brief.rounds.isEmpty || notes != nil || named != nil else {
            throw HTTPError(.notFound, message: "You have no interview or notes at this company.")
        }
        let company = brief.rounds.isEmpty && notes == nil ? named! : brief.company
        var (chrome, cookie) = app.chrome("Prepare for \(company)", request, context)
        chrome.notice = notice
        chrome.problem = problem
        let view = CompanyView(page: chrome, brief: brief, company: company, form: sent ?? notes, now: now)
        return app.page(.company, view, cookie: cookie, status: problem == nil ? .ok : .badRequest)
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
