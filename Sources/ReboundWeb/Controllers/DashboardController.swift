import Foundation
import Hummingbird
import ReboundCore
import ReboundStore

/// The home page: what is late, what is due next, and every interview.
struct DashboardController {
    let app: WebApp

    struct DashboardView {
        struct InterviewRow {
            let href: String
            let company: String
            let role: String
            let when: String
            let status: String
            let open: Int
            let lateCount: Int
            let anyLate: Bool
            let unfinished: Bool
        }

        struct StepRow: Equatable {
            let href: String
            let label: String
            let company: String
            let due: String
            let relative: String
            let optional: Bool
        }

        /// The list of interviews (`dashboard-list`), rendered apart from the page.
        struct ListView {
            let interviews: [InterviewRow]
        }

        /// The late and next steps (`dashboard-steps`), rendered apart from the page.
        struct StepsView: Equatable, Sendable {
            let late: [StepRow]
            let next: [StepRow]
            var hasLate: Bool { !late.isEmpty }
            var hasNext: Bool { !next.isEmpty }
        }

        let page: PageChrome
        let stepsSection: RenderedHTML
        let interviewList: RenderedHTML
        let hasInterviews: Bool
        let interviewCount: Int
        /// Which interviews of the list this page shows, like `51–100 of 230`; nil when one page holds them all.
        let shown: String?
        let newerHref: String?
        let olderHref: String?
    }

    /// Interviews listed on one page of the dashboard.
    static let pageSize = 50

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/") { request, context in
            guard let user = context.identity else {
                return app.redirect(try await app.storage.userCount() == 0 ? "/setup" : "/sign-in")
            }
            let now = app.environment.now()
            // Page n of the list (from 1); a page past the end shows the last one.
            let read = try await app.kept.dashboard(of: user, page: request.queryForm["page"].flatMap { Int($0) } ?? 1,
                                                    size: Self.pageSize, steps: 30, now: now, storage: app.storage)
            let page = read.page, steps = read.openSteps
            let list = page.interviews, total = page.total, pages = page.pageCount, pageNumber = page.number
            var (chrome, _) = app.chrome("Your interviews", request, context)
            if request.queryForm["deleted"] != nil { chrome.notice = "The interview and its notes were deleted." }
            if let count = request.queryForm["imported"].flatMap({ Int($0) }) {
                chrome.notice = "Imported \(Formatting.plural(count, "interview"))."
            }
            // Many interviews share a zone; each is looked up once.
            var zones: [String: Zone] = [:]
            func zone(_ name: String) -> Zone {
                if let known = zones[name] { return known }
                let found = Zone(identifier: name) ?? Zone(identifier: "UTC")!
                zones[name] = found
                return found
            }
            let rows = steps.map { step in
                DashboardView.StepRow(
                    href: "/interviews/\(step.interviewID)#step-\(InterviewView.anchor(step.key.rawValue))",
                    label: Self.label(step.key), company: step.company,
                    due: Formatting.dateTime(Int64(step.due.timeIntervalSince1970), in: zone(step.timeZone)),
                    relative: Formatting.relative(Int64(step.due.timeIntervalSince1970), from: now), optional: step.optional)
            }
            let late = zip(steps, rows).filter { $0.0.due < now }.map(\.1)
            let next = Array(zip(steps, rows).filter { $0.0.due >= now }.map(\.1).prefix(8))
            let interviewList = app.dashboardLists.part(for: ListPageKey(user: user.id, page: pageNumber), from: list) { list in
                app.renderer.fragment(.dashboardList, DashboardView.ListView(interviews: list.map { row($0, zone: zone) }))
            }
            let stepsSection = app.dashboardSteps.part(for: user.id, from: DashboardView.StepsView(late: late, next: next)) {
                app.renderer.fragment(.dashboardSteps, $0)
            }
            return app.page(.dashboard, DashboardView(page: chrome, stepsSection: stepsSection, interviewList: interviewList,
                                                       hasInterviews: !list.isEmpty, interviewCount: total,
                                                       shown: pages == 1 ? nil : "\((pageNumber - 1) * Self.pageSize + 1)–\((pageNumber - 1) * Self.pageSize + list.count) of \(total)",
                                                       newerHref: pageNumber > 1 ? "/?page=\(pageNumber - 1)#all-heading" : nil,
                                                       olderHref: pageNumber < pages ? "/?page=\(pageNumber + 1)#all-heading" : nil), cookie: nil)
        }
    }

    /// One interview of the list as the dashboard shows it.
    private func row(_ item: InterviewSummary, zone: (String) -> Zone) -> DashboardView.InterviewRow {
        DashboardView.InterviewRow(
            href: item.stage == .done ? "/interviews/\(item.id)" : "/interviews/\(item.id)/debrief/\(item.stage.rawValue)",
            company: item.company, role: item.role,
            when: Formatting.day(Formatting.localParts(Int64(item.start.timeIntervalSince1970), in: zone(item.timeZone)).0),
            status: InterviewView.statusLabels[item.status.rawValue] ?? item.status.rawValue,
            open: item.openSteps, lateCount: item.lateSteps, anyLate: item.lateSteps > 0, unfinished: item.stage != .done)
    }

    static let kindLabels: [String: String] = [
        "thank-you": "Thank", "call-to-elaborate": "Call", "brief-reference": "Brief your reference",
        "tell-connection": "Update", "revisit-notes": "Reread your notes", "practice": "Practise",
        "ask-feedback": "Ask for feedback", "stay-in-touch": "Stay in touch", "prepare-next-round": "Prepare for the next round",
        "talk-it-through": "Talk it through", "keep-going": "Keep your search going",
        "check-in": "Ask where things stand", "answer-offer": "Reply to the offer", "share-news": "Share your news with",
    ]

    /// `Thank Dana Reyes`, `Practise “Tell me about…”`: a step in a few words, from its key.
    static func label(_ key: StepKey) -> String {
        let (kind, who, about) = key.parts
        let base = kindLabels[kind] ?? kind
        if let about { return "\(base) “\(about.count > 60 ? about.prefix(57) + "…" : about)”" }
        if let who { return "\(base) \(who)" }
        return base
    }
}
