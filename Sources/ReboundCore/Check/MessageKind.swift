/// What kind of message is being checked; decides which rules apply.
public enum MessageKind: String, CaseIterable, Sendable {
    /// A thank-you or follow-up to an interviewer (the default).
    case followUp = "follow-up"
    /// A reply to a rejection asking for feedback.
    case feedbackRequest = "feedback-request"
    /// A heads-up to a reference.
    case referenceNote = "reference-note"
    /// A note to a recruiter, insider, referrer or mentor.
    case connectionNote = "connection-note"
    /// An answer to a job offer: thanks it, need not restate interest.
    case offerReply = "offer-reply"
    /// What the user will say on the phone (a call or a voicemail): no length rule.
    case callScript = "call-script"
}

/// The rules of `contracts/message-check.md`.
public enum CheckRule: String, CaseIterable, Sendable {
    case apology
    case excuse
    case selfCriticism = "self-criticism"
    case begging
    case tooLong = "too-long"
    case noThanks = "no-thanks"
    case noInterest = "no-interest"
    case placeholder
    case wrongName = "wrong-name"

    /// Whether the rule looks at messages of this kind.
    public func applies(to kind: MessageKind) -> Bool {
        switch self {
        case .noThanks: kind == .followUp || kind == .feedbackRequest || kind == .offerReply || kind == .callScript
        case .noInterest: kind == .followUp || kind == .callScript
        case .tooLong: kind != .callScript
        default: true
        }
    }
}

/// One problem found in a message.
public struct Finding: Equatable, Sendable {
    public let rule: CheckRule
    /// Offset of the span's first UTF-16 code unit in the checked text.
    public let start: Int
    /// Offset just past the span's last UTF-16 code unit.
    public let end: Int
    /// The text of the span.
    public let excerpt: String
    /// Why this hurts the message.
    public let message: String
    /// A better way to say it.
    public let suggestion: String

    public init(rule: CheckRule, start: Int, end: Int, excerpt: String, message: String, suggestion: String) {
        self.rule = rule
        self.start = start
        self.end = end
        self.excerpt = excerpt
        self.message = message
        self.suggestion = suggestion
    }
}

/// The result of checking one message.
public struct CheckReport: Equatable, Sendable {
    /// Findings in the order of their position in the text: the first
    /// `MessageChecker.findingLimit` of them.
    public let findings: [Finding]
    /// How many more findings there were after those (0 for any real message).
    public let omitted: Int
    /// Words in the body.
    public let words: Int
    /// Paragraphs in the body.
    public let paragraphs: Int

    public var isClean: Bool { findings.isEmpty }

    public init(findings: [Finding], omitted: Int = 0, words: Int, paragraphs: Int) {
        self.findings = findings
        self.omitted = omitted
        self.words = words
        self.paragraphs = paragraphs
    }
}
