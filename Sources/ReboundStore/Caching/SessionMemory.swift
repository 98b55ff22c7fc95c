import Foundation
import NIOConcurrencyHelpers

/// Sessions read lately, with their accounts, kept only while the database tells this
/// process of every change to them, so a page need not ask the database who is signed in.
///
/// On PostgreSQL every write that changes an account, its revision or its sessions announces
/// the account (or the ended session) in its transaction (`NOTIFY`), and a listener in every
/// process forgets what it kept for it (`forget`). While the listener is not connected
/// (`listening(_:)` false), nothing is kept and every read goes to the database. A session
/// is kept at most `maximumAge`, and never past its expiry.
///
/// A read that began before a change and ends after it could keep what it read, older than
/// the change; so each read takes `ticket()` first, and `keep` drops what it is given when
/// anything was forgotten since.
public final class SessionMemory: Sendable {
    private struct Kept {
        let session: Session
        let user: User
        let keptAt: Date
    }

    private struct State {
        var listening = false
        var byToken: [String: Kept] = [:]
        var tokensByUser: [UserID: Set<String>] = [:]
        /// Raised by every forgetting, so a read that overlapped one keeps nothing.
        var changes: UInt64 = 0
    }

    /// What a read was started under; `keep` compares it with the changes since.
    public struct Ticket: Sendable {
        fileprivate let changes: UInt64
        fileprivate let listening: Bool
    }

    private let state = NIOLockedValueBox(State())
    private let capacity: Int
    private let maximumAge: TimeInterval

    public init(capacity: Int = 10_000, maximumAge: TimeInterval = 30) {
        self.capacity = max(1, capacity)
        self.maximumAge = maximumAge
    }

    /// The session with this token hash and its account, when kept and still live at `now`.
    public func session(tokenHash: String, now: Date) -> (Session, User)? {
        state.withLockedValue { state in
            guard state.listening, let kept = state.byToken[tokenHash] else { return nil }
            guard kept.session.expiresAt > now, now >= kept.keptAt, now.timeIntervalSince(kept.keptAt) < maximumAge else {
                Self.remove(tokenHash, from: &state)
                return nil
            }
            return (kept.session, kept.user)
        }
    }

    /// Taken before reading a session from the database.
    public func ticket() -> Ticket {
        state.withLockedValue { Ticket(changes: $0.changes, listening: $0.listening) }
    }

    /// Keeps a session read from the database at `now`, unless something was forgotten, or
    /// the listener was away, since `ticket` was taken.
    public func keep(_ session: Session, _ user: User, readAt now: Date, ticket: Ticket) {
        state.withLockedValue { state in
            guard ticket.listening, state.listening, state.changes == ticket.changes else { return }
            if state.byToken[session.tokenHash] == nil, state.byToken.count >= capacity { Self.empty(&state) }
            state.byToken[session.tokenHash] = Kept(session: session, user: user, keptAt: now)
            state.tokensByUser[user.id, default: []].insert(session.tokenHash)
        }
    }

    /// Forgets every session of the account (its name, password, revision or sessions changed).
    public func forget(user: UserID) {
        state.withLockedValue { state in
            state.changes &+= 1
            for token in state.tokensByUser.removeValue(forKey: user) ?? [] { state.byToken[token] = nil }
        }
    }

    /// Forgets one session (it ended).
    public func forget(tokenHash: String) {
        state.withLockedValue { state in
            state.changes &+= 1
            Self.remove(tokenHash, from: &state)
        }
    }

    /// Forgets what an announcement names: `user:ID` or `session:HASH` (see `Announcement`).
    /// Anything else forgets everything, to be safe.
    public func forget(announced payload: String) {
        switch Announcement(payload: payload) {
        case .user(let id)?: forget(user: id)
        case .session(let hash)?: forget(tokenHash: hash)
        case nil: forgetAll()
        }
    }

    /// Forgets everything.
    public func forgetAll() {
        state.withLockedValue { state in
            state.changes &+= 1
            Self.empty(&state)
        }
    }

    /// Whether the listener hears every change now. Either way, what was kept is forgotten:
    /// changes made while it was away were not heard.
    public func listening(_ listening: Bool) {
        state.withLockedValue { state in
            state.listening = listening
            state.changes &+= 1
            Self.empty(&state)
        }
    }

    /// Whether the listener hears every change, so sessions are kept.
    public var isListening: Bool { state.withLockedValue { $0.listening } }

    /// How many sessions are kept.
    public var count: Int { state.withLockedValue { $0.byToken.count } }

    private static func empty(_ state: inout State) {
        state.byToken.removeAll()
        state.tokensByUser.removeAll()
    }

    private static func remove(_ token: String, from state: inout State) {
        guard let kept = state.byToken.removeValue(forKey: token) else { return }
        state.tokensByUser[kept.user.id]?.remove(token)
        if state.tokensByUser[kept.user.id]?.isEmpty == true { state.tokensByUser[kept.user.id] = nil }
    }
}
