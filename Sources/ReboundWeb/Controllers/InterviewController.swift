import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// The interview page and what it changes: step done marks, the outcome, the reread notes,
/// and deleting the interview.
struct InterviewController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/interviews/:id") { request, context in
            let notice = request.queryForm["saved"].map { $0 == "share-off" ? "The link is turned off." : "Saved." }
            return try await page(request, context, notice: notice)
        }
        router.post("/interviews/:id/share") { request, context in
            let (user, interview) = try await app.interview(context)
            let days = context.form?["days"].flatMap(Int.init).flatMap { [1, 7, 30].contains($0) ? $0 : nil } ?? 7
            guard try await app.storage.shareLinks(of: interview.id, of: user.id, now: app.environment.now()).count < 10 else {
                throw HTTPError(.badRequest, message: "Share: turn a link off first; an interview can have 10.")
            }
            let secret = app.environment.newSecret()
            let now = app.environment.now()
            _ = try await app.storage.createShareLink(ShareLink(id: app.environment.newID(), tokenHash: Secrets.hash(secret), userID: user.id,
                                                                interviewID: interview.id, createdAt: now,
                                                                expiresAt: now.addingTimeInterval(Double(days) * 86_400)))
            app.environment.logger.info("share link made", metadata: ["user": "\(user.id)", "days": "\(days)"])
            return try await page(request, context, notice: "Link made. Copy it now: it is not shown again.",
                                  newShareURL: "\(request.siteOrigin)/shared/\(secret)", written: true)
        }
        router.get("/interviews/:id/share-copy.html") { request, context in
            // The shared page as one file to send: no link to open, no script, its style inside.
            let (user, interview) = try await app.interview(context)
            let now = app.environment.now()
            let states = try await app.storage.stepStates(of: interview.id, of: user.id)
            let chrome = PageChrome(title: "", signedIn: false, userName: "", csrf: "")
            var view = SharedView(page: chrome, interview: interview, states: states, expires: now,
                                  sharedBy: user.name.isEmpty ? "Someone you know" : user.name, now: now)
            view.made = Formatting.day(now)
            let html = app.renderer.fragment(.sharedCopy, view)
            return Response(status: .ok, headers: [
                .contentType: "text/html; charset=utf-8",
                .contentDisposition: ContentDisposition.attachment(ExportController.fileName(interview.file, suffix: "notes.html")),
                .cacheControl: "no-store",
            ], body: .init(byteBuffer: html.bytes))
        }
        router.post("/interviews/:id/share/:link/revoke") { request, context in
            let (user, interview) = try await app.interview(context)
            guard let link = context.parameters.get("link"), link.utf8.count <= 64,
                  try await app.storage.deleteShareLink(id: link, of: user.id)
            else { throw HTTPError(.notFound, message: "There is no such link.") }
            return app.redirect("/interviews/\(interview.id)?saved=share-off#share")
        }
        router.post("/interviews/:id/steps") { request, context in
            let (user, interview) = try await app.interview(context)
            let form = context.form ?? FormData(fields: [])
            guard let key = form["step"], key.utf8.count <= 1000 else { throw HTTPError(.badRequest, message: "step: missing") }
            let done = form["done"] == "yes"
            guard try await app.storage.markStep(StepKey(rawValue: key), of: interview.id, of: user.id,
                                                 doneAt: done ? app.environment.now() : nil)
            else { throw HTTPError(.notFound, message: "This step is no longer in the plan.") }
            return app.redirect("/interviews/\(interview.id)#step-\(InterviewView.anchor(key))")
        }
        router.post("/interviews/:id/outcome") { request, context in
            let (user, interview) = try await app.interview(context)
            let form = context.form ?? FormData(fields: [])
            var saved = interview
            saved.file.interview.outcome = try Self.outcome(from: form, interview: interview.file.interview, now: app.environment.now())
            // The form shows the decision date only while waiting; a form without it keeps it.
            if form[DecisionDateField.name] != nil {
                switch DecisionDateField.read(form.text(DecisionDateField.name), interview: interview.file.interview) {
                case .success(let day): saved.file.interview.decisionBy = day
                case .failure(let problem): throw HTTPError(.badRequest, message: problem.description)
                }
            }
            saved.updatedAt = app.environment.now()
            try await app.storage.saveInterview(saved, of: user.id)
            return app.redirect("/interviews/\(interview.id)?saved=outcome")
        }
        router.post("/interviews/:id/next-time") { request, context in
            let (user, interview) = try await app.interview(context)
            let form = context.form ?? FormData(fields: [])
            var saved = interview
            saved.file.debrief.nextTime = form.lines("nextTime")
            if let problem = TextShape.freeText.firstProblem(in: saved.file.debrief.nextTime.joined(separator: "\n")) {
                throw HTTPError(.badRequest, message: "What you will do differently: \(problem).")
            }
            saved.updatedAt = app.environment.now()
            try await app.storage.saveInterview(saved, of: user.id)
            return app.redirect("/interviews/\(interview.id)?saved=notes#reread")
        }
        router.post("/interviews/:id/delete") { request, context in
            let (user, interview) = try await app.interview(context)
            guard context.form?["confirm"] == "yes" else {
                throw HTTPError(.badRequest, message: "Delete: tick the box to confirm, so nothing is deleted by mistake.")
            }
            try await app.storage.deleteInterview(interview.id, of: user.id)
            return app.redirect("/?deleted=1")
        }
    }

    /// The interview page, with a notice and, just after making one, the new share link.
    /// A request that has `written` reads the page afresh.
    private func page(_ request: Request, _ context: AppRequestContext, notice: String?, newShareURL: String? = nil,
                      written: Bool = false) async throws -> Response {
        let now = app.environment.now()
        let overview = try await app.interviewOverview(context, now: now, written: written)
        let file = overview.interview.file
        var (chrome, _) = app.chrome("\(file.interview.company) · \(file.interview.role)", request, context)
        chrome.notice = notice
        var view = InterviewView(chrome: chrome, interview: overview.interview, plan: app.plans.plan(of: overview.interview, now: now),
                                 states: overview.stepStates, now: now)
        view.showShares(overview.shareLinks, newURL: newShareURL, local: request.isLoopbackOrigin)
        let key = UsersInterviewKey(user: try context.requireUser().id, interview: overview.interview.id)
        view.planSection = app.interviewPlans.part(for: key, from: view.planPart) { app.renderer.fragment(.interviewPlan, $0) }
        return app.page(.interview, view, cookie: nil)
    }

    /// The outcome the form describes. A decision needs the day the user heard (today when
    /// left blank); a next round may carry its date and time.
    static func outcome(from form: FormData, interview: Interview, now: Date) throws -> Outcome {
        guard let status = form["status"].flatMap(OutcomeStatus.init(rawValue:)) else {
            throw HTTPError(.badRequest, message: "Outcome: choose one of the listed outcomes.")
        }
        let zone = interview.timeZone
        if status == .pending { return Outcome(status: .pending) }
        var heard = Timestamp(now).withOffset(zone.offset(at: Int64(now.timeIntervalSince1970)))
        if let day = form.text("at") {
            guard let stamp = Formatting.instant(date: day, time: "12:00", in: zone) else {
                throw HTTPError(.badRequest, message: "Outcome date: give the day you heard, like 2026-11-24.")
            }
            // A decision heard today counts from now, not from noon.
            heard = stamp.seconds > Int64(now.timeIntervalSince1970) || Formatting.inputValues(stamp.seconds, in: zone).date
                == Formatting.inputValues(Int64(now.timeIntervalSince1970), in: zone).date ? heard : stamp
        }
        if heard < interview.start { heard = interview.effectiveEnd }
        var nextRound: Timestamp?
        if status == .nextRound, let day = form.text("nextRoundDate") {
            guard let stamp = Formatting.instant(date: day, time: form.text("nextRoundTime") ?? "09:00", in: zone) else {
                throw HTTPError(.badRequest, message: "Next round: give its day and time, like 2026-12-02 and 14:00.")
            }
            nextRound = stamp
        }
        return Outcome(status: status, at: heard, nextRoundAt: nextRound)
    }
}
