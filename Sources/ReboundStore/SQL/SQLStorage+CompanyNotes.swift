import Foundation
import ReboundCore
import SQLKit

extension SQLStorage {
    public func companyNotes(of user: UserID) async throws -> [CompanyNotes] {
        try await read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.companyNotesColumns) FROM company_notes
                WHERE user_id = \(bind: user.rawValue) ORDER BY company_key
                """).all().map(Self.companyNotes(from:))
        }
    }

    public func companyNotes(_ key: CompanyKey, of user: UserID) async throws -> CompanyNotes? {
        try await read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.companyNotesColumns) FROM company_notes
                WHERE user_id = \(bind: user.rawValue) AND company_key = \(bind: key.rawValue)
                """).first().map(Self.companyNotes(from:))
        }
    }

    public func saveCompanyNotes(_ notes: CompanyNotes, of user: UserID) async throws {
        try await write { db in try await Self.upsert(notes, of: user, in: db, onlyIfNewer: false) }
    }

    public func deleteCompanyNotes(_ key: CompanyKey, of user: UserID) async throws -> Bool {
        try await write { db in
            guard try await db.raw("""
                SELECT company_key FROM company_notes WHERE user_id = \(bind: user.rawValue) AND company_key = \(bind: key.rawValue)
                """).first() != nil
            else { return false }
            try await db.raw("""
                DELETE FROM company_notes WHERE user_id = \(bind: user.rawValue) AND company_key = \(bind: key.rawValue)
                """).run()
            return true
        }
    }

    /// Writes the notes over the user's notes on the same company; with `onlyIfNewer` (an
    /// import), only when they were written later than the stored ones.
    static func upsert(_ notes: CompanyNotes, of user: UserID, in db: any SQLDatabase, onlyIfNewer: Bool) async throws {
        try await db.raw("""
            INSERT INTO company_notes (user_id, \(unsafeRaw: companyNotesColumns))
            VALUES (\(bind: user.rawValue), \(bind: notes.key.rawValue), \(bind: notes.company), \(bind: notes.field?.rawValue),
                    \(bind: notes.history), \(bind: notes.strengths), \(bind: notes.achievements), \(bind: notes.goals),
                    \(bind: notes.updatedAt.storedSeconds))
            ON CONFLICT (user_id, company_key) DO UPDATE SET
                company = excluded.company, field = excluded.field, history = excluded.history,
                strengths = excluded.strengths, achievements = excluded.achievements, goals = excluded.goals,
                updated_at = excluded.updated_at
            \(unsafeRaw: onlyIfNewer ? "WHERE company_notes.updated_at < excluded.updated_at" : "")
            """).run()
    }

    /// The columns `companyNotes(from:)` reads.
    static let companyNotesColumns = "company_key, company, field, history, strengths, achievements, goals, updated_at"

    static func companyNotes(from row: any SQLRow) throws -> CompanyNotes {
        CompanyNotes(key: CompanyKey(rawValue: try row.text("company_key")), company: try row.text("company"),
                     field: try row.decode(column: "field", as: String?.self).flatMap(WorkField.init(rawValue:)),
                     history: try row.text("history"), strengths: try row.text("strengths"),
                     achievements: try row.text("achievements"), goals: try row.text("goals"),
                     updatedAt: try row.date("updated_at"))
    }
}
