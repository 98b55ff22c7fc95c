import Crypto
import Foundation

/// The CSRF tokens of forms shown before sign-in (sign-in, sign-up, setup): made and signed
/// by this install, so a value another page planted in the `rebound_csrf` cookie (cookies
/// are shared by every port of a host) is refused. A token is
/// `NONCE.ISSUED.MAC`: 16 random bytes, the second it was made, and an HMAC-SHA256 of both
/// under the install's key (`server_secrets`, shared by every process). It lasts a day.
struct FormTokens: Sendable {
    private let key: SymmetricKey
    static let lifetime: TimeInterval = 86_400
    /// The name of the install's key in `server_secrets`.
    static let secretName = "form-token-key"

    init(secret: String) { key = SymmetricKey(data: Array(secret.utf8)) }

    /// A new token, made at `now` from 16 random bytes.
    func issue(now: Date, nonce: [UInt8]) -> String {
        let body = Secrets.base64URL(nonce) + "." + String(Int64(now.timeIntervalSince1970))
        return body + "." + mac(body)
    }

    /// Whether `token` is one this install made, no more than a day before `now` (and not
    /// after it, beyond a minute of clock difference between processes).
    func isValid(_ token: String, now: Date) -> Bool {
        guard token.utf8.count <= 128 else { return false }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count == 22, let issued = Int64(parts[1]) else { return false }
        let age = now.timeIntervalSince1970 - TimeInterval(issued)
        guard age >= -60, age <= Self.lifetime else { return false }
        return Secrets.equal(String(parts[2]), mac(parts[0] + "." + parts[1]))
    }

    /// The install's signature of `body`, as URL-safe base64.
    func mac(_ body: String) -> String {
        Secrets.base64URL(Array(HMAC<SHA256>.authenticationCode(for: Array(body.utf8), using: key)))
    }
}
