import Foundation
import SQLKit

extension SQLStorage {
    public func userCount() async throws -> Int {
        try await read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM users").first()?.count("n") ?? 0
        }
    }

    public func createUser(_ user: User) async throws {
        try await write { db in
            if try await db.raw("SELECT id FROM users WHERE email = \(bind: user.email.lowercased())").first() != nil {
                throw StoreError.emailTaken
            }
            // The owner is made only on an empty install. Two first visits at once may both
            // get here; the unique index one_owner lets one row in and the other insert does
            // nothing, in either database, so there is never a second owner.
            let onlyIfEmpty: SQLQueryString = user.isOwner ? "WHERE NOT EXISTS (SELECT 1 FROM users)" : "WHERE 1 = 1"
            let inserted = try await db.raw("""
                INSERT INTO users (id, email, name, password_hash, is_owner, created_at)
                SELECT \(bind: user.id.rawValue), \(bind: user.email.lowercased()), \(bind: user.name),
                       \(bind: user.passwordHash), \(bind: user.isOwner ? 1 : 0), \(bind: user.createdAt.storedSeconds)
                \(onlyIfEmpty)
                ON CONFLICT DO NOTHING
                RETURNING id
                """).first()
            guard inserted == nil else { return }
            if try await db.raw("SELECT id FROM users WHERE email = \(bind: user.email.lowercased())").first() != nil {
                throw StoreError.emailTaken
            }
            throw StoreError.alreadySetUp
        }
    }

    public func user(id: UserID) async throws -> User? {
        try await read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.userColumns) FROM users WHERE id = \(bind: id.rawValue)")
                .first().map(Self.user(from:))
        }
    }

    public func user(email: String) async throws -> User? {
        try await read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.userColumns) FROM users WHERE email = \(bind: email.lowercased())")
                .first().map(Self.user(from:))
        }
    }

    public func owner() async throws -> User? {
        try await read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.userColumns) FROM users WHERE is_owner = 1 ORDER BY created_at, id LIMIT 1")
                .first().map(Self.user(from:))
        }
    }

    public func updateName(_ name: String, of user: UserID) async throws {
        try await write { db in
            try await db.raw("UPDATE users SET name = \(bind: name) WHERE id = \(bind: user.rawValue)").run()
            try await Self.announce(.user(user), in: db)
        }
    }

    public func updatePasswordHash(_ hash: String, of user: UserID, keeping session: String?) async throws {
        try await write { db in
            try await db.raw("UPDATE users SET password_hash = \(bind: hash) WHERE id = \(bind: user.rawValue)").run()
            try await db.raw("""
                DELETE FROM sessions WHERE user_id = \(bind: user.rawValue) AND token_hash <> \(bind: session ?? "")
                """).run()
            try await Self.announce(.user(user), in: db)
        }
    }

    public func signOutEverywhere(_ user: UserID) async throws {
        try await write { db in
            try await db.raw("DELETE FROM sessions WHERE user_id = \(bind: user.rawValue)").run()
            try await db.raw("DELETE FROM api_tokens WHERE user_id = \(bind: user.rawValue)").run()
            try await Self.announce(.user(user), in: db)
        }
    }

    public func deleteUser(_ user: UserID) async throws {
        // Foreign keys cascade, but every table is named so nothing depends on the
        // connection having enforcement turned on.
        try await write { db in
            let id = user.rawValue
            try await db.raw("DELETE FROM share_links WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM company_notes WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM drafts WHERE interview_id IN (SELECT id FROM interviews WHERE user_id = \(bind: id))").run()
            try await db.raw("DELETE FROM dismissed_findings WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM check_rules_off WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM plan_steps WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM interviews WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM api_tokens WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM practice_attempts WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM practice_reviews WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM sessions WHERE user_id = \(bind: id)").run()
            try await db.raw("DELETE FROM users WHERE id = \(bind: id)").run()
            try await Self.announce(.user(user), in: db)
        }
    }

    static let userColumns = "id, email, name, password_hash, is_owner, created_at, data_revision"

    static func user(from row: any SQLRow) throws -> User {
        User(id: UserID(try row.text("id")), email: try row.text("email"), name: try row.text("name"),
             passwordHash: try row.text("password_hash"), isOwner: try row.flag("is_owner"),
             createdAt: try row.date("created_at"), revision: try row.decode(column: "data_revision", as: Int64.self))
    }

    /// Raises the user's revision and announces the change: called in the transaction of
    /// every write to the user's interviews, plan steps or share links, so memory kept at an
    /// older revision is not used.
    static func raiseRevision(of user: UserID, in db: any SQLDatabase) async throws {
        try await db.raw("UPDATE users SET data_revision = data_revision + 1 WHERE id = \(bind: user.rawValue)").run()
        try await announce(.user(user), in: db)
    }

    /// Tells every process, when the transaction commits, what it changed, so none keeps a
    /// session or an account older than the change (`SessionMemory`). PostgreSQL carries it
    /// (`pg_notify`); on SQLite, where no session is kept, it does nothing.
    static func announce(_ announcement: Announcement, in db: any SQLDatabase) async throws {
        guard db.dialect.name == "postgresql" else { return }
        try await db.raw("SELECT pg_notify(\(bind: Announcement.channel), \(bind: announcement.payload))").run()
    }
}
