/// A finding the user said is fine in one draft ("this is fine"). It is remembered by its
/// rule and its words, not by where they stand, so it stays dismissed while the draft is
/// edited around it, and comes back once its words change.
public struct Dismissal: Hashable, Sendable {
    public let rule: CheckRule
    /// The flagged words, lowercased with white space made single spaces (`key(of:)`).
    public let words: String

    public init(rule: CheckRule, words: String) {
        self.rule = rule
        self.words = words
    }

    /// The dismissal of a finding.
    public init(_ finding: Finding) { self.init(rule: finding.rule, words: Self.key(of: finding.excerpt)) }

    /// Words as a dismissal remembers them: lowercased, runs of white space made one space,
    /// trimmed, at most 1,000 characters.
    public static func key(of excerpt: String) -> String {
        String(excerpt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(1_000))
    }
}

extension CheckReport {
    /// The report with the dismissed findings apart: `active` still to look at, `dismissed`
    /// shown muted, each restorable.
    public func separating(_ dismissals: Set<Dismissal>) -> (active: [Finding], dismissed: [Finding]) {
        guard !dismissals.isEmpty else { return (findings, []) }
        var active: [Finding] = [], dismissed: [Finding] = []
        for finding in findings {
            if dismissals.contains(Dismissal(finding)) { dismissed.append(finding) } else { active.append(finding) }
        }
        return (active, dismissed)
    }
}
