import Foundation
import ReboundCore
import SQLKit

extension SQLStorage {
    public func interviews(of user: UserID, now: Date, limit: Int?, offset: Int) async throws -> [InterviewSummary] {
        try await read { db in try await Self.interviews(of: user, now: now, limit: limit, offset: offset, in: db) }
    }

    public func interviewPage(of user: UserID, number: Int, size: Int, now: Date) async throws -> InterviewPage {
        let size = max(1, size)
        return try await readTogether { db in
            let total = try await db.raw("SELECT COUNT(*) AS n FROM interviews WHERE user_id = \(bind: user.rawValue)")
                .first()?.count("n") ?? 0
            let pageCount = InterviewPage.pageCount(total: total, size: size)
            let number = min(max(1, number), pageCount)
            let interviews = total == 0 ? [] : try await Self.interviews(
                of: user, now: now, limit: size, offset: InterviewPage.offset(ofPage: number, size: size), in: db)
            let nextDue = total == 0 ? nil : try await db.raw(Self.nextDue(of: user, now: now)).first()
                .map { try $0.date("due") }
            let nextLapse = total == 0 ? nil : try await db.raw(Self.nextLapse(of: user, now: now)).first()
                .map { try $0.date("lapses") }
            return InterviewPage(number: number, pageCount: pageCount, total: total, interviews: interviews,
                                 countedAt: Date(storedSeconds: now.storedSeconds), nextDue: nextDue, nextLapse: nextLapse)
        }
    }

    /// The due time of the user's first open step not late at `now` (due at `now` or later),
    /// found by one seek in `open_steps_by_user`.
    static func nextDue(of user: UserID, now: Date) -> SQLQueryString {
        """
        SELECT due_at AS due FROM plan_steps
        WHERE user_id = \(bind: user.rawValue) AND done_at IS NULL AND due_at >= \(bind: now.storedSeconds)
        ORDER BY due_at LIMIT 1
        """
    }

    /// The first lapse time at `now` or later of the user's open steps, found by one seek in
    /// `open_lapses_by_user`.
    static func nextLapse(of user: UserID, now: Date) -> SQLQueryString {
        """
        SELECT lapses_at AS lapses FROM plan_steps
        WHERE user_id = \(bind: user.rawValue) AND done_at IS NULL AND lapses_at >= \(bind: now.storedSeconds)
        ORDER BY lapses_at LIMIT 1
        """
    }

    static func interviews(of user: UserID, now: Date, limit: Int?, offset: Int,
                           in db: any SQLDatabase) async throws -> [InterviewSummary] {
        try await db.raw(Self.interviewList(of: user, now: now, limit: limit, offset: offset)).all().map { row in
            InterviewSummary(
                id: InterviewID(try row.text("id")), company: try row.text("company"), role: try row.text("role"),
                start: try row.date("starts_at"), timeZone: try row.text("time_zone"),
                status: OutcomeStatus(rawValue: try row.text("status")) ?? .pending,
                stage: DebriefStage(rawValue: try row.text("stage")) ?? .done,
                openSteps: try row.count("step_counts") / Self.openStepsFactor,
                lateSteps: try row.count("step_counts") % Self.openStepsFactor)
        }
    }

    /// The dashboard's list of interviews, newest first, with open and late step counts. A
    /// lapsed step (its lapse time before `now`) is neither open nor late: it is let go.
    ///
    /// It is read in the order of `interviews_by_user`, which holds the listed columns, so a
    /// page stops at its last row and never opens an interview row. One walk of each listed
    /// interview's open steps (in `steps_by_interview`) counts them and the late ones
    /// together. A page costs the same however many interviews the user has.
    static func interviewList(of user: UserID, now: Date, limit: Int?, offset: Int) -> SQLQueryString {
        let page: SQLQueryString = limit.map { Self.limit($0, offset: offset) } ?? ""
        return """
            SELECT i.id, i.company, i.role, i.starts_at, i.time_zone, i.status, i.stage,
                   (SELECT COUNT(*) * \(unsafeRaw: String(Self.openStepsFactor))
                           + COUNT(CASE WHEN s.due_at < \(bind: now.storedSeconds) THEN 1 END)
                    FROM plan_steps s WHERE s.interview_id = i.id AND s.done_at IS NULL
                      AND (s.lapses_at IS NULL OR s.lapses_at >= \(bind: now.storedSeconds))) AS step_counts
            FROM interviews i
            WHERE i.user_id = \(bind: user.rawValue)
            ORDER BY i.starts_at DESC, i.id DESC
            \(page)
            """
    }

    /// How the list's one count column holds two counts: open steps times this, plus late steps.
    static let openStepsFactor = 1_000_000

    public func interview(_ id: InterviewID, of user: UserID) async throws -> StoredInterview? {
        try await read { db in try await Self.interview(id, of: user, in: db) }
    }

    public func interviewOverview(_ id: InterviewID, of user: UserID, now: Date) async throws -> InterviewOverview? {
        try await readTogether { db in
            guard let interview = try await Self.interview(id, of: user, in: db) else { return nil }
            return InterviewOverview(interview: interview, stepStates: try await Self.stepStates(of: id, of: user, in: db),
                                     shareLinks: try await Self.shareLinks(of: id, of: user, now: now, in: db))
        }
    }

    static func interview(_ id: InterviewID, of user: UserID, in db: any SQLDatabase) async throws -> StoredInterview? {
        guard let row = try await db.raw("""
            SELECT \(unsafeRaw: Self.interviewColumns) FROM interviews
            WHERE id = \(bind: id.rawValue) AND user_id = \(bind: user.rawValue)
            """).first()
        else { return nil }
        return try Self.interview(from: row)
    }

    public func saveInterview(_ interview: StoredInterview, of user: UserID) async throws -> Bool {
        try await write { db in
            guard try await Self.save(interview, of: user, in: db) else { return false }
            try await Self.raiseRevision(of: user, in: db)
            return true
        }
    }

    public func allInterviews(of user: UserID) async throws -> [StoredInterview] {
        try await read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.interviewColumns) FROM interviews
                WHERE user_id = \(bind: user.rawValue) ORDER BY starts_at, id
                """).all().map(Self.interview(from:))
        }
    }

    public func importInterviews(_ records: [InterviewRecord], practice: [PracticeAttempt], companies: [CompanyNotes], of user: UserID,
                                 newID: @Sendable () -> InterviewID) async throws -> [InterviewID] {
        try await write { db in
            var saved: [InterviewID] = []
            var seen = Set<InterviewID>()
            for var record in records {
                if !record.carriesID, let existing = try await Self.sameInterview(as: record.interview.file, of: user, in: db) {
                    let old = record.interview
                    record.interview = StoredInterview(id: existing, file: old.file, stage: old.stage,
                                                       createdAt: old.createdAt, updatedAt: old.updatedAt)
                } else if let owner = try await Self.owner(of: record.interview.id, in: db), owner != user || seen.contains(record.interview.id) {
                    let old = record.interview
                    record.interview = StoredInterview(id: newID(), file: old.file, stage: old.stage,
                                                       createdAt: old.createdAt, updatedAt: old.updatedAt)
                }
                let id = record.interview.id.rawValue
                guard try await Self.save(record.interview, of: user, in: db) else {
                    throw StoreError.corruptRecord("interview \(id) cannot be saved for this account")
                }
                seen.insert(record.interview.id)
                saved.append(record.interview.id)
                for step in record.doneSteps {
                    try await Self.setDone(step.key, at: step.doneAt, of: record.interview.id, in: db)
                }
                // A plain interview file has no drafts of its own: the user's edits stay.
                if record.carriesID { try await db.raw("DELETE FROM drafts WHERE interview_id = \(bind: id)").run() }
                for draft in record.drafts {
                    try await Self.upsert(draft, of: record.interview.id, in: db)
                }
            }
            if !practice.isEmpty { try await Self.importPractice(practice, of: user, in: db, newID: { newID().rawValue }) }
            for notes in companies { try await Self.upsert(notes, of: user, in: db, onlyIfNewer: true) }
            if !saved.isEmpty { try await Self.raiseRevision(of: user, in: db) }
            return saved
        }
    }

    public func interviewRecords(of user: UserID) async throws -> [InterviewRecord] {
        try await read { db in
            let interviews = try await db.raw("""
                SELECT \(unsafeRaw: Self.interviewColumns) FROM interviews
                WHERE user_id = \(bind: user.rawValue) ORDER BY created_at, id
                """).all().map(Self.interview(from:))
            var done: [String: [StepState]] = [:]
            for row in try await db.raw("""
                SELECT interview_id, step_key, done_at FROM plan_steps
                WHERE user_id = \(bind: user.rawValue) AND done_at IS NOT NULL ORDER BY due_at, step_key
                """).all() {
                done[try row.text("interview_id"), default: []]
                    .append(StepState(key: StepKey(rawValue: try row.text("step_key")), doneAt: try row.optionalDate("done_at")))
            }
            var drafts: [String: [SavedDraft]] = [:]
            for row in try await db.raw("""
                SELECT d.interview_id, d.draft_key, d.subject, d.body, d.updated_at
                FROM drafts d JOIN interviews i ON i.id = d.interview_id
                WHERE i.user_id = \(bind: user.rawValue) ORDER BY d.draft_key
                """).all() {
                drafts[try row.text("interview_id"), default: []]
                    .append(SavedDraft(key: try row.text("draft_key"), subject: try row.text("subject"),
                                       body: try row.text("body"), updatedAt: try row.date("updated_at")))
            }
            return interviews.map { interview in
                InterviewRecord(interview: interview, doneSteps: done[interview.id.rawValue] ?? [],
                                drafts: drafts[interview.id.rawValue] ?? [])
            }
        }
    }

    public func deleteInterview(_ id: InterviewID, of user: UserID) async throws -> Bool {
        try await write { db in
            guard try await Self.owner(of: id, in: db) == user else { return false }
            try await db.raw("DELETE FROM share_links WHERE interview_id = \(bind: id.rawValue)").run()
            try await db.raw("DELETE FROM drafts WHERE interview_id = \(bind: id.rawValue)").run()
            try await db.raw("DELETE FROM dismissed_findings WHERE interview_id = \(bind: id.rawValue)").run()
            try await db.raw("DELETE FROM plan_steps WHERE interview_id = \(bind: id.rawValue)").run()
            try await db.raw("DELETE FROM interviews WHERE id = \(bind: id.rawValue)").run()
            try await Self.raiseRevision(of: user, in: db)
            return true
        }
    }

    /// The user's interview at the same company, for the same role, starting at the same
    /// second as `file`'s (the first made, if several).
    static func sameInterview(as file: InterviewFile, of user: UserID, in db: any SQLDatabase) async throws -> InterviewID? {
        try await db.raw("""
            SELECT id FROM interviews
            WHERE user_id = \(bind: user.rawValue) AND starts_at = \(bind: file.interview.start.seconds)
              AND company = \(bind: file.interview.company) AND role = \(bind: file.interview.role)
            ORDER BY created_at, id LIMIT 1
            """).first().map { InterviewID(try $0.text("id")) }
    }

    static func owner(of id: InterviewID, in db: any SQLDatabase) async throws -> UserID? {
        try await db.raw("SELECT user_id FROM interviews WHERE id = \(bind: id.rawValue)").first()
            .map { UserID(try $0.text("user_id")) }
    }

    /// Writes the interview row and its steps' due times, keeping done marks of steps that remain.
    private static func save(_ interview: StoredInterview, of user: UserID, in db: any SQLDatabase) async throws -> Bool {
        let id = interview.id.rawValue
        let existingOwner = try await owner(of: interview.id, in: db)
        if let existingOwner, existingOwner != user { return false }
        let file = interview.file
        let json = file.jsonText()
        if existingOwner == nil {
            try await db.raw("""
                INSERT INTO interviews (id, user_id, company, role, starts_at, time_zone, status, stage, file, created_at, updated_at)
                VALUES (\(bind: id), \(bind: user.rawValue), \(bind: file.interview.company), \(bind: file.interview.role),
                        \(bind: file.interview.start.seconds), \(bind: file.interview.timeZone.identifier),
                        \(bind: file.interview.outcome.status.rawValue), \(bind: interview.stage.rawValue), \(bind: json), \(bind: interview.createdAt.storedSeconds),
                        \(bind: interview.updatedAt.storedSeconds))
                """).run()
        } else {
            try await db.raw("""
                UPDATE interviews SET company = \(bind: file.interview.company), role = \(bind: file.interview.role),
                    starts_at = \(bind: file.interview.start.seconds), time_zone = \(bind: file.interview.timeZone.identifier),
                    status = \(bind: file.interview.outcome.status.rawValue),
                    stage = \(bind: interview.stage.rawValue), file = \(bind: json),
                    updated_at = \(bind: interview.updatedAt.storedSeconds)
                WHERE id = \(bind: id)
                """).run()
        }
        try await replaceSteps(of: interview.id, of: user, file: file, in: db)
        return true
    }

    /// Writes the steps the playbook calls for in `file`, with their due and lapse times,
    /// keeping the done marks of steps that remain. Run on every save, and once for every
    /// interview when the playbook changes (`Migrations`).
    static func replaceSteps(of interview: InterviewID, of user: UserID, file: InterviewFile,
                             in db: any SQLDatabase) async throws {
        let id = interview.rawValue
        var doneAt: [String: Int64] = [:]
        for row in try await db.raw("""
            SELECT step_key, done_at FROM plan_steps WHERE interview_id = \(bind: id) AND done_at IS NOT NULL
            """).all() {
            doneAt[try row.text("step_key")] = try row.decode(column: "done_at", as: Int64.self)
        }
        try await db.raw("DELETE FROM plan_steps WHERE interview_id = \(bind: id)").run()
        let steps = RecoveryPlan.dueTimes(of: file)
        guard !steps.isEmpty else { return }
        var insert = db.insert(into: "plan_steps")
            .columns("interview_id", "user_id", "step_key", "kind", "due_at", "lapses_at", "optional", "done_at")
        for step in steps {
            insert = insert.values(
                SQLBind(id), SQLBind(user.rawValue), SQLBind(step.key.rawValue), SQLBind(step.kind.rawValue),
                SQLBind(step.due.seconds), SQLBind(step.lapses?.seconds), SQLBind(step.optional ? 1 : 0),
                SQLBind(doneAt[step.key.rawValue]))
        }
        try await insert.run()
    }

    /// The columns `interview(from:)` reads.
    static let interviewColumns = "id, file, stage, created_at, updated_at"

    static func interview(from row: any SQLRow) throws -> StoredInterview {
        let id = try row.text("id")
        let file: InterviewFile
        do {
            file = try DecodedFiles.shared.file(id: id, json: try row.text("file"))
        } catch {
            throw StoreError.corruptRecord("interview \(id): \(error)")
        }
        return StoredInterview(id: InterviewID(id), file: file, stage: DebriefStage(rawValue: try row.text("stage")) ?? .done,
                               createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}
