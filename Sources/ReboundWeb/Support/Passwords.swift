import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on NIO's thread pool: a hash takes a quarter of a second at cost 12, too long
/// to hold an event loop or a task thread.
struct Passwords: Sendable {
    let cost: UInt8

    /// Fewer characters is too easy to guess; more than bcrypt's 72 bytes would be silently cut.
    static let minimumLength = 8
    static let maximumBytes = 72

    /// Why the password cannot be used, or nil when it can.
    static func problem(with password: String) -> String? {
        if password.count < minimumLength { return "Use at least \(minimumLength) characters." }
        if password.utf8.count > maximumBytes { return "Use at most \(maximumBytes) bytes (about 70 letters)." }
        return nil
    }

    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
