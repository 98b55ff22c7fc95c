import Foundation
import Hummingbird
import ReboundCore
import ReboundStore

/// `/insights`: what the user can learn across their interviews and practice.
struct InsightsController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/insights") { request, context in
            let user = try context.requireUser()
            let records = try await app.storage.interviewRecords(of: user.id)
            let interviews = records.map { record in
                InterviewFacts(file: record.interview.file,
                               thankYousDoneAt: record.doneSteps.filter { $0.key.parts.kind == StepKind.thankYou.rawValue }.compactMap(\.doneAt))
            }
            let practice = try await app.storage.practiceAttempts(of: user.id, limit: nil).map {
                PracticeFact(practisedAt: $0.practisedAt, rating: $0.rating)
            }
            let (chrome, cookie) = app.chrome("Insights", request, context)
            let view = InsightsView(page: chrome, report: Insights.report(interviews: interviews, practice: practice))
            return app.page(.insights, view, cookie: cookie)
        }
    }
}
