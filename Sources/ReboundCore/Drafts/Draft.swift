/// A message the plan sends, written for one reader.
public struct Draft: Equatable, Sendable {
    public let kind: DraftKind
    /// The reader's name.
    public let to: String
    public let email: String?
    /// The reader's phone: the call script's number to dial.
    public let phone: String?
    public let subject: String
    public let body: String
    /// The plan step this draft is for: marking the draft sent marks that step done.
    public var step: StepKey?

    public init(kind: DraftKind, to: String, email: String?, phone: String?, subject: String, body: String, step: StepKey? = nil) {
        self.kind = kind
        self.to = to
        self.email = email
        self.phone = phone
        self.subject = subject
        self.body = body
        self.step = step
    }

    /// The same draft for the same reader and step, with the user's subject and text.
    public func editing(subject: String, body: String) -> Draft {
        Draft(kind: kind, to: to, email: email, phone: phone, subject: subject, body: body, step: step)
    }

    /// The message-check kind this draft is meant to pass.
    public var checkKind: MessageKind {
        switch kind {
        case .thankYou: .followUp
        case .callScript: .callScript
        case .askFeedback: .feedbackRequest
        case .briefReference: .referenceNote
        case .tellConnection: .connectionNote
        case .checkIn: .followUp
        case .answerOffer: .offerReply
        case .shareNews: .connectionNote
        }
    }

    /// The draft's identity within its interview (`thank-you:Dana Reyes`): the same reader
    /// and kind give the same key however the notes change, so an edited draft is found again.
    public var key: String { "\(kind.rawValue):\(to)" }

    /// The draft as one text for the message check: a subject line, then the body.
    public var checkableText: String { "Subject: \(subject)\n\n\(body)" }
}
