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

    public func openSteps(of user: UserID, limit: Int) async throws -> [OpenStep] {
        try await read { db in
            try await db.raw(Self.openStepList(of: user, limit: limit)).all().compactMap { row in
                guard let kind = StepKind(rawValue: try row.text("kind")) else { return nil }
                return OpenStep(interviewID: InterviewID(try row.text("interview_id")), company: try row.text("company"),
                                timeZone: try row.text("time_zone"), key: StepKey(rawValue: try row.text("step_key")), kind: kind,
                                due: try row.date("due_at"), optional: try row.flag("optional"))
            }
        }
    }

    /// The user's open steps, soonest first: read in the order of `open_steps_by_user`, which
    /// holds every step column the dashboard shows, so it stops at `limit` without sorting.
    static func openStepList(of user: UserID, limit: Int) -> SQLQueryString {
        """
        SELECT s.interview_id, i.company, i.time_zone, s.step_key, s.kind, s.due_at, s.optional
        FROM plan_steps s JOIN interviews i ON i.id = s.interview_id
        WHERE s.user_id = \(bind: user.rawValue) AND s.done_at IS NULL
        ORDER BY s.due_at, s.interview_id, s.step_key
        \(Self.limit(limit))
        """
    }
}
