import Foundation

/// A secret, expiring, revocable link that shows one interview's notes and plan, read-only,
/// to someone the user chooses (a mentor). Only the token's hash is stored.
public struct ShareLink: Equatable, Sendable {
    /// Names the link in the owner's forms (to turn it off); not the secret.
    public let id: String
    public let tokenHash: String
    public let userID: UserID
    public let interviewID: InterviewID
    public let createdAt: Date
    public let expiresAt: Date

    public init(id: String, tokenHash: String, userID: UserID, interviewID: InterviewID, createdAt: Date, expiresAt: Date) {
        self.id = id
        self.tokenHash = tokenHash
        self.userID = userID
        self.interviewID = interviewID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    /// Whether the link still opens at `now`: its expiry is past `now`, compared in whole
    /// seconds, as the store compares them.
    public func works(at now: Date) -> Bool { expiresAt.storedSeconds > now.storedSeconds }
}
