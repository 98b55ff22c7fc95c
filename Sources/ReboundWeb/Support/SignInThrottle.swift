import Foundation
import ReboundStore

/// Slows down guessing: five failed sign-ins in fifteen minutes for an address or a client
/// are free; after that each new try must wait twice as long as the last (2 s, 4 s, 8 s …,
/// at most 15 minutes). Counts live in the database, so every app process sees them.
struct SignInThrottle {
    let storage: any ReboundStorage
    let now: Date

    static let window: TimeInterval = 15 * 60
    static let freeFailures = 5
    static let longestWait: TimeInterval = 15 * 60

    /// Seconds to wait before the next try is heard, or nil when it may go ahead.
    func waitBeforeNextTry(keys: [String]) async throws -> Int? {
        var longest: TimeInterval = 0
        for key in keys {
            let (count, last) = try await storage.failedSignIns(key: key, since: now.addingTimeInterval(-Self.window))
            guard count >= Self.freeFailures, let last else { continue }
            let wait = min(pow(2, Double(count - Self.freeFailures + 1)), Self.longestWait)
            longest = max(longest, last.addingTimeInterval(wait).timeIntervalSince(now))
        }
        return longest > 0 ? Int(longest.rounded(.up)) : nil
    }

    func recordFailure(keys: [String]) async throws {
        for key in keys {
            _ = try await storage.recordFailedSignIn(key: key, at: now, windowStart: now.addingTimeInterval(-Self.window))
        }
    }

    func clear(keys: [String]) async throws {
        // Only the address's count is cleared: a client that guessed one account right keeps its record.
        for key in keys where key.hasPrefix("address:") { try await storage.clearFailedSignIns(key: key) }
    }
}
