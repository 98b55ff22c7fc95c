import Foundation
import SQLKit

extension SQLStorage {
    public func createSession(_ session: Session) async throws {
        try await write { db in
            try await db.raw("""
                INSERT INTO sessions (token_hash, user_id, csrf_secret, created_at, expires_at)
                VALUES (\(bind: session.tokenHash), \(bind: session.userID.rawValue), \(bind: session.csrfSecret),
                        \(bind: session.createdAt.storedSeconds), \(bind: session.expiresAt.storedSeconds))
                """).run()
        }
    }

    public func session(tokenHash: String, now: Date, keptAllowed: Bool) async throws -> (Session, User)? {
        guard let memory = connections.sessionMemory else { return try await readSession(tokenHash: tokenHash, now: now) }
        if keptAllowed, let kept = memory.session(tokenHash: tokenHash, now: now) { return kept }
        let ticket = memory.ticket()
        let found = try await readSession(tokenHash: tokenHash, now: now)
        if let (session, user) = found { memory.keep(session, user, readAt: now, ticket: ticket) }
        return found
    }

    private func readSession(tokenHash: String, now: Date) async throws -> (Session, User)? {
        try await read { db in
            guard let row = try await db.raw("""
                SELECT s.token_hash, s.csrf_secret, s.created_at AS session_created, s.expires_at,
                       u.id, u.email, u.name, u.password_hash, u.is_owner, u.created_at, u.data_revision
                FROM sessions s JOIN users u ON u.id = s.user_id
                WHERE s.token_hash = \(bind: tokenHash) AND s.expires_at > \(bind: now.storedSeconds)
                """).first()
            else { return nil }
            let user = try Self.user(from: row)
            let session = Session(tokenHash: try row.text("token_hash"), userID: user.id,
                                  csrfSecret: try row.text("csrf_secret"), createdAt: try row.date("session_created"),
                                  expiresAt: try row.date("expires_at"))
            return (session, user)
        }
    }

    public func extendSession(tokenHash: String, until: Date) async throws {
        try await write { db in
            try await db.raw("""
                UPDATE sessions SET expires_at = \(bind: until.storedSeconds) WHERE token_hash = \(bind: tokenHash)
                """).run()
            try await Self.announce(.session(tokenHash), in: db)
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await write { db in
            try await db.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
            try await Self.announce(.session(tokenHash), in: db)
        }
    }

    public func purgeExpired(now: Date) async throws {
        try await write { db in
            try await db.raw("DELETE FROM sessions WHERE expires_at <= \(bind: now.storedSeconds)").run()
            // Failure counts older than a day no longer slow anyone down.
            try await db.raw("DELETE FROM sign_in_failures WHERE last_at < \(bind: now.storedSeconds - 86_400)").run()
        }
    }

    public func countSignInTry(keys: [String], at: Date, windowStart: Date,
                               mayTry: @Sendable ([String: SignInFailures]) -> Bool) async throws
        -> (counted: Bool, failures: [String: SignInFailures]) {
        let at = at.storedSeconds, start = windowStart.storedSeconds
        do {
            return try await write { db in
                var failures: [String: SignInFailures] = [:]
                // Keys in one order, so two tries never wait on each other's rows crosswise.
                for key in Set(keys).sorted() {
                    // Touching the row first locks it (PostgreSQL) until this transaction ends,
                    // so a try for the same key waits here and then reads this one's count.
                    try await db.raw("""
                        INSERT INTO sign_in_failures (throttle_key, failures, first_at, last_at)
                        VALUES (\(bind: key), 0, \(bind: at), \(bind: at))
                        ON CONFLICT (throttle_key) DO UPDATE SET failures = sign_in_failures.failures
                        """).run()
                    let row = try await db.raw("""
                        SELECT failures, first_at, last_at FROM sign_in_failures WHERE throttle_key = \(bind: key)
                        """).first()
                    let count = try row?.count("failures") ?? 0
                    let inWindow = try (row?.decode(column: "first_at", as: Int64.self) ?? 0) >= start
                    failures[key] = inWindow && count > 0
                        ? SignInFailures(count: count, last: try row?.date("last_at")) : SignInFailures(count: 0, last: nil)
                }
                guard mayTry(failures) else { throw SignInRefused(failures: failures) }
                for key in Set(keys) {
                    try await db.raw("""
                        UPDATE sign_in_failures SET
                            failures = CASE WHEN first_at < \(bind: start) THEN 1 ELSE failures + 1 END,
                            first_at = CASE WHEN first_at < \(bind: start) THEN \(bind: at) ELSE first_at END,
                            last_at = \(bind: at)
                        WHERE throttle_key = \(bind: key)
                        """).run()
                }
                return (true, failures)
            }
        } catch let refused as SignInRefused {
            return (false, refused.failures)
        }
    }

    public func forgiveSignInTry(keys: [String]) async throws {
        try await write { db in
            for key in Set(keys) {
                try await db.raw("""
                    UPDATE sign_in_failures SET failures = failures - 1 WHERE throttle_key = \(bind: key) AND failures > 0
                    """).run()
            }
        }
    }

    public func failedSignIns(key: String, since windowStart: Date) async throws -> (count: Int, last: Date?) {
        try await read { db in
            guard let row = try await db.raw("""
                SELECT failures, last_at FROM sign_in_failures
                WHERE throttle_key = \(bind: key) AND first_at >= \(bind: windowStart.storedSeconds)
                """).first()
            else { return (0, nil) }
            return (try row.count("failures"), try row.date("last_at"))
        }
    }

    public func clearFailedSignIns(key: String) async throws {
        try await write { db in
            try await db.raw("DELETE FROM sign_in_failures WHERE throttle_key = \(bind: key)").run()
        }
    }
}

/// Thrown inside the try's transaction to roll it back: a refused try counts for nothing.
private struct SignInRefused: Error {
    let failures: [String: SignInFailures]
}
