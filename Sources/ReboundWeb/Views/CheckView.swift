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
    }

    let pieces: [Piece]
    let findings: [Item]
    let clean: Bool
    let words: Int
    let summary: String

    init(text: String, report: CheckReport) {
        let units = Array(text.utf16)
        var pieces: [Piece] = []
        var position = 0
        // Overlapping spans: each finding marks from where the previous mark ended.
        for (index, finding) in report.findings.enumerated().sorted(by: { $0.element.start < $1.element.start }) {
            let start = max(position, min(finding.start, units.count)), end = max(start, min(finding.end, units.count))
            if start > position { pieces.append(Piece(text: Self.string(units[position..<start]), marked: false, number: 0)) }
            if end > start { pieces.append(Piece(text: Self.string(units[start..<end]), marked: true, number: index + 1)) }
            position = max(position, end)
        }
        if position < units.count { pieces.append(Piece(text: Self.string(units[position...]), marked: false, number: 0)) }
        self.pieces = pieces
        findings = report.findings.enumerated().map { index, finding in
            Item(number: index + 1, rule: Self.ruleLabels[finding.rule.rawValue] ?? finding.rule.rawValue, excerpt: finding.excerpt,
                 message: finding.message, suggestion: finding.suggestion)
        }
        clean = report.isClean
        words = report.words
        summary = report.isClean ? "No problems found: \(report.words) words."
            : "\(Formatting.plural(report.findings.count, "thing")) to look at: \(report.words) words."
    }

    static let ruleLabels: [String: String] = [
        "apology": "Apology", "excuse": "Excuse", "self-criticism": "Self-criticism", "begging": "Begging",
        "too-long": "Too long", "no-thanks": "No thanks", "no-interest": "No interest", "placeholder": "Unfilled placeholder",
        "wrong-name": "Name from elsewhere",
    ]

    private static func string(_ units: ArraySlice<UInt16>) -> String {
        String(decoding: units, as: UTF16.self)
    }
}
