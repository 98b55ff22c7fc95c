import Foundation
import Hummingbird
import ReboundCore
import ReboundStore

/// `/mock`: a printable mock-interview sheet for a friend to run, with questions picked for
/// the role from the user's bank (their weak questions worked in) and what to listen for.
struct MockController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/mock") { request, context in
            let user = try context.requireUser()
            let query = request.queryForm
            let form = MockView.Form(company: String((query["company"] ?? "").prefix(200)),
                                     role: String((query["role"] ?? "").prefix(200)),
                                     field: query["field"].flatMap(WorkField.init(rawValue:)),
                                     count: query["count"].flatMap(Int.init).map { min(max($0, 4), 20) } ?? 8)
            var questions: [BankQuestion] = []
            if query["go"] != nil {
                // Without a chosen field, the one the job title names keeps other fields' questions out.
                questions = MockInterview.questions(from: try await app.storage.questionBank(of: user.id),
                                                    field: form.field ?? WorkField.guess(fromRole: form.role), count: form.count)
            }
            let (chrome, cookie) = app.chrome(questions.isEmpty ? "Mock interview" : "Mock interview sheet", request, context)
            let view = MockView(page: chrome, form: form, candidate: user.name.isEmpty ? "the candidate" : user.name, questions: questions)
            return app.page(.mock, view, cookie: cookie)
        }
    }
}
