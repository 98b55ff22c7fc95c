import Crypto
import Foundation

/// The CSRF tokens of forms shown before sign-in (sign-in, sign-up, setup): made and signed
/// by this install, so a value another page planted in the `rebound_csrf` cookie (cookies
/// are shared by every port of a host) is refused. A token is a signed stamp (below) whose
/// body is 16 random bytes. It lasts a day.
///
/// The same key signs other stamps the install hands out (`KnownDevices`), each under a
/// purpose of its own, so one never passes for another.
struct FormTokens: Sendable {
    private let key: SymmetricKey
    static let lifetime: TimeInterval = 86_400
    /// The name of the install's key in `server_secrets`.
    static let secretName = "form-token-key"

    init(secret: String) { key = SymmetricKey(data: Array(secret.utf8)) }

    /// A new token, made at `now` from 16 random bytes.
    func issue(now: Date, nonce: [UInt8]) -> String { stamp(Secrets.base64URL(nonce), now: now) }

    /// When `token` was made, if it is one this install made no more than a day before `now`.
    func issued(_ token: String, now: Date) -> Date? {
        guard let stamp = stamped(token, lifetime: Self.lifetime, now: now, maxLength: 128), stamp.body.utf8.count == 22 else { return nil }
        return stamp.issued
    }

    /// Whether `token` is one this install made, no more than a day before `now`.
    func isValid(_ token: String, now: Date) -> Bool { issued(token, now: now) != nil }

    // MARK: Signed stamps

    /// `BODY.ISSUED.MAC`: a body without dots, the second it was made, and an HMAC-SHA256 of
    /// `purpose` and both under the install's key (`server_secrets`, shared by every process).
    func stamp(_ body: String, now: Date, purpose: String = "") -> String {
        let signed = body + "." + String(Int64(now.timeIntervalSince1970))
        return signed + "." + mac(purpose + signed)
    }

    /// The body of `value` and when it was made, when `value` is a stamp this install made
    /// for `purpose`, of at most `maxLength` bytes, no more than `lifetime` before `now` (and
    /// not after it, beyond a minute of clock difference between processes); nil otherwise.
    func stamped(_ value: String, purpose: String = "", lifetime: TimeInterval, now: Date, maxLength: Int)
        -> (body: Substring, issued: Date)? {
        guard value.utf8.count <= maxLength else { return nil }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let issued = Int64(parts[1]) else { return nil }
        let age = now.timeIntervalSince1970 - TimeInterval(issued)
        guard age >= -60, age <= lifetime, Secrets.equal(String(parts[2]), mac(purpose + parts[0] + "." + parts[1])) else { return nil }
        return (parts[0], Date(timeIntervalSince1970: TimeInterval(issued)))
    }

    /// The install's signature of `text`, as URL-safe base64.
    private func mac(_ text: String) -> String {
        Secrets.base64URL(Array(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: key)))
    }
}
