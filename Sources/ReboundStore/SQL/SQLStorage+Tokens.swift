import Foundation
import SQLKit

extension SQLStorage {
    public func createAPIToken(_ token: APIToken) async throws {
        try await write { db in
            try await db.raw("""
                INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, last_used_at)
                VALUES (\(bind: token.id), \(bind: token.userID.rawValue), \(bind: token.name), \(bind: token.tokenHash),
                        \(bind: token.createdAt.storedSeconds), \(bind: token.lastUsedAt?.storedSeconds))
                """).run()
        }
    }

    public func apiTokens(of user: UserID) async throws -> [APIToken] {
        try await read { db in
            try await db.raw("""
                SELECT id, user_id, name, token_hash, created_at, last_used_at FROM api_tokens
                WHERE user_id = \(bind: user.rawValue) ORDER BY created_at, id
                """).all().map { row in
                APIToken(id: try row.text("id"), userID: UserID(try row.text("user_id")), name: try row.text("name"),
                         tokenHash: try row.text("token_hash"), createdAt: try row.date("created_at"),
                         lastUsedAt: try row.optionalDate("last_used_at"))
            }
        }
    }

    public func deleteAPIToken(id: String, of user: UserID) async throws -> Bool {
        try await write { db in
            let found = try await db.raw("""
                SELECT id FROM api_tokens WHERE id = \(bind: id) AND user_id = \(bind: user.rawValue)
                """).first()
            guard found != nil else { return false }
            try await db.raw("DELETE FROM api_tokens WHERE id = \(bind: id)").run()
            return true
        }
    }

    public func user(apiTokenHash: String, usedAt: Date) async throws -> User? {
        let found = try await read { db in
            try await db.raw("""
                SELECT u.id, u.email, u.name, u.password_hash, u.is_owner, u.created_at, u.data_revision, t.last_used_at
                FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = \(bind: apiTokenHash)
                """).first().map { row in (try Self.user(from: row), try row.optionalDate("last_used_at")) }
        }
        guard let (user, lastUsed) = found else { return nil }
        // Recording the use to the minute is enough, and spares a write on most requests.
        if lastUsed.map({ usedAt.timeIntervalSince($0) >= 60 }) ?? true {
            try await write { db in
                try await db.raw("""
                    UPDATE api_tokens SET last_used_at = \(bind: usedAt.storedSeconds) WHERE token_hash = \(bind: apiTokenHash)
                    """).run()
            }
        }
        return user
    }

    public func calendarToken(of user: UserID) async throws -> String? {
        try await read { db in
            try await db.raw("SELECT calendar_token FROM users WHERE id = \(bind: user.rawValue)").first()
                .flatMap { try $0.decode(column: "calendar_token", as: String?.self) }
        }
    }

    public func setCalendarToken(_ token: String?, of user: UserID) async throws {
        try await write { db in
            try await db.raw("UPDATE users SET calendar_token = \(bind: token) WHERE id = \(bind: user.rawValue)").run()
        }
    }

    public func user(calendarToken: String) async throws -> User? {
        try await read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.userColumns) FROM users WHERE calendar_token = \(bind: calendarToken)
                """).first().map(Self.user(from:))
        }
    }
}
