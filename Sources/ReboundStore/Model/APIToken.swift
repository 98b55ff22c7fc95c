import Foundation

/// A personal token for the JSON API. Only its hash is stored; the token itself is shown once.
public struct APIToken: Equatable, Sendable {
    public let id: String
    public let userID: UserID
    /// The user's label for it ("my script").
    public let name: String
    /// SHA-256 of the token, hex.
    public let tokenHash: String
    public let createdAt: Date
    public var lastUsedAt: Date?

    public init(id: String, userID: UserID, name: String, tokenHash: String, createdAt: Date, lastUsedAt: Date? = nil) {
        self.id = id
        self.userID = userID
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
    }
}
