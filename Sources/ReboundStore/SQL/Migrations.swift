import Foundation
import SQLKit

/// One numbered change to the schema. Statements are written once when they are the same
/// in every dialect, and per dialect where they differ.
struct Migration: Sendable {
    let version: Int
    let name: String
    let statements: @Sendable (SQLFlavor) -> [String]
    /// Work on the data done after the statements, in the same transaction: what SQL alone
    /// cannot say, such as the plan steps a new playbook calls for.
    var rewrite: (@Sendable (any SQLDatabase) async throws -> Void)? = nil

    init(version: Int, name: String, statements: @escaping @Sendable (SQLFlavor) -> [String],
         rewrite: (@Sendable (any SQLDatabase) async throws -> Void)? = nil) {
        self.version = version
        self.name = name
        self.statements = statements
        self.rewrite = rewrite
    }
}

/// The schema's history, oldest first. Never edit a migration that has shipped: add one.
enum Migrations {
    static let all: [Migration] = [
        Migration(version: 1, name: "accounts, interviews, plan steps, drafts, tokens") { _ in
            [
                """
                CREATE TABLE users (
                    id TEXT PRIMARY KEY,
                    email TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    is_owner INTEGER NOT NULL,
                    created_at BIGINT NOT NULL,
                    calendar_token TEXT UNIQUE
                )
                """,
                """
                CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    csrf_secret TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX sessions_by_user ON sessions (user_id)",
                """
                CREATE TABLE sign_in_failures (
                    throttle_key TEXT PRIMARY KEY,
                    failures INTEGER NOT NULL,
                    first_at BIGINT NOT NULL,
                    last_at BIGINT NOT NULL
                )
                """,
                """
                CREATE TABLE interviews (
                    id TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    company TEXT NOT NULL,
                    role TEXT NOT NULL,
                    starts_at BIGINT NOT NULL,
                    time_zone TEXT NOT NULL,
                    status TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    file TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX interviews_by_user ON interviews (user_id, starts_at)",
                """
                CREATE TABLE plan_steps (
                    interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
                    user_id TEXT NOT NULL,
                    step_key TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    due_at BIGINT NOT NULL,
                    optional INTEGER NOT NULL,
                    done_at BIGINT,
                    PRIMARY KEY (interview_id, step_key)
                )
                """,
                // The dashboard's "due next" reads a user's open steps in due order.
                "CREATE INDEX open_steps_by_user ON plan_steps (user_id, done_at, due_at)",
                """
                CREATE TABLE drafts (
                    interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
                    draft_key TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    PRIMARY KEY (interview_id, draft_key)
                )
                """,
                """
                CREATE TABLE api_tokens (
                    id TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    token_hash TEXT NOT NULL UNIQUE,
                    created_at BIGINT NOT NULL,
                    last_used_at BIGINT
                )
                """,
                "CREATE INDEX api_tokens_by_user ON api_tokens (user_id)",
            ]
        },
        Migration(version: 2, name: "open and late step counts per interview from an index") { _ in
            [
                // The dashboard counts each listed interview's open and late steps; with this
                // index the count reads the index alone instead of every step row.
                "CREATE INDEX steps_by_interview ON plan_steps (interview_id, done_at, due_at)",
            ]
        },
        Migration(version: 3, name: "practice schedule and attempts") { _ in
            [
                // Where each question stands in the user's SM-2 schedule (the ease in
                // thousandths, so both databases store a whole number).
                """
                CREATE TABLE practice_reviews (
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    question_key TEXT NOT NULL,
                    streak INTEGER NOT NULL,
                    ease_thousandths INTEGER NOT NULL,
                    interval_days INTEGER NOT NULL,
                    due_at BIGINT NOT NULL,
                    last_practised_at BIGINT NOT NULL,
                    last_rating TEXT NOT NULL,
                    PRIMARY KEY (user_id, question_key)
                )
                """,
                // Every answer practised, with the user's outline and rating.
                """
                CREATE TABLE practice_attempts (
                    id TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    question_key TEXT NOT NULL,
                    question_text TEXT NOT NULL,
                    practised_at BIGINT NOT NULL,
                    rating TEXT NOT NULL,
                    outline TEXT NOT NULL,
                    seconds INTEGER
                )
                """,
                "CREATE INDEX practice_attempts_by_user ON practice_attempts (user_id, practised_at)",
            ]
        },
        Migration(version: 4, name: "read-only share links") { _ in
            [
                // A secret link that shows one interview's notes and plan to a mentor, until
                // it expires or is turned off. Only the token's hash is kept; `id` names the
                // link in the owner's forms.
                """
                CREATE TABLE share_links (
                    token_hash TEXT PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX share_links_by_interview ON share_links (interview_id)",
            ]
        },
        Migration(version: 5, name: "notes on companies for the next round") { _ in
            [
                """
                CREATE TABLE company_notes (
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    company_key TEXT NOT NULL,
                    company TEXT NOT NULL,
                    field TEXT,
                    history TEXT NOT NULL,
                    strengths TEXT NOT NULL,
                    achievements TEXT NOT NULL,
                    goals TEXT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    PRIMARY KEY (user_id, company_key)
                )
                """,
            ]
        },
        Migration(version: 6, name: "dashboard lists read in index order from the index alone") { flavor in
            // The dashboard's list of interviews and its late and next steps are read in the
            // order of these indexes, so neither is sorted after reading and each stops at its
            // last row. The columns they show are kept in the index too (PostgreSQL beside
            // the key, SQLite in it), so the list never opens an interview row with its
            // large interview file.
            let listed = "company, role, time_zone, status, stage"
            let rebuilt = flavor == .postgres
                ? ["CREATE INDEX interviews_by_user ON interviews (user_id, starts_at, id) INCLUDE (\(listed))",
                   "CREATE INDEX open_steps_by_user ON plan_steps (user_id, done_at, due_at, interview_id, step_key) INCLUDE (kind, optional)"]
                : ["CREATE INDEX interviews_by_user ON interviews (user_id, starts_at, id, \(listed))",
                   "CREATE INDEX open_steps_by_user ON plan_steps (user_id, done_at, due_at, interview_id, step_key, kind, optional)"]
            return ["DROP INDEX interviews_by_user", "DROP INDEX open_steps_by_user"] + rebuilt
        },
        Migration(version: 7, name: "a revision per user, raised by every change to what the dashboard shows") { _ in
            [
                // Every write to a user's interviews, plan steps or share links adds one, in
                // the same transaction. A process that keeps what it read in memory checks
                // it against this number, read with the session, so a change made by any
                // process is seen on the next page.
                "ALTER TABLE users ADD COLUMN data_revision BIGINT NOT NULL DEFAULT 0",
            ]
        },
        Migration(version: 8, name: "one owner at most, and secrets the app processes share") { _ in
            [
                // Two first visits at once could each make an owner. The earliest stays the
                // owner; from now on the index refuses a second one, whatever the timing.
                """
                UPDATE users SET is_owner = 0 WHERE is_owner = 1
                AND id <> (SELECT id FROM users WHERE is_owner = 1 ORDER BY created_at, id LIMIT 1)
                """,
                "CREATE UNIQUE INDEX one_owner ON users (is_owner) WHERE is_owner = 1",
                // Keys every process of one install signs with (the token of a form shown
                // before sign-in), made once by whichever process needs one first.
                """
                CREATE TABLE server_secrets (
                    name TEXT PRIMARY KEY,
                    secret TEXT NOT NULL,
                    created_at BIGINT NOT NULL
                )
                """,
            ]
        },
        Migration(version: 9, name: "the user's say over the message check: rules turned off, findings dismissed") { _ in
            [
                """
                CREATE TABLE check_rules_off (
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (user_id, rule)
                )
                """,
                // A finding the user said is fine in one draft, by its rule and its words.
                """
                CREATE TABLE dismissed_findings (
                    interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
                    draft_key TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    words TEXT NOT NULL,
                    user_id TEXT NOT NULL,
                    dismissed_at BIGINT NOT NULL,
                    PRIMARY KEY (interview_id, draft_key, rule, words)
                )
                """,
                "CREATE INDEX dismissed_findings_by_user ON dismissed_findings (user_id)",
            ]
        },
        Migration(version: 10, name: "playbook version 2: steps that lapse, a check-in, offers", statements: { flavor in
            // A step whose moment has passed is neither open nor late. The dashboard's list of
            // open steps filters on the lapse time while it reads its index, the late counts
            // read it from the per-interview index, and the next lapse (when the counts
            // change) is found by one seek.
            let listed = flavor == .postgres
                ? "CREATE INDEX open_steps_by_user ON plan_steps (user_id, done_at, due_at, interview_id, step_key) INCLUDE (kind, optional, lapses_at)"
                : "CREATE INDEX open_steps_by_user ON plan_steps (user_id, done_at, due_at, interview_id, step_key, kind, optional, lapses_at)"
            return [
                "ALTER TABLE plan_steps ADD COLUMN lapses_at BIGINT",
                "DROP INDEX open_steps_by_user",
                listed,
                "DROP INDEX steps_by_interview",
                "CREATE INDEX steps_by_interview ON plan_steps (interview_id, done_at, due_at, lapses_at)",
                "CREATE INDEX open_lapses_by_user ON plan_steps (user_id, done_at, lapses_at)",
            ]
        }, rewrite: { db in
            // Every interview's steps again, under the new playbook, done marks kept.
            try await SQLStorage.replanEveryInterview(in: db)
        }),
    ]

    /// The newest schema version this build knows.
    static var latest: Int { all.last?.version ?? 0 }
}

/// Applies the migrations a database has not had yet, each in its own transaction.
public struct Migrator: Sendable {
    let connections: any SQLConnections

    public init(connections: any SQLConnections) { self.connections = connections }

    /// The schema version the database is at (0 for an empty database).
    public func currentVersion() async throws -> Int {
        try await connections.withTransaction { db in
            try await lock(db)
            try await Self.ensureHistoryTable(db)
            return try await Self.version(db)
        }
    }

    /// Brings the schema up to date and returns the versions applied (empty when none were due).
    ///
    /// Each migration runs in its own transaction. On PostgreSQL that transaction first takes
    /// an advisory lock, and then reads the version again: two processes starting at once
    /// apply each migration once, the second waiting for the first and then finding it done.
    @discardableResult
    public func migrate(now: Date) async throws -> [Int] {
        try await migrate(now: now, through: Migrations.latest)
    }

    /// Applies the migrations due up to `last` only: how a test makes a database of an
    /// older schema, to see a later migration bring its data along.
    func migrate(now: Date, through last: Int) async throws -> [Int] {
        let current = try await currentVersion()
        if current > Migrations.latest { throw StoreError.newerSchema(found: current, known: Migrations.latest) }
        var applied: [Int] = []
        for migration in Migrations.all where migration.version > current && migration.version <= last {
            let flavor = connections.flavor
            let didApply = try await connections.withTransaction { db in
                try await lock(db)
                guard try await Self.version(db) < migration.version else { return false }
                for statement in migration.statements(flavor) {
                    try await db.raw(SQLQueryString(statement)).run()
                }
                try await migration.rewrite?(db)
                try await db.raw("""
                    INSERT INTO schema_migrations (version, name, applied_at)
                    VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Int64(now.timeIntervalSince1970)))
                    """).run()
                return true
            }
            if didApply { applied.append(migration.version) }
        }
        return applied
    }

    /// On PostgreSQL, waits for the migration lock, held until the transaction ends. SQLite
    /// needs none: one process writes at a time, and a second one waits on the file's lock.
    private func lock(_ db: any SQLDatabase) async throws {
        guard connections.flavor == .postgres else { return }
        try await db.raw("SELECT pg_advisory_xact_lock(\(unsafeRaw: String(Self.lockKey)))").run()
    }

    /// The advisory lock's number, the same in every Rebound process ("rebound" in ASCII).
    static let lockKey: Int64 = 0x7265_626F_756E_64

    private static func version(_ db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw("SELECT MAX(version) AS version FROM schema_migrations").first()
        return try row?.decodeNil(column: "version") == false ? try row!.decode(column: "version", as: Int.self) : 0
    }

    private static func ensureHistoryTable(_ db: any SQLDatabase) async throws {
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at BIGINT NOT NULL
            )
            """).run()
    }
}
