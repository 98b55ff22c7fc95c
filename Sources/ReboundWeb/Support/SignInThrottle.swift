import Foundation
import ReboundStore

/// Slows down guessing, keyed so that no one person can lock out another:
///
/// - per address and client: five failed tries in fifteen minutes are free; after that each
///   new try must wait twice as long as the last (2 s, 4 s, 8 s …, at most 15 minutes). This
///   is the limit a person who forgot their password meets, and it holds one guesser down to
///   about fourteen tries per window;
/// - per client, across addresses: twenty free (one machine trying many accounts);
/// - per address, across clients: fifty free (many machines trying one account), out of
///   reach of a single guesser, so one client cannot lock an account for everyone; and a
///   browser the person signed in from before (`KnownDevices`) skips this limit, so even
///   guessers spread over many addresses cannot lock them out of it.
///
/// A try is counted before its password is checked, in one transaction with the check of the
/// counts (`countSignInTry`), so tries sent at the same moment are limited like tries sent one
/// after another. Counts live in the database, so every app process sees them.
struct SignInThrottle {
    let storage: any ReboundStorage
    let now: Date

    static let window: TimeInterval = 15 * 60
    static let longestWait: TimeInterval = 15 * 60

    /// The three counters one try is counted against.
    struct Keys {
        let pair: String
        let client: String
        let address: String

        /// Whether the browser is one the person signed in from before.
        let knownDevice: Bool

        init(address: String, client: String, knownDevice: Bool = false) {
            pair = "pair:\(client)|\(address)"
            self.client = "client:\(client)"
            self.address = "address:\(address)"
            self.knownDevice = knownDevice
        }

        /// The keys a try is checked and counted against.
        var all: [String] { knownDevice ? [pair, client] : [pair, client, address] }

        /// How many failures each key has for free.
        func freeFailures(_ key: String) -> Int {
            switch key {
            case pair: 5
            case client: 20
            default: 50
            }
        }
    }

    /// Counts the try, or, when one of its keys must wait first, counts nothing and returns
    /// the seconds to wait.
    func begin(_ keys: Keys) async throws -> Int? {
        let now = now
        let (counted, failures) = try await storage.countSignInTry(
            keys: keys.all, at: now, windowStart: now.addingTimeInterval(-Self.window),
            mayTry: { Self.wait(keys, failures: $0, now: now) <= 0 })
        if counted { return nil }
        return max(1, Int(Self.wait(keys, failures: failures, now: now).rounded(.up)))
    }

    /// The password was right: the try is taken back, and the address and client pair starts afresh.
    func succeeded(_ keys: Keys) async throws {
        try await storage.clearFailedSignIns(key: keys.pair)
        try await storage.forgiveSignInTry(keys: keys.all.filter { $0 != keys.pair })
    }

    /// Seconds until every key may try again (0 or less: now).
    static func wait(_ keys: Keys, failures: [String: SignInFailures], now: Date) -> TimeInterval {
        var longest: TimeInterval = 0
        for (key, tally) in failures {
            let free = keys.freeFailures(key)
            guard tally.count >= free, let last = tally.last else { continue }
            let wait = min(pow(2, Double(tally.count - free + 1)), longestWait)
            longest = max(longest, last.addingTimeInterval(wait).timeIntervalSince(now))
        }
        return longest
    }
}
