import ReboundCore

/// The `--format text` output of each command: for people reading a terminal.
enum TextReport {
    static func check(_ report: CheckReport, message: String, name: String) -> String {
        let summary = "\(report.words) words, \(report.paragraphs) paragraph\(report.paragraphs == 1 ? "" : "s")"
        guard !report.findings.isEmpty else {
            return "\(name): nothing to fix (\(summary)). Ready to send.\n"
        }
        let count = report.findings.count
        var lines = ["\(name): \(count) thing\(count == 1 ? "" : "s") to fix (\(summary))", ""]
        for finding in report.findings {
            let (line, column) = position(of: finding.start, in: message)
            let excerpt = finding.excerpt.count > 120 ? String(finding.excerpt.prefix(117)) + "..." : finding.excerpt
            lines.append("line \(line), column \(column)  \(finding.rule.rawValue): “\(excerpt.replacingNewlines())”")
            lines += wrap("Why: " + finding.message, indent: 2)
            lines += wrap("Try: " + finding.suggestion, indent: 2)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func plan(_ plan: RecoveryPlan, interview: Interview) -> String {
        var lines = ["Recovery plan: \(interview.role) at \(interview.company)",
                     "Times are in \(interview.timeZone.identifier).", ""]
        let late = plan.lateSteps.count
        if late > 0 {
            lines.append("\(late) step\(late == 1 ? " is" : "s are") past due. \(late == 1 ? "It is" : "They are") still worth doing; start there.")
            lines.append("")
        }
        for step in plan.steps {
            let marker = step.late ? "LATE " : "     "
            lines.append("\(marker)\(dueText(step.due))  \(step.title)")
            lines += wrap(step.detail, indent: 7)
            if let caution = step.caution { lines += wrap("Caution: " + caution, indent: 7) }
            if let draft = step.draft { lines.append("       Draft: rebound draft (\(draft.rawValue))") }
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

    /// 1-based line and column (in characters) of a UTF-16 offset.
    static func position(of offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1, seen = 0
        for character in text {
            if seen >= offset { break }
            seen += character.utf16.count
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
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
