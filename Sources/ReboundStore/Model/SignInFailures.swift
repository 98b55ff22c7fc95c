import Foundation

/// One key's failed sign-ins within the throttling window.
public struct SignInFailures: Equatable, Sendable {
    public let count: Int
    /// When the last of them happened; nil when there were none.
    public let last: Date?

    public init(count: Int, last: Date?) {
        self.count = count
        self.last = last
    }
}
