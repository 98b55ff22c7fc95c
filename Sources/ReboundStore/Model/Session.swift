import Foundation

/// A signed-in browser. The cookie holds a random token; only its hash is stored, so a copy
/// of the database does not let anyone sign in.
public struct Session: Equatable, Sendable {
    /// SHA-256 of the cookie's token, hex.
    public let tokenHash: String
    public let userID: UserID
    /// The secret the session's forms carry against cross-site request forgery.
    public let csrfSecret: String
    public let createdAt: Date
    public var expiresAt: Date

    public init(tokenHash: String, userID: UserID, csrfSecret: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfSecret = csrfSecret
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
