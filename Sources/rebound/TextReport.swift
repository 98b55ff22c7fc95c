import ReboundCore

/// The `--format text` output of each command: for people reading a terminal.
enum TextReport {
    static func check(_ report: CheckReport, message: String, name: String) -> String {
        let summary = "\(report.words) words, \(report.paragraphs) paragraph\(report.paragraphs == 1 ? "" : "s")"
        guard !report.findings.isEmpty else {
            return "\(name): nothing to fix (\(summary)). Ready to send.\n"
        }
        let count = report.findings.count + report.omitted
        var lines = ["\(name): \(count) thing\(count == 1 ? "" : "s") to fix (\(summary))"
                     + (report.omitted > 0 ? "; the first \(report.findings.count) follow" : ""), ""]
        var positions = Positions(message)
        for finding in report.findings {
            let (line, column) = positions.of(finding.start)
            let excerpt = finding.excerpt.count > 120 ? String(finding.excerpt.prefix(117)) + "..." : finding.excerpt
            lines.append("line \(line), column \(column)  \(finding.rule.rawValue): “\(excerpt.replacingNewlines())”")
            lines += wrap("Why: " + finding.message, indent: 2)
            lines += wrap("Try: " + finding.suggestion, indent: 2)
            lines.append("")
        }
        if report.omitted > 0 { lines += ["… and \(report.omitted) more. Fix these first and check again.", ""] }
        return lines.joined(separator: "\n")
    }

    /// Line and column of offsets asked for in increasing order, found in one walk over the text.
    struct Positions {
        private var characters: String.Iterator
        private var seen = 0, line = 1, column = 1

        init(_ text: String) { characters = text.makeIterator() }

        /// 1-based line and column (in characters) of a UTF-16 offset, at or after the last one asked.
        mutating func of(_ offset: Int) -> (Int, Int) {
            while seen < offset, let character = characters.next() {
                seen += character.utf16.count
                if character.isNewline { line += 1; column = 1 } else { column += 1 }
            }
            return (line, column)
        }
    }

    static func plan(_ plan: RecoveryPlan, interview: Interview) -> String {
        var lines = ["Recovery plan: \(interview.role) at \(interview.company)",
                     "Times are in \(interview.timeZone.identifier).", ""]
        if interview.outcome.status == .offer {
            lines += ["Congratulations on the offer! Answer it, then tell the people who helped.", ""]
        }
        let late = plan.lateSteps.count
        if late > 0 {
            lines.append("\(late) step\(late == 1 ? " is" : "s are") past due. \(late == 1 ? "It is" : "They are") still worth doing; start there.")
            lines.append("")
        }
        var saidLapsed = false
        for step in plan.steps {
            if step.lapsed, !saidLapsed {
                lines += ["Their moment has passed, and it is fine to let them go:", ""]
                saidLapsed = true
            }
            let marker = step.late ? "LATE " : "     "
            lines.append("\(marker)\(dueText(step.due))  \(step.title)")
            lines += wrap(step.detail, indent: 7)
            if let caution = step.caution { lines += wrap("Caution: " + caution, indent: 7) }
            if let draft = step.draft, !step.lapsed { lines.append("       Draft: rebound draft (\(draft.rawValue))") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func drafts(_ drafts: [Draft]) -> String {
        guard !drafts.isEmpty else { return "This plan sends no messages.\n" }
        var blocks: [String] = []
        for draft in drafts {
            let address = draft.email.map { " <\($0)>" } ?? ""
            blocks.append("=== \(draft.kind.rawValue) to \(draft.to)\(address) ===\nSubject: \(draft.subject)\n\n\(draft.body)")
        }
        return blocks.joined(separator: "\n")
    }

    /// `Fri 20 Nov 23:59`.
    static func dueText(_ due: Timestamp) -> String {
        let text = due.rfc3339  // already in the zone's offset
        let date = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        let time = text.dropFirst(11).prefix(5)
        guard date.count == 3, let day = CivilDate(year: date[0], month: date[1], day: date[2]) else { return text }
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let dayNumber = day.day < 10 ? " \(day.day)" : "\(day.day)"
        return "\(weekdays[day.weekday]) \(dayNumber) \(months[day.month - 1]) \(time)"
    }

    static func wrap(_ text: String, indent: Int, width: Int = 78) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width - indent {
                lines.append(pad + current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(pad + current) }
        return lines
    }
}

extension String {
    func replacingNewlines() -> String { String(map { $0.isNewline ? " " : $0 }) }
}
