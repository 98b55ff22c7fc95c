import Foundation
import SQLKit

extension SQLStorage {
    public func createShareLink(_ link: ShareLink) async throws -> Bool {
        try await write { db in
            guard try await Self.owner(of: link.interviewID, in: db) == link.userID else { return false }
            try await db.raw("""
                INSERT INTO share_links (\(unsafeRaw: Self.shareLinkColumns))
                VALUES (\(bind: link.tokenHash), \(bind: link.id), \(bind: link.userID.rawValue), \(bind: link.interviewID.rawValue),
                        \(bind: link.createdAt.storedSeconds), \(bind: link.expiresAt.storedSeconds))
                """).run()
            try await Self.raiseRevision(of: link.userID, in: db)
            return true
        }
    }

    public func shareLinks(of interview: InterviewID, of user: UserID, now: Date) async throws -> [ShareLink] {
        try await read { db in try await Self.shareLinks(of: interview, of: user, now: now, in: db) }
    }

    static func shareLinks(of interview: InterviewID, of user: UserID, now: Date, in db: any SQLDatabase) async throws -> [ShareLink] {
        try await db.raw("""
            SELECT \(unsafeRaw: Self.shareLinkColumns) FROM share_links
            WHERE interview_id = \(bind: interview.rawValue) AND user_id = \(bind: user.rawValue)
              AND expires_at > \(bind: now.storedSeconds)
            ORDER BY created_at, id
            """).all().map(Self.shareLink(from:))
    }

    public func deleteShareLink(id: String, of user: UserID) async throws -> Bool {
        try await write { db in
            guard try await db.raw("SELECT id FROM share_links WHERE id = \(bind: id) AND user_id = \(bind: user.rawValue)").first() != nil
            else { return false }
            try await db.raw("DELETE FROM share_links WHERE id = \(bind: id)").run()
            try await Self.raiseRevision(of: user, in: db)
            return true
        }
    }

    public func sharedInterview(tokenHash: String, now: Date) async throws -> (ShareLink, StoredInterview)? {
        let link = try await read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.shareLinkColumns) FROM share_links
                WHERE token_hash = \(bind: tokenHash) AND expires_at > \(bind: now.storedSeconds)
                """).first().map(Self.shareLink(from:))
        }
        guard let link, let interview = try await interview(link.interviewID, of: link.userID) else { return nil }
        return (link, interview)
    }

    /// The columns `shareLink(from:)` reads, in the order inserts write them.
    static let shareLinkColumns = "token_hash, id, user_id, interview_id, created_at, expires_at"

    static func shareLink(from row: any SQLRow) throws -> ShareLink {
        ShareLink(id: try row.text("id"), tokenHash: try row.text("token_hash"), userID: UserID(try row.text("user_id")),
                  interviewID: InterviewID(try row.text("interview_id")), createdAt: try row.date("created_at"),
                  expiresAt: try row.date("expires_at"))
    }
}
