import Foundation
import Hummingbird
import ReboundStore

/// The browsers a person has signed in from before: after a right password the browser gets
/// a `rebound_device` cookie naming the account, signed with the install's key, for a year.
/// Tries from such a browser do not wait on the account's address-wide limit of failed
/// sign-ins, so guessers spread over many addresses cannot lock a person out of their own
/// browser (they still meet the per-client limits, and so does anyone without the cookie).
struct KnownDevices: Sendable {
    static let cookieName = "rebound_device"
    static let lifetime: TimeInterval = 365 * 86_400
    let signer: FormTokens

    /// The cookie's value for a user: `USERID.ISSUED.MAC`.
    func value(for user: UserID, now: Date) -> String {
        let body = user.rawValue + "." + String(Int64(now.timeIntervalSince1970))
        return body + "." + signer.mac("known-device|" + body)
    }

    /// Whether `value` is a cookie this install gave to a browser the user signed in from,
    /// less than a year before `now`.
    func recognizes(_ value: String?, as user: UserID, now: Date) -> Bool {
        guard let value, value.utf8.count <= 200 else { return false }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == user.rawValue, let issued = Int64(parts[1]) else { return false }
        let age = now.timeIntervalSince1970 - TimeInterval(issued)
        guard age >= -60, age <= Self.lifetime else { return false }
        return Secrets.equal(String(parts[2]), signer.mac("known-device|" + parts[0] + "." + parts[1]))
    }

    func cookie(for user: UserID, now: Date, secure: Bool) -> Cookie {
        Cookie(name: Self.cookieName, value: value(for: user, now: now), maxAge: Int(Self.lifetime), path: "/", secure: secure,
               httpOnly: true, sameSite: .lax)
    }
}
