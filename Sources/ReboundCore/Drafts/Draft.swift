/// A message the plan sends, written for one reader.
public struct Draft: Equatable, Sendable {
    public let kind: DraftKind
    /// The reader's name.
    public let to: String
    public let email: String?
    /// The reader's phone, for the call script.
    public let phone: String?
    public let subject: String
    public let body: String

    /// The message-check kind this draft is meant to pass.
    public var checkKind: MessageKind {
        switch kind {
        case .thankYou, .callScript: .followUp
        case .askFeedback: .feedbackRequest
        case .briefReference: .referenceNote
        case .tellConnection: .connectionNote
        }
    }

    /// The draft as one text for the message check: a subject line, then the body.
    public var checkableText: String { "Subject: \(subject)\n\n\(body)" }
}
