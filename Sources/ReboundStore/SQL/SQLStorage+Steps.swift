import Foundation
import ReboundCore
import SQLKit

extension SQLStorage {
    public func stepStates(of interview: InterviewID, of user: UserID) async throws -> [StepState] {
        try await read { db in try await Self.stepStates(of: interview, of: user, in: db) }
    }

    static func stepStates(of interview: InterviewID, of user: UserID, in db: any SQLDatabase) async throws -> [StepState] {
        // The owner is checked on the interview row, so the plan steps are found by their
        // primary key; a condition on plan_steps.user_id lets SQLite pick the per-user
        // index and walk every step of every interview of the user.
        try await db.raw("""
            SELECT s.step_key, s.done_at FROM plan_steps s JOIN interviews i ON i.id = s.interview_id
            WHERE s.interview_id = \(bind: interview.rawValue) AND i.user_id = \(bind: user.rawValue)
            ORDER BY s.due_at, s.step_key
            """).all().map { row in
            StepState(key: StepKey(rawValue: try row.text("step_key")), doneAt: try row.optionalDate("done_at"))
        }
    }

    public func markStep(_ key: StepKey, of interview: InterviewID, of user: UserID, doneAt: Date?) async throws -> Bool {
        try await write { db in
            let found = try await db.raw("""
                SELECT step_key FROM plan_steps
                WHERE interview_id = \(bind: interview.rawValue) AND user_id = \(bind: user.rawValue)
                  AND step_key = \(bind: key.rawValue)
                """).first()
            guard found != nil else { return false }
            try await Self.setDone(key, at: doneAt, of: interview, in: db)
            try await Self.raiseRevision(of: user, in: db)
            return true
        }
    }

    /// Marks a step of an interview done at `doneAt`, or not done with nil (no owner check).
    static func setDone(_ key: StepKey, at doneAt: Date?, of interview: InterviewID, in db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE plan_steps SET done_at = \(bind: doneAt?.storedSeconds)
            WHERE interview_id = \(bind: interview.rawValue) AND step_key = \(bind: key.rawValue)
            """).run()
    }

    public func openSteps(of user: UserID, now: Date, limit: Int) async throws -> [OpenStep] {
        try await read { db in
            try await db.raw(Self.openStepList(of: user, now: now, limit: limit)).all().compactMap { row in
                guard let kind = StepKind(rawValue: try row.text("kind")) else { return nil }
                return OpenStep(interviewID: InterviewID(try row.text("interview_id")), company: try row.text("company"),
                                timeZone: try row.text("time_zone"), key: StepKey(rawValue: try row.text("step_key")), kind: kind,
                                due: try row.date("due_at"), optional: try row.flag("optional"))
            }
        }
    }

    /// The user's open steps that have not lapsed at `now`, soonest first: read in the order
    /// of `open_steps_by_user`, which holds every step column the dashboard shows and the
    /// lapse time, so it stops at `limit` without sorting.
    static func openStepList(of user: UserID, now: Date, limit: Int) -> SQLQueryString {
        """
        SELECT s.interview_id, i.company, i.time_zone, s.step_key, s.kind, s.due_at, s.optional
        FROM plan_steps s JOIN interviews i ON i.id = s.interview_id
        WHERE s.user_id = \(bind: user.rawValue) AND s.done_at IS NULL
          AND (s.lapses_at IS NULL OR s.lapses_at >= \(bind: now.storedSeconds))
        ORDER BY s.due_at, s.interview_id, s.step_key
        \(Self.limit(limit))
        """
    }

    /// Writes every interview's steps again from its file, a few hundred interviews at a time
    /// in the order of their IDs, so the work and the memory it takes grow with the data. A
    /// file that no longer reads keeps its steps as they were.
    static func replanEveryInterview(in db: any SQLDatabase) async throws {
        var after = ""
        while true {
            let rows = try await db.raw("""
                SELECT id, user_id, file FROM interviews WHERE id > \(bind: after) ORDER BY id LIMIT 200
                """).all()
            guard let last = rows.last else { return }
            for row in rows {
                let id = try row.text("id")
                guard let file = try? InterviewFile(storedJSON: try row.text("file")) else { continue }
                try await replaceSteps(of: InterviewID(id), of: UserID(try row.text("user_id")), file: file, in: db)
            }
            after = try last.text("id")
        }
    }
}
