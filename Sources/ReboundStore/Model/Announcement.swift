/// What a write tells the other processes it changed: an account, or one session.
public enum Announcement: Equatable, Sendable {
    case user(UserID)
    case session(String)

    /// The channel PostgreSQL carries announcements on.
    public static let channel = "rebound_changes"

    public init?(payload: String) {
        if payload.hasPrefix("user:") {
            self = .user(UserID(String(payload.dropFirst(5))))
        } else if payload.hasPrefix("session:") {
            self = .session(String(payload.dropFirst(8)))
        } else {
            return nil
        }
    }

    /// The announcement as sent: `user:ID` or `session:HASH`.
    public var payload: String {
        switch self {
        case .user(let id): "user:\(id.rawValue)"
        case .session(let hash): "session:\(hash)"
        }
    }
}
