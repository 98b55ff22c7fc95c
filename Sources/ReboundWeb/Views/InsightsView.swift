import Foundation
import ReboundCore

/// The insights page: each finding as a chart with the same numbers in a table beside it,
/// and plain words about how much a few interviews can show.
struct InsightsView {
    /// A row of a text table.
    struct TableRow {
        let cells: [String]
    }

    let page: PageChrome
    let hasInterviews: Bool
    let sampleNote: String
    let setbackChart: BarChart?
    let setbackRows: [TableRow]
    let strengthRows: [TableRow]
    let hasStrengths: Bool
    let ratingChart: BarChart?
    let ratingRows: [TableRow]
    let funnelChart: BarChart
    let funnelSummary: String
    let thankYouSummary: String
    let thankYouRows: [TableRow]
    let hasThankYouRows: Bool
    let practiceChart: BarChart?
    let practiceRows: [TableRow]

    static let setbackLabels: [SetbackKind: String] = [
        .blank: "Went blank", .weakAnswer: "Weak answer", .improperRemark: "Remark I regret", .nerves: "Nerves",
        .logistics: "Logistics", .chemistry: "Chemistry", .other: "Other",
    ]

    init(page: PageChrome, report: InsightsReport) {
        self.page = page
        let count = report.interviewCount
        hasInterviews = count > 0
        sampleNote = switch count {
        case 0: "Record an interview and its debrief, and what you learn across interviews shows here."
        case 1: "With one interview there is nothing to compare yet: this page shows what you noted, and grows with each interview."
        case ..<InsightsReport.fewInterviews:
            "With \(count) interviews these are early signs, not patterns: one more interview can change them. They get clearer from \(InsightsReport.fewInterviews) on."
        default: "Based on \(count) interviews. Counts are shown as they are, so you can judge how much they say."
        }

        setbackChart = report.setbacks.isEmpty ? nil : BarChart(id: "setbacks", title: "What went wrong, by kind", rows: report.setbacks.map {
            BarChart.Row(label: Self.setbackLabels[$0.kind] ?? $0.kind.rawValue,
                         segments: [.init(value: $0.interviews, style: "weak", name: "interviews")])
        })
        setbackRows = report.setbacks.map {
            TableRow(cells: [Self.setbackLabels[$0.kind] ?? $0.kind.rawValue, Self.share($0.interviews, of: count), String($0.notes)])
        }
        strengthRows = report.strengths.map { TableRow(cells: [$0.word, Self.share($0.interviews, of: count), $0.example]) }
        hasStrengths = !report.strengths.isEmpty

        ratingChart = report.ratings.isEmpty ? nil : BarChart(id: "ratings", title: "How your answers went, interview by interview", rows: report.ratings.map {
            BarChart.Row(label: "\($0.company), \(Formatting.day($0.start.date))", segments: [
                .init(value: $0.strong, style: "strong", name: "strong"), .init(value: $0.ok, style: "ok", name: "ok"),
                .init(value: $0.weak, style: "weak", name: "weak"),
            ])
        })
        ratingRows = report.ratings.map {
            TableRow(cells: ["\($0.company), \(Formatting.day($0.start.date))", String($0.strong), String($0.ok), String($0.weak)])
        }

        let funnel = report.funnel
        funnelChart = BarChart(id: "funnel", title: "How far your interviews led", rows: [
            BarChart.Row(label: "Interviews", segments: [.init(value: funnel.interviews, style: "count", name: "interviews")]),
            BarChart.Row(label: "Another round or offer", segments: [.init(value: funnel.movedForward, style: "ok", name: "interviews")]),
            BarChart.Row(label: "Offers", segments: [.init(value: funnel.offers, style: "strong", name: "offers")]),
        ])
        funnelSummary = "\(Self.share(funnel.movedForward, of: funnel.interviews)) led to another round or an offer; "
            + "\(Formatting.plural(funnel.offers, "offer")), \(funnel.rejected) not offered, \(funnel.withdrawn) withdrawn, "
            + "\(funnel.waiting) still waiting to hear."

        if let median = report.medianThankYouHours {
            let sent = report.thankYouHours.count
            thankYouSummary = "Your thank-yous went out \(Self.hours(median)) after the interview (the middle of \(Formatting.plural(sent, "interview")))"
                + (report.thankYousMissing > 0 ? "; \(Formatting.plural(report.thankYousMissing, "interview")) with no thank-you marked sent" : "")
                + (report.thankYousLetGo > 0
                    ? "; \(Formatting.plural(report.thankYousLetGo, "interview")) with one marked done after its week had passed, left out of the timing."
                    : ".")
                + " The same day is best."
        } else {
            thankYouSummary = count == 0 ? ""
                : report.thankYousLetGo > 0
                ? "Your thank-yous were marked done only after their week had passed, so when they went out is not known. Next time, mark the step done (or the draft sent) the day you send it."
                : "No thank-you is marked sent yet. Mark the step done on the interview page when you send one."
        }
        thankYouRows = report.thankYouDelays.map {
            TableRow(cells: [$0.company, Formatting.day($0.start.date), Self.hours($0.hours)])
        }
        hasThankYouRows = !thankYouRows.isEmpty
        practiceChart = report.practiceWeeks.isEmpty ? nil : BarChart(id: "practice", title: "Practice, week by week", rows: report.practiceWeeks.suffix(12).map {
            BarChart.Row(label: "Week of \(Formatting.day($0.monday))", segments: [
                .init(value: $0.strong, style: "strong", name: "strong"), .init(value: $0.ok, style: "ok", name: "ok"),
                .init(value: $0.weak, style: "weak", name: "weak"),
            ])
        })
        practiceRows = report.practiceWeeks.suffix(12).map {
            TableRow(cells: ["Week of \(Formatting.day($0.monday))", String($0.strong), String($0.ok), String($0.weak)])
        }
    }

    /// "2 of 3 interviews", with a percentage only when there are enough to mean something.
    static func share(_ part: Int, of whole: Int) -> String {
        let base = "\(part) of \(Formatting.plural(whole, "interview"))"
        guard whole >= 10 else { return base }
        return base + " (\(Int((Double(part) / Double(whole) * 100).rounded()))%)"
    }

    /// "about 3 hours", "less than an hour", "about 2 days".
    static func hours(_ value: Double) -> String {
        if value < 1 { return "less than an hour" }
        if value < 48 { return "about \(Formatting.plural(Int(value.rounded()), "hour"))" }
        return "about \(Formatting.plural(Int((value / 24).rounded()), "day"))"
    }
}
