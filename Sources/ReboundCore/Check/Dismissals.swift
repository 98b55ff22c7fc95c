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

    /// The dismissal of a finding with these words. A finding about the whole message
    /// (`too-long`, `no-thanks`, `no-interest`) is remembered by its rule alone: its "words"
    /// are the whole body, and marking it fine should outlast any edit.
    public init(rule: CheckRule, excerpt: String) {
        self.init(rule: rule, words: rule.isAboutTheWholeMessage ? "" : Self.key(of: excerpt))
    }

    /// The dismissal of a finding.
    public init(_ finding: Finding) { self.init(rule: finding.rule, excerpt: finding.excerpt) }

    /// The most UTF-8 bytes of words a dismissal remembers: enough to tell findings apart, and
    /// small enough for any database's index.
    public static let wordsLimit = 400

    /// Words as a dismissal remembers them: lowercased, runs of white space made one space,
    /// trimmed, cut to at most `wordsLimit` UTF-8 bytes between Unicode scalars.
    public static func key(of excerpt: String) -> String {
        let words = excerpt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard words.utf8.count > wordsLimit else { return words }
        var kept = String.UnicodeScalarView(), bytes = 0
        for scalar in words.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes > wordsLimit { break }
            kept.append(scalar)
        }
        return String(kept)
    }
}

extension CheckRule {
    /// Whether the rule's finding is about the message as a whole rather than some of its words.
    public var isAboutTheWholeMessage: Bool {
        switch self {
        case .tooLong, .noThanks, .noInterest: true
        default: false
        }
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
