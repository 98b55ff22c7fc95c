import Foundation
import ReboundCore

/// The list of companies the user has interviewed at or written notes on, each opening its
/// next-round page, with a form to start on another company.
struct CompaniesView {
    struct Row {
        let href: String
        let company: String
        let detail: String
        let nextRound: String?
        let hasNotes: Bool
    }

    let page: PageChrome
    let rows: [Row]
    let hasRows: Bool

    init(page: PageChrome, summaries: [CompanySummary], now: Date) {
        self.page = page
        rows = summaries.map { summary in
            let zone = summary.zone ?? Zone(identifier: "UTC")!
            var detail = summary.interviewCount == 0 ? "Notes only" : Formatting.plural(summary.interviewCount, "interview")
            if let status = summary.latestStatus, let start = summary.latestStart {
                detail += " · latest \(Formatting.dateTime(start.seconds, in: zone)): "
                    + (InterviewView.statusLabels[status.rawValue] ?? status.rawValue).lowercased()
            }
            return Row(href: CompanyController.href(summary.key), company: summary.company, detail: detail,
                       nextRound: summary.nextRoundAt.map {
                           "Next round \(Formatting.dateTime($0.seconds, in: zone)) (\(Formatting.relative($0.seconds, from: now)))"
                       },
                       hasNotes: summary.hasNotes)
        }
        hasRows = !rows.isEmpty
    }
}
