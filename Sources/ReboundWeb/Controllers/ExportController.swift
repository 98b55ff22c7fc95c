import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// Taking notes out and bringing them in: a plan as `.ics`, the private calendar
/// subscription, one or all interviews as interview files, everything as one file, and import.
struct ExportController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/interviews/:id/plan.ics") { request, context in
            let (user, interview) = try await app.interview(context)
            let states = try await app.storage.stepStates(of: interview.id, of: user.id)
            let now = Timestamp(app.environment.now())
            let file = interview.file
            let text = CalendarExport.calendar(named: "Rebound: \(file.interview.company), \(file.interview.role)",
                                               plans: [Self.openSteps(of: file, id: interview.id, states: states, now: now)], stamp: now)
            return Self.download(text, type: "text/calendar; charset=utf-8", name: Self.fileName(file, suffix: "plan.ics"))
        }
        router.get("/interviews/:id/export.json") { request, context in
            let (_, interview) = try await app.interview(context)
            return Self.download(interview.file.jsonText(), type: "application/json; charset=utf-8",
                                 name: Self.fileName(interview.file, suffix: "interview.json"))
        }
        router.get("/export/interviews.json") { request, context in
            let user = try context.requireUser()
            let records = try await app.storage.interviewRecords(of: user.id)
            return Self.download(ExportFile.interviewFiles(records.map(\.interview)), type: "application/json; charset=utf-8",
                                 name: "rebound-interviews-\(Self.today(app.environment.now())).json")
        }
        router.get("/export/everything.json") { request, context in
            let user = try context.requireUser()
            let records = try await app.storage.interviewRecords(of: user.id)
            let practice = try await app.storage.practiceAttempts(of: user.id, limit: nil).reversed()
            let companies = try await app.storage.companyNotes(of: user.id)
            let now = app.environment.now()
            return Self.download(ExportFile.json(user: user, records: records, practice: Array(practice), companies: companies,
                                                 exportedAt: now),
                                 type: "application/json; charset=utf-8", name: "rebound-export-\(Self.today(now)).json")
        }
        router.get("/calendar/:file") { request, context in
            // The secret in the path is the only key: calendar apps send no cookie.
            guard let file = context.parameters.get("file"), file.hasSuffix(".ics"), file.utf8.count <= 80,
                  let user = try await app.storage.user(calendarToken: String(file.dropLast(4)))
            else { throw HTTPError(.notFound, message: "This calendar link is not valid or was turned off.") }
            let records = try await app.storage.interviewRecords(of: user.id)
            let now = Timestamp(app.environment.now())
            let plans = records.map { Self.openSteps(of: $0.interview.file, id: $0.interview.id, states: $0.doneSteps, now: now) }
            let merged = CalendarExport.calendar(named: "Rebound", plans: plans, stamp: now)
            return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: merged)))
        }
        router.get("/import") { request, context in
            _ = try context.requireUser()
            let (chrome, _) = app.chrome("Import interviews", request, context)
            return app.page(.import, ImportView(page: chrome, issues: [], json: ""), cookie: nil)
        }
        router.post("/import") { request, context in try await importFile(request, context) }
    }
}

extension ExportController {
    /// Validates the whole file first; saves all of it in one transaction or nothing.
    private func importFile(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = context.form ?? FormData(fields: [])
        // A chosen file wins over pasted text.
        let chosenFile = FormData.nonBlank(form["file"])
        let text = chosenFile ?? FormData.nonBlank(form["json"]) ?? ""
        func refuse(_ issues: [String]) -> Response {
            var (chrome, _) = app.chrome("Import interviews", request, context)
            chrome.problem = "Nothing was imported. Fix the file and try again."
            let pasted = chosenFile == nil ? form["json"] ?? "" : ""
            return app.page(.import, ImportView(page: chrome, issues: issues, json: pasted), cookie: nil, status: .badRequest)
        }
        guard !text.isEmpty else { return refuse(["file: choose an interview file or an export, or paste its JSON"]) }
        let now = app.environment.now()
        let contents: ImportContents
        do {
            contents = try ImportFile.contents(from: Array(text.utf8), now: now, newID: { InterviewID(app.environment.newID()) })
        } catch {
            return refuse(Array(error.issues.prefix(50).map(\.description)) + (error.issues.count > 50 ? ["… and \(error.issues.count - 50) more"] : []))
        }
        let (records, practice, companies) = (contents.records, contents.practice, contents.companies)
        guard records.count <= 2000 else { return refuse(["file: at most 2000 interviews at once"]) }
        let environment = app.environment
        guard practice.count <= 100_000 else { return refuse(["practice: at most 100000 answers at once"]) }
        guard companies.count <= 2000 else { return refuse(["companies: at most 2000 companies at once"]) }
        let saved = try await app.storage.importInterviews(records, practice: practice, companies: companies, of: user.id,
                                                           newID: { InterviewID(environment.newID()) })
        // The same interview twice in one file, or one the user already has, counts once.
        let count = Set(saved).count
        app.environment.logger.info("interviews imported", metadata: ["user": "\(user.id)", "count": "\(count)"])
        return app.redirect("/?imported=\(count)")
    }

    /// The steps of the file's plan not marked done, for a calendar.
    static func openSteps(of file: InterviewFile, id: InterviewID, states: [StepState], now: Timestamp)
        -> (steps: [PlanStep], interview: Interview, id: String?) {
        let done = states.doneAt
        return (RecoveryPlan(for: file, now: now).steps.filter { done[$0.key] == nil }, file.interview, id.rawValue)
    }

    static func download(_ text: String, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: ContentDisposition.attachment(name)],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// `rebound-northwind-traders-2026-11-20-plan.ics`; letters of any script are kept
    /// (`ContentDisposition` gives an ASCII name beside it).
    static func fileName(_ file: InterviewFile, suffix: String) -> String {
        let slug = FileNames.slug(file.interview.company)
        let day = file.interview.start.localParts.date.description
        return "rebound-\(slug.isEmpty ? "interview" : slug)-\(day)-\(suffix)"
    }

    static func today(_ now: Date) -> String { Timestamp(now).localParts.date.description }
}

/// The import page: a file input, a box to paste JSON, and the problems of the last try.
struct ImportView {
    let page: PageChrome
    let issues: [String]
    let json: String
    /// Stored, not computed: templates see stored properties only.
    let hasIssues: Bool

    init(page: PageChrome, issues: [String], json: String) {
        self.page = page
        self.issues = issues
        self.json = json
        hasIssues = !issues.isEmpty
    }
}
