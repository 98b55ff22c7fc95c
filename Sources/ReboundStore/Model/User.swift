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
    /// How many times the user's interviews, plan steps or share links have changed, as of
    /// when this account was read. Every such write raises it in its own transaction, so
    /// anything kept in memory with the revision it was read at is current exactly while the
    /// account still reads with that revision, whichever process made the change. A new
    /// account starts at 0.
    public var revision: Int64

    public init(id: UserID, email: String, name: String, passwordHash: String, isOwner: Bool, createdAt: Date,
                revision: Int64 = 0) {
        self.id = id
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.isOwner = isOwner
        self.createdAt = createdAt
        self.revision = revision
    }
}
