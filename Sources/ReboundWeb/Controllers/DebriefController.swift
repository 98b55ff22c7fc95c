import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// The guided debrief: one page per part of the notes, saved each time the user moves on,
/// so leaving half-way keeps everything and the next visit resumes where they stopped.
struct DebriefController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/interviews/:id/debrief") { request, context in
            let (_, interview) = try await app.interview(context)
            let stage = interview.stage == .done ? DebriefStage.wentWell : interview.stage
            return app.redirect("/interviews/\(interview.id)/debrief/\(stage.rawValue)")
        }
        router.get("/interviews/:id/debrief/:stage") { request, context in
            let (_, interview) = try await app.interview(context)
            let page = try Self.page(context)
            let (chrome, _) = app.chrome("\(page.heading) · \(interview.file.interview.company)", request, context)
            return app.page(.debrief, DebriefView(chrome: chrome, interview: interview, file: interview.file, page: page),
                            cookie: nil)
        }
        router.post("/interviews/:id/debrief/:stage") { request, context in
            let (user, interview) = try await app.interview(context)
            let page = try Self.page(context)
            let form = context.form ?? FormData(fields: [])
            var file = interview.file
            DebriefForm.apply(form, stage: page.stage, to: &file)
            let action = form["go"] ?? "next"
            do {
                // The core's reader checks the notes as it checks an imported file.
                file = try InterviewFile(jsonValue: file.jsonValue)
            } catch {
                var (chrome, _) = app.chrome("\(page.heading) · \(file.interview.company)", request, context)
                chrome.problem = DebriefForm.describe(error)
                return app.page(.debrief, DebriefView(chrome: chrome, interview: interview, file: file, page: page),
                                cookie: nil, status: .badRequest)
            }
            var saved = interview
            saved.file = file
            saved.updatedAt = app.environment.now()
            let next: DebriefStage
            switch action {
            case "back": next = DebriefPage.before(page.stage) ?? page.stage
            case "more", "later": next = page.stage
            default: next = DebriefPage.after(page.stage)
            }
            // The resume point moves forward only; revisiting an early page keeps it.
            if DebriefPage.isLater(next, than: saved.stage) || (action == "next" && next == .done) { saved.stage = next }
            try await app.storage.saveInterview(saved, of: user.id)
            switch action {
            case "more":
                let (chrome, _) = app.chrome("\(page.heading) · \(file.interview.company)", request, context)
                return app.page(.debrief, DebriefView(chrome: chrome, interview: saved, file: file, page: page, focusNewRow: true),
                                cookie: nil)
            case "later":
                return app.redirect("/")
            default:
                return app.redirect(next == .done ? "/interviews/\(saved.id)" : "/interviews/\(saved.id)/debrief/\(next.rawValue)")
            }
        }
    }

    private static func page(_ context: AppRequestContext) throws -> DebriefPage {
        guard let name = context.parameters.get("stage"), let stage = DebriefStage(rawValue: name),
              let page = DebriefPage.page(stage) else { throw HTTPError(.notFound) }
        return page
    }
}

extension WebApp {
    /// The signed-in user's interview named in the path. Another user's ID gives the same
    /// 404 as an unknown one, so IDs reveal nothing.
    func interview(_ context: AppRequestContext) async throws -> (User, StoredInterview) {
        let user = try context.requireUser()
        guard let id = Self.interviewID(context), let interview = try await storage.interview(id, of: user.id)
        else { throw Self.noSuchInterview }
        return (user, interview)
    }

    /// The same interview with its done marks and share links, as its page shows it: from
    /// memory while nothing has changed (`KeptReads`), unless this request has `written`.
    func interviewOverview(_ context: AppRequestContext, now: Date, written: Bool) async throws -> InterviewOverview {
        let user = try context.requireUser()
        guard let id = Self.interviewID(context) else { throw Self.noSuchInterview }
        let overview = written ? try await storage.interviewOverview(id, of: user.id, now: now)
            : try await kept.overview(id, of: user, now: now, storage: storage)
        guard let overview else { throw Self.noSuchInterview }
        return overview
    }

    private static func interviewID(_ context: AppRequestContext) -> InterviewID? {
        context.parameters.get("id").flatMap { $0.utf8.count <= 64 ? InterviewID($0) : nil }
    }

    private static let noSuchInterview = HTTPError(.notFound, message: "There is no such interview in your notes.")
}
