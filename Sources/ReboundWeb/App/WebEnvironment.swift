import Foundation
import Logging
import ReboundStore

/// Everything the app's handlers use from outside: the store, the clock and the source of
/// secrets. Tests replace the clock and the secrets to make every run the same.
public struct WebEnvironment: Sendable {
    public var storage: any ReboundStorage
    /// The current moment. The app never reads the system clock itself.
    public var now: @Sendable () -> Date
    /// Fresh random bytes for session tokens, CSRF secrets and IDs.
    public var randomBytes: @Sendable (Int) -> [UInt8]
    public var logger: Logger

    public init(storage: any ReboundStorage, now: @escaping @Sendable () -> Date = Date.init,
                randomBytes: @escaping @Sendable (Int) -> [UInt8] = WebEnvironment.systemRandomBytes,
                logger: Logger = Logger(label: "rebound.web")) {
        self.storage = storage
        self.now = now
        self.randomBytes = randomBytes
        self.logger = logger
    }

    /// Bytes from the system's cryptographically secure generator.
    public static let systemRandomBytes: @Sendable (Int) -> [UInt8] = { count in
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// A new random secret, 32 bytes written as URL-safe base64 (43 characters).
    func newSecret() -> String { Secrets.base64URL(randomBytes(32)) }

    /// A new random ID (a UUID in its usual text form, lowercase).
    func newID() -> String {
        var bytes = randomBytes(16)
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let chars = Array(Secrets.hex(bytes))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }
}
