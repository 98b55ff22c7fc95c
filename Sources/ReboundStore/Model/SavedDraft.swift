import Foundation

/// A draft the user edited. Drafts nobody touched are not stored: they are written afresh
/// from the interview each time, so they follow changes to the notes.
public struct SavedDraft: Equatable, Sendable {
    /// Which draft of the interview: its kind and recipient, as `Draft.key` gives it.
    public let key: String
    public var subject: String
    public var body: String
    public var updatedAt: Date

    public init(key: String, subject: String, body: String, updatedAt: Date) {
        self.key = key
        self.subject = subject
        self.body = body
        self.updatedAt = updatedAt
    }
}
