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

    /// What the cookie's signature is for, so no other stamp of the install passes for it.
    static let purpose = "known-device|"
    let signer: FormTokens

    /// The cookie's value for a user: a stamp (`FormTokens.stamp`) of `USERID`.
    func value(for user: UserID, now: Date) -> String { signer.stamp(user.rawValue, now: now, purpose: Self.purpose) }

    /// Whether `value` is a cookie this install gave to a browser the user signed in from,
    /// less than a year before `now`.
    func recognizes(_ value: String?, as user: UserID, now: Date) -> Bool {
        guard let value, let stamp = signer.stamped(value, purpose: Self.purpose, lifetime: Self.lifetime, now: now, maxLength: 200)
        else { return false }
        return stamp.body == user.rawValue
    }

    func cookie(for user: UserID, now: Date, secure: Bool) -> Cookie {
        Cookie(name: Self.cookieName, value: value(for: user, now: now), maxAge: Int(Self.lifetime), path: "/", secure: secure,
               httpOnly: true, sameSite: .lax)
    }
}
