import Foundation
import SQLKit

/// Moving a whole install from one database to another (SQLite to PostgreSQL and back):
/// every row of every table, nothing left out and nothing changed. Both databases must be
/// at the same schema version, and the target must hold no accounts yet.
public enum DataCopy {
    /// One column as the copy reads and writes it.
    enum Kind: Sendable {
        case text, integer, optionalText, optionalInteger
    }

    /// One table: its columns, and its primary key, which orders its rows for reading in
    /// batches: each batch starts after the last key of the one before (never an OFFSET, which
    /// would read the table again from the start for every batch).
    struct Table: Sendable {
        let name: String
        let columns: [(name: String, kind: Kind)]
        let key: [String]
    }

    /// Every table of schema version 9, parents before the rows that refer to them.
    static let tables: [Table] = [
        Table(name: "users", columns: [("id", .text), ("email", .text), ("name", .text), ("password_hash", .text),
                                       ("is_owner", .integer), ("created_at", .integer), ("calendar_token", .optionalText),
                                       ("data_revision", .integer)],
              key: ["id"]),
        Table(name: "sessions", columns: [("token_hash", .text), ("user_id", .text), ("csrf_secret", .text),
                                          ("created_at", .integer), ("expires_at", .integer)], key: ["token_hash"]),
        Table(name: "sign_in_failures", columns: [("throttle_key", .text), ("failures", .integer), ("first_at", .integer),
                                                  ("last_at", .integer)], key: ["throttle_key"]),
        Table(name: "interviews", columns: [("id", .text), ("user_id", .text), ("company", .text), ("role", .text),
                                            ("starts_at", .integer), ("time_zone", .text), ("status", .text), ("stage", .text),
                                            ("file", .text), ("created_at", .integer), ("updated_at", .integer)], key: ["id"]),
        Table(name: "plan_steps", columns: [("interview_id", .text), ("user_id", .text), ("step_key", .text), ("kind", .text),
                                            ("due_at", .integer), ("lapses_at", .optionalInteger), ("optional", .integer),
                                            ("done_at", .optionalInteger)],
              key: ["interview_id", "step_key"]),
        Table(name: "drafts", columns: [("interview_id", .text), ("draft_key", .text), ("subject", .text), ("body", .text),
                                        ("updated_at", .integer)], key: ["interview_id", "draft_key"]),
        Table(name: "api_tokens", columns: [("id", .text), ("user_id", .text), ("name", .text), ("token_hash", .text),
                                            ("created_at", .integer), ("last_used_at", .optionalInteger)], key: ["id"]),
        Table(name: "practice_reviews", columns: [("user_id", .text), ("question_key", .text), ("streak", .integer),
                                                  ("ease_thousandths", .integer), ("interval_days", .integer), ("due_at", .integer),
                                                  ("last_practised_at", .integer), ("last_rating", .text)],
              key: ["user_id", "question_key"]),
        Table(name: "practice_attempts", columns: [("id", .text), ("user_id", .text), ("question_key", .text),
                                                   ("question_text", .text), ("practised_at", .integer), ("rating", .text),
                                                   ("outline", .text), ("seconds", .optionalInteger)], key: ["id"]),
        Table(name: "share_links", columns: [("token_hash", .text), ("id", .text), ("user_id", .text), ("interview_id", .text),
                                             ("created_at", .integer), ("expires_at", .integer)], key: ["token_hash"]),
        Table(name: "company_notes", columns: [("user_id", .text), ("company_key", .text), ("company", .text), ("field", .optionalText),
                                               ("history", .text), ("strengths", .text), ("achievements", .text), ("goals", .text),
                                               ("updated_at", .integer)], key: ["user_id", "company_key"]),
        Table(name: "server_secrets", columns: [("name", .text), ("secret", .text), ("created_at", .integer)], key: ["name"]),
        Table(name: "check_rules_off", columns: [("user_id", .text), ("rule", .text)], key: ["user_id", "rule"]),
        Table(name: "dismissed_findings", columns: [("interview_id", .text), ("draft_key", .text), ("rule", .text), ("words", .text),
                                                    ("user_id", .text), ("dismissed_at", .integer)],
              key: ["interview_id", "draft_key", "rule", "words"]),
    ]

    /// The schema version `tables` describes; a copy between databases at another version is refused.
    static let schemaVersion = 10
    static let batchSize = 500

    /// A cell: text, a whole number, or nothing.
    enum Value: Hashable, Sendable, Comparable {
        case null
        case integer(Int64)
        case text(String)
    }

    /// Copies every row from `source` into `target` in one transaction on the target: all of
    /// it or, on any error, none. Returns how many rows each table had.
    public static func copy(from source: SQLStorage, to target: SQLStorage) async throws -> [(table: String, rows: Int)] {
        for (store, role) in [(source, "the source"), (target, "the target")] {
            let version = try await store.schemaVersion()
            guard version == schemaVersion else {
                throw StoreError.cannotCopy("\(role) is at schema version \(version); this copy knows version \(schemaVersion)")
            }
        }
        guard try await target.userCount() == 0 else {
            throw StoreError.cannotCopy("the target already has accounts; copy into an empty database")
        }
        return try await target.write { targetDB in
            // A process may have started on the empty target and made its own secrets; the
            // install's own come with the copy.
            try await targetDB.raw("DELETE FROM server_secrets").run()
            var counts: [(String, Int)] = []
            for table in tables {
                var copied = 0
                try await forEachBatch(of: table, in: source) { batch in
                    for row in batch { try await insert(row, into: table, in: targetDB) }
                    copied += batch.count
                }
                counts.append((table.name, copied))
            }
            return counts
        }
    }

    /// Every row of every table, in key order: what a copy must keep, for comparing two databases.
    public static func contents(of store: SQLStorage) async throws -> [String: [[String]]] {
        var contents: [String: [[String]]] = [:]
        for table in tables {
            var all: [[Value]] = []
            try await forEachBatch(of: table, in: store) { all += $0 }
            contents[table.name] = all.map { $0.map(\.description) }
        }
        return contents
    }

    /// Reads `table` from `store` in key order, `batchSize` rows at a time, each batch starting
    /// after the last key of the one before, and hands each batch to `body`.
    private static func forEachBatch(of table: Table, in store: SQLStorage,
                                     _ body: ([[Value]]) async throws -> Void) async throws {
        var after: [Value]?
        while true {
            let start = after
            let batch = try await store.read { db in try await rows(of: table, in: db, after: start) }
            try await body(batch)
            guard batch.count == batchSize, let last = batch.last else { return }
            after = table.keyValues(of: last)
        }
    }

    private static func rows(of table: Table, in db: any SQLDatabase, after: [Value]?) async throws -> [[Value]] {
        let columns = table.columns.map(\.name).joined(separator: ", ")
        let key = table.key.joined(separator: ", ")
        var condition: SQLQueryString = ""
        if let after {
            // (a, b) > (?, ?): row values compare in key order in SQLite and PostgreSQL alike.
            let binds = after.map { value -> SQLQueryString in
                switch value {
                case .text(let text): "\(bind: text)"
                case .integer(let number): "\(bind: number)"
                case .null: "NULL"
                }
            }
            condition = "WHERE (\(unsafeRaw: key)) > (\(binds.joined(separator: ", ")))"
        }
        return try await db.raw("""
            SELECT \(unsafeRaw: columns) FROM \(unsafeRaw: table.name) \(condition) ORDER BY \(unsafeRaw: key)
            LIMIT \(bind: batchSize)
            """).all().map { row in
            try table.columns.map { column -> Value in
                switch column.kind {
                case .text: .text(try row.decode(column: column.name, as: String.self))
                case .integer: .integer(try row.decode(column: column.name, as: Int64.self))
                case .optionalText: try row.decode(column: column.name, as: String?.self).map(Value.text) ?? .null
                case .optionalInteger: try row.decode(column: column.name, as: Int64?.self).map(Value.integer) ?? .null
                }
            }
        }
    }

    private static func insert(_ row: [Value], into table: Table, in db: any SQLDatabase) async throws {
        let values: [any SQLExpression] = row.map { value in
            switch value {
            case .null: SQLLiteral.null
            case .integer(let number): SQLBind(number)
            case .text(let text): SQLBind(text)
            }
        }
        try await db.insert(into: table.name).columns(table.columns.map(\.name)).values(values).run()
    }
}

extension DataCopy.Table {
    /// The values of the key columns in `row`.
    func keyValues(of row: [DataCopy.Value]) -> [DataCopy.Value] {
        key.map { name in row[columns.firstIndex { $0.name == name }!] }
    }
}

extension DataCopy.Value: CustomStringConvertible {
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let number): String(number)
        case .text(let text): "'" + text + "'"
        }
    }
}
