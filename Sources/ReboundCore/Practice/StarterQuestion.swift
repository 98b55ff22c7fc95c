/// A common interview question from Rebound's own starter bank.
public struct StarterQuestion: Equatable, Sendable {
    /// A short stable identifier ("b07"), kept when the wording is improved, so practice
    /// history stays attached.
    public let id: String
    public let kind: QuestionKind
    public let text: String
    /// The fields it is typical of; empty when it suits any job.
    public let fields: [WorkField]

    public init(_ id: String, _ kind: QuestionKind, _ text: String, fields: [WorkField] = []) {
        self.id = id
        self.kind = kind
        self.text = text
        self.fields = fields
    }
}
