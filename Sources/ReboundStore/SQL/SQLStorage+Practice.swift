import Foundation
import ReboundCore
import SQLKit

extension SQLStorage {
    public func practiceReviews(of user: UserID) async throws -> [QuestionKey: ReviewState] {
        try await read { db in
            var reviews: [QuestionKey: ReviewState] = [:]
            for row in try await db.raw("""
                SELECT question_key, streak, ease_thousandths, interval_days, due_at, last_practised_at, last_rating
                FROM practice_reviews WHERE user_id = \(bind: user.rawValue)
                """).all() {
                reviews[QuestionKey(rawValue: try row.text("question_key"))] = ReviewState(
                    streak: try row.decode(column: "streak", as: Int.self),
                    ease: Double(try row.decode(column: "ease_thousandths", as: Int.self)) / 1000,
                    intervalDays: try row.decode(column: "interval_days", as: Int.self),
                    dueAt: try row.date("due_at"), lastPractisedAt: try row.date("last_practised_at"),
                    lastRating: AnswerRating(rawValue: try row.text("last_rating")) ?? .ok)
            }
            return reviews
        }
    }

    public func recordPractice(_ attempt: PracticeAttempt, review: ReviewState, of user: UserID) async throws {
        try await write { db in
            try await Self.insert(attempt, of: user, in: db)
            try await Self.setReview(review, of: attempt.questionKey, for: user, in: db)
        }
    }

    /// Adds answers from an import and works out the schedule of each question again from
    /// all the user's answers, oldest first. An answer the user already has (same ID) is
    /// skipped, so importing an export twice adds nothing; one whose ID another account has
    /// is added under a new ID, so an import never learns or touches others' IDs.
    static func importPractice(_ attempts: [PracticeAttempt], of user: UserID, in db: any SQLDatabase,
                               newID: () -> String) async throws {
        func ownerOf(_ id: String) async throws -> String? {
            try await db.raw("SELECT user_id FROM practice_attempts WHERE id = \(bind: id)").first()?.text("user_id")
        }
        for var attempt in attempts {
            if let owner = try await ownerOf(attempt.id) {
                if owner == user.rawValue { continue }
                // Another account's ID: the copy's ID is made from this account's and the
                // original, so importing the same file again finds it and adds nothing.
                var id = "\(user.rawValue)/\(attempt.id)"
                switch try await ownerOf(id) {
                case user.rawValue?: continue
                case nil: break
                default: id = newID()
                }
                attempt = PracticeAttempt(id: id, questionKey: attempt.questionKey, questionText: attempt.questionText,
                                          practisedAt: attempt.practisedAt, rating: attempt.rating, outline: attempt.outline,
                                          seconds: attempt.seconds)
            }
            try await insert(attempt, of: user, in: db)
        }
        var reviews: [QuestionKey: ReviewState] = [:]
        for row in try await db.raw("""
            SELECT question_key, practised_at, rating FROM practice_attempts
            WHERE user_id = \(bind: user.rawValue) ORDER BY practised_at, id
            """).all() {
            let key = QuestionKey(rawValue: try row.text("question_key"))
            reviews[key] = PracticeScheduler.practised(reviews[key], rating: AnswerRating(rawValue: try row.text("rating")) ?? .ok,
                                                       at: try row.date("practised_at"))
        }
        for (key, review) in reviews { try await setReview(review, of: key, for: user, in: db) }
    }

    private static func insert(_ attempt: PracticeAttempt, of user: UserID, in db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO practice_attempts (id, user_id, question_key, question_text, practised_at, rating, outline, seconds)
            VALUES (\(bind: attempt.id), \(bind: user.rawValue), \(bind: attempt.questionKey.rawValue),
                    \(bind: attempt.questionText), \(bind: attempt.practisedAt.storedSeconds), \(bind: attempt.rating.rawValue),
                    \(bind: attempt.outline), \(bind: attempt.seconds.map(Int64.init)))
            """).run()
    }

    private static func setReview(_ review: ReviewState, of key: QuestionKey, for user: UserID, in db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO practice_reviews (user_id, question_key, streak, ease_thousandths, interval_days, due_at,
                                          last_practised_at, last_rating)
            VALUES (\(bind: user.rawValue), \(bind: key.rawValue), \(bind: Int64(review.streak)),
                    \(bind: Int64((review.ease * 1000).rounded())), \(bind: Int64(review.intervalDays)),
                    \(bind: review.dueAt.storedSeconds), \(bind: review.lastPractisedAt.storedSeconds),
                    \(bind: review.lastRating.rawValue))
            ON CONFLICT (user_id, question_key) DO UPDATE SET
                streak = excluded.streak, ease_thousandths = excluded.ease_thousandths,
                interval_days = excluded.interval_days, due_at = excluded.due_at,
                last_practised_at = excluded.last_practised_at, last_rating = excluded.last_rating
            """).run()
    }

    public func practiceAttempts(of user: UserID, limit: Int?) async throws -> [PracticeAttempt] {
        try await read { db in
            try await db.raw("""
                SELECT id, question_key, question_text, practised_at, rating, outline, seconds FROM practice_attempts
                WHERE user_id = \(bind: user.rawValue) ORDER BY practised_at DESC, id DESC
                \(limit.map { Self.limit($0) } ?? "")
                """).all().map { row in
                PracticeAttempt(id: try row.text("id"), questionKey: QuestionKey(rawValue: try row.text("question_key")),
                                questionText: try row.text("question_text"), practisedAt: try row.date("practised_at"),
                                rating: AnswerRating(rawValue: try row.text("rating")) ?? .ok, outline: try row.text("outline"),
                                seconds: try row.decode(column: "seconds", as: Int?.self))
            }
        }
    }
}
