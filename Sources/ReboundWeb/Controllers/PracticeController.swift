import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// The question bank (`/questions`: every question from the user's debriefs and the starter
/// bank, searchable) and practice (`/practice`: one question at a time on the SM-2 schedule,
/// the same one `rebound practice` uses).
struct PracticeController {
    let app: WebApp

    /// The practice page for one question, by its wording (a plan's practice step links here).
    static func href(question text: String) -> String {
        "/practice?question=" + QuestionBank.key(forText: text).rawValue.queryValueEncoded
    }

    /// The longest outline kept, in characters.
    static let longestOutline = 10_000

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/questions") { request, context in
            let user = try context.requireUser()
            let query = request.queryForm
            let filter = BankFilter(text: String((query["q"] ?? "").prefix(200)),
                                    kind: query["kind"].flatMap(QuestionKind.init(rawValue:)),
                                    field: query["field"].flatMap(WorkField.init(rawValue:)),
                                    source: query["source"].flatMap(BankFilter.Source.init(rawValue:)) ?? .all)
            let (chrome, cookie) = app.chrome("Question bank", request, context)
            let view = QuestionBankView(page: chrome, bank: try await app.storage.questionBank(of: user.id), filter: filter, now: app.environment.now())
            return app.page(.questions, view, cookie: cookie)
        }
        router.get("/practice") { request, context in
            let query = request.queryForm
            let sitting = PracticeSitting(value: { query[$0] }, values: { query.all($0) })
            // A bare /practice shows the sitting's options first; the start form, a sitting under
            // way and a chosen question go straight to a question.
            let started = ["start", "done", "again", "question", "saved", "size", "field", "kind", "timer"].contains { query[$0] != nil }
            return try await page(request, context, sitting: sitting, chosen: query["question"].map(QuestionKey.init(rawValue:)),
                                  starting: !started)
        }
        router.post("/practice") { request, context in
            let user = try context.requireUser()
            let form = context.form ?? FormData(fields: [])
            let sitting = PracticeSitting(value: { form[$0] }, values: { form.all($0) })
            let bank = try await app.storage.questionBank(of: user.id)
            guard let question = form["key"].flatMap({ bank.question(QuestionKey(rawValue: $0)) }) else {
                return try await page(request, context, sitting: sitting, chosen: nil,
                                      problem: "Question: it is not in your bank any more; here is the next one.", status: .badRequest)
            }
            guard let rating = form["rating"].flatMap(AnswerRating.init(rawValue:)) else {
                return try await page(request, context, sitting: sitting, chosen: question.key, outline: form,
                                      problem: "Rating: choose weak, ok or strong for your answer.", status: .badRequest)
            }
            let outline = Self.outline(from: form, story: question.wantsStory)
            guard outline.count <= Self.longestOutline else {
                return try await page(request, context, sitting: sitting, chosen: question.key, outline: form,
                                      problem: "Outline: keep it under \(Self.longestOutline) characters; a few lines are enough.",
                                      status: .badRequest)
            }
            let now = app.environment.now()
            let seconds = sitting.timer == nil ? nil : form["shown"].flatMap(Int64.init).map { shown in
                Int(min(max(Int64(now.timeIntervalSince1970) - shown, 0), 86_400))
            }
            let review = PracticeScheduler.practised(question.review, rating: rating, at: now)
            try await app.storage.recordPractice(
                PracticeAttempt(id: app.environment.newID(), questionKey: question.key, questionText: question.text, practisedAt: now,
                                rating: rating, outline: outline, seconds: seconds),
                review: review, of: user.id)
            let next = sitting.answered(question.key, rating: rating, wasRepeat: form["repeat"] == "yes")
            // After a good answer the notice says when the question comes back.
            return app.redirect(next.href + (next.href.contains("?") ? "&" : "?") + "saved=" + rating.rawValue
                                + (rating == .weak ? "" : "&in=\(review.intervalDays)"))
        }
    }

    /// The outline as saved: one line per STAR part that was filled in, or the free text.
    static func outline(from form: FormData, story: Bool) -> String {
        guard story else { return (form["outline"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        return StarOutline.allCases.compactMap { part in
            form.text(part.rawValue).map { "\(part.title): \($0.trimmingCharacters(in: .whitespacesAndNewlines))" }
        }.joined(separator: "\n")
    }

    /// The practice page: the chosen question, or the sitting's next one, or the sitting's
    /// end. `outline` refills the boxes after a refused answer.
    private func page(_ request: Request, _ context: AppRequestContext, sitting: PracticeSitting, chosen: QuestionKey?,
                      outline: FormData? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok,
                      starting: Bool = false) async throws -> Response {
        let user = try context.requireUser()
        let bank = try await app.storage.questionBank(of: user.id)
        let now = app.environment.now()
        var current: BankQuestion?
        var isRepeat = false
        if let chosen, let question = bank.question(chosen) {
            current = question
        } else if !starting, sitting.done < sitting.size,
                  let next = PracticeQueue.questions(from: bank, filter: sitting.filter, at: now, limit: 1, newStarterLimit: 1).first {
            current = next
        } else if !starting, let key = sitting.again.first(where: { bank.question($0) != nil }) {
            current = bank.question(key)
            isRepeat = true
        }
        var (chrome, cookie) = app.chrome(current == nil ? "Practice" : "Practise a question", request, context)
        chrome.problem = problem
        if problem == nil, let saved = request.queryForm["saved"].flatMap(AnswerRating.init(rawValue:)) {
            chrome.notice = PracticeView.savedNotice(saved, days: request.queryForm["in"].flatMap(Int.init))
        }
        let recent = current == nil ? try await app.storage.practiceAttempts(of: user.id, limit: 8) : []
        let view = PracticeView(page: chrome, sitting: sitting, question: current, isRepeat: isRepeat, bank: bank, recent: recent,
                                outline: outline, now: now)
        return app.page(.practice, view, cookie: cookie, status: status)
    }
}
