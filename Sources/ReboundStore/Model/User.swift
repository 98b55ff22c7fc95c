import Foundation

/// An account: the owner of a personal install, or one of many job seekers on a shared one.
public struct User: Equatable, Sendable {
    public let id: UserID
    /// The address the user signs in with, stored lowercased.
    public var email: String
    /// How the user signs their messages; may be empty.
    public var name: String
    /// The bcrypt hash of the password.
    public var passwordHash: String
    /// The first account of an install; the owner may invite others when sign-up is closed.
    public var isOwner: Bool
    public let createdAt: Date

    public init(id: UserID, email: String, name: String, passwordHash: String, isOwner: Bool, createdAt: Date) {
        self.id = id
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.isOwner = isOwner
        self.createdAt = createdAt
    }
}
