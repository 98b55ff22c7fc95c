import ReboundCore

/// A checked message for a page: the text cut into pieces, each finding's span marked and
/// numbered, and the findings listed with why and how to say it better.
struct CheckView {
    struct Piece {
        let text: String
        let marked: Bool
        let number: Int
    }

    struct Item {
        let number: Int
        let rule: String
        let excerpt: String
        let message: String
        let suggestion: String
        /// What the "this is fine" (or "restore") button sends: `RULE|WORDS`.
        let dismissal: String
        /// What "Remove this sentence" sends, `START:END|WORDS` (UTF-16 offsets), for a finding
        /// whose cure is to say less; nil for one about the whole message or a missing part.
        let removal: String?
    }

    let pieces: [Piece]
    let findings: [Item]
    /// Findings the user said are fine in this draft, shown muted with a way back.
    let dismissed: [Item]
    let hasDismissed: Bool
    let clean: Bool
    let words: Int
    let summary: String

    init(text: String, report: CheckReport, dismissals: Set<Dismissal> = []) {
        let (active, dismissedFindings) = report.separating(dismissals)
        let units = Array(text.utf16)
        var pieces: [Piece] = []
        var position = 0
        // Overlapping spans: each finding marks from where the previous mark ended.
        for (index, finding) in active.enumerated().sorted(by: { $0.element.start < $1.element.start }) {
            let start = max(position, min(finding.start, units.count)), end = max(start, min(finding.end, units.count))
            if start > position { pieces.append(Piece(text: Self.string(units[position..<start]), marked: false, number: 0)) }
            if end > start { pieces.append(Piece(text: Self.string(units[start..<end]), marked: true, number: index + 1)) }
            position = max(position, end)
        }
        if position < units.count { pieces.append(Piece(text: Self.string(units[position...]), marked: false, number: 0)) }
        self.pieces = pieces
        func item(_ index: Int, _ finding: Finding) -> Item {
            Item(number: index + 1, rule: Self.ruleLabels[finding.rule.rawValue] ?? finding.rule.rawValue, excerpt: finding.excerpt,
                 message: finding.message, suggestion: finding.suggestion, dismissal: finding.rule.rawValue + "|" + Dismissal(finding).words,
                 removal: Self.removable.contains(finding.rule) ? "\(finding.start):\(finding.end)|\(finding.excerpt)" : nil)
        }
        findings = active.enumerated().map(item)
        dismissed = dismissedFindings.enumerated().map(item)
        hasDismissed = !dismissed.isEmpty
        clean = active.isEmpty && report.omitted == 0
        words = report.words
        let count = active.count + report.omitted
        let fine = dismissed.isEmpty ? "" : " (\(dismissed.count) marked as fine)"
        summary = clean ? "No problems found: \(report.words) words.\(fine)"
            : "\(Formatting.plural(count, "thing")) to look at: \(report.words) words.\(fine)"
            + (report.omitted > 0 ? " The first \(active.count) are listed." : "")
    }

    /// The rules whose findings are cured by taking the words out.
    static let removable: Set<CheckRule> = [.apology, .excuse, .selfCriticism, .begging]

    static let ruleLabels: [String: String] = [
        "apology": "Apology", "excuse": "Excuse", "self-criticism": "Self-criticism", "begging": "Begging",
        "too-long": "Too long", "no-thanks": "No thanks", "no-interest": "No interest", "placeholder": "Unfilled placeholder",
        "wrong-name": "Name from elsewhere",
    ]

    private static func string(_ units: ArraySlice<UInt16>) -> String {
        String(decoding: units, as: UTF16.self)
    }
}
