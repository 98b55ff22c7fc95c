import Foundation
import SQLKit

extension SQLStorage {
    public func savedDrafts(of interview: InterviewID, of user: UserID) async throws -> [SavedDraft] {
        try await read { db in
            try await db.raw("""
                SELECT d.draft_key, d.subject, d.body, d.updated_at
                FROM drafts d JOIN interviews i ON i.id = d.interview_id
                WHERE d.interview_id = \(bind: interview.rawValue) AND i.user_id = \(bind: user.rawValue)
                ORDER BY d.draft_key
                """).all().map { row in
                SavedDraft(key: try row.text("draft_key"), subject: try row.text("subject"), body: try row.text("body"),
                           updatedAt: try row.date("updated_at"))
            }
        }
    }

    public func saveDraft(_ draft: SavedDraft, of interview: InterviewID, of user: UserID) async throws -> Bool {
        try await write { db in
            guard try await Self.owner(of: interview, in: db) == user else { return false }
            try await Self.upsert(draft, of: interview, in: db)
            return true
        }
    }

    /// Inserts the edited draft or replaces the interview's edit with the same key (no owner check).
    static func upsert(_ draft: SavedDraft, of interview: InterviewID, in db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO drafts (interview_id, draft_key, subject, body, updated_at)
            VALUES (\(bind: interview.rawValue), \(bind: draft.key), \(bind: draft.subject), \(bind: draft.body),
                    \(bind: draft.updatedAt.storedSeconds))
            ON CONFLICT (interview_id, draft_key) DO UPDATE SET
                subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at
            """).run()
    }

    public func discardDraft(_ key: String, of interview: InterviewID, of user: UserID) async throws {
        try await write { db in
            guard try await Self.owner(of: interview, in: db) == user else { return }
            try await db.raw("""
                DELETE FROM drafts WHERE interview_id = \(bind: interview.rawValue) AND draft_key = \(bind: key)
                """).run()
        }
    }
}
