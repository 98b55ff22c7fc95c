import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// "Just came out of an interview?": the shortest way from the car park to a thank-you.
/// One phone screen asks for the company, the job, who the user met and the question that
/// went worst; then the thank-you draft opens with a box for the better answer. The full
/// debrief waits for later and starts from what was typed here.
struct QuickStartController {
    let app: WebApp

    struct FormView {
        let page: PageChrome
        let company: String
        let role: String
        let interviewers: String
        let worstQuestion: String
        let date: String
        let time: String
        let minutes: String
        let zone: String
        let zones: [Choice]
        let guessed: String?
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/interviews/quick") { request, context in
            let user = try context.requireUser()
            let (chrome, _) = app.chrome("Just out of an interview", request, context)
            let guess = try await ZoneGuess.make(for: user.id, now: app.environment.now(), storage: app.storage)
            return app.page(.quick, FormView(page: chrome, company: "", role: "", interviewers: "", worstQuestion: "",
                                             date: guess.date, time: guess.time, minutes: "60", zone: guess.zone.identifier,
                                             zones: ZoneGuess.choices, guessed: "start"), cookie: nil)
        }
        router.post("/interviews/quick") { request, context in
            let user = try context.requireUser()
            let form = context.form ?? FormData(fields: [])
            switch Self.read(form) {
            case .failure(let problem):
                var (chrome, _) = app.chrome("Just out of an interview", request, context)
                chrome.problem = problem.description
                return app.page(.quick, FormView(
                    page: chrome, company: form["company"] ?? "", role: form["role"] ?? "", interviewers: form["interviewers"] ?? "",
                    worstQuestion: form["worst"] ?? "", date: form["date"] ?? "", time: form["time"] ?? "",
                    minutes: form["minutes"] ?? "60", zone: form["zone"] ?? "", zones: ZoneGuess.choices, guessed: nil),
                    cookie: nil, status: .badRequest)
            case .success(let file):
                // The debrief is not done: the dashboard offers to finish it, from what went well.
                let interview = try await NewInterviewController.start(file, for: user, app: app)
                // Straight to the first thank-you; when its week has passed (an interview long ago),
                // to the interview's plan instead.
                let key = "\(DraftKind.thankYou.rawValue):\(file.interview.interviewers[0].name)"
                guard try await app.currentDrafts(of: interview, user: user).contains(where: { $0.0.key == key }) else {
                    return app.redirect("/interviews/\(interview.id)")
                }
                return app.redirect(DraftController.href(interview.id, key) + "&quick=1")
            }
        }
    }

    /// The interview the quick form describes: the basics read as the full form reads them,
    /// and the worst question as a weak one, asked by the interviewer when there was one.
    static func read(_ form: FormData) -> Result<InterviewFile, FieldProblem> {
        switch NewInterviewController.read(form) {
        case .failure(let problem):
            return .failure(problem)
        case .success(var file):
            if let worst = form.text("worst") {
                if worst.count > 1_000 { return .failure(FieldProblem("Worst question", "keep it under 1,000 characters")) }
                if let problem = TextShape.freeText.firstProblem(in: worst) { return .failure(FieldProblem("Worst question", problem)) }
                let interviewers = file.interview.interviewers
                file.debrief.questions = [InterviewQuestion(text: worst, askedBy: interviewers.count == 1 ? interviewers[0].name : nil,
                                                            rating: .weak)]
            }
            return .success(file)
        }
    }
}
