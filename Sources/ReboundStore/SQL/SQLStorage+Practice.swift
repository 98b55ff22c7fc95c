import Foundation
import ReboundCore
import SQLKit

extension SQLStorage {
    public func askedQuestions(of user: UserID) async throws -> [(text: String, asked: AskedQuestion)] {
        try await read { db in
            try await db.raw("""
                SELECT id, file, stage, created_at, updated_at FROM interviews
                WHERE user_id = \(bind: user.rawValue) ORDER BY starts_at, id
                """).all().map(Self.interview(from:))
        }.flatMap { $0.file.askedQuestions(interviewID: $0.id.rawValue) }
    }

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
            try await db.raw("""
                INSERT INTO practice_attempts (id, user_id, question_key, question_text, practised_at, rating, outline, seconds)
                VALUES (\(bind: attempt.id), \(bind: user.rawValue), \(bind: attempt.questionKey.rawValue),
                        \(bind: attempt.questionText), \(bind: attempt.practisedAt.storedSeconds), \(bind: attempt.rating.rawValue),
                        \(bind: attempt.outline), \(bind: attempt.seconds.map(Int64.init)))
                """).run()
            try await db.raw("""
                INSERT INTO practice_reviews (user_id, question_key, streak, ease_thousandths, interval_days, due_at,
                                              last_practised_at, last_rating)
                VALUES (\(bind: user.rawValue), \(bind: attempt.questionKey.rawValue), \(bind: Int64(review.streak)),
                        \(bind: Int64((review.ease * 1000).rounded())), \(bind: Int64(review.intervalDays)),
                        \(bind: review.dueAt.storedSeconds), \(bind: review.lastPractisedAt.storedSeconds),
                        \(bind: review.lastRating.rawValue))
                ON CONFLICT (user_id, question_key) DO UPDATE SET
                    streak = excluded.streak, ease_thousandths = excluded.ease_thousandths,
                    interval_days = excluded.interval_days, due_at = excluded.due_at,
                    last_practised_at = excluded.last_practised_at, last_rating = excluded.last_rating
                """).run()
        }
    }

    public func practiceAttempts(of user: UserID, limit: Int?) async throws -> [PracticeAttempt] {
        try await read { db in
            try await db.raw("""
                SELECT id, question_key, question_text, practised_at, rating, outline, seconds FROM practice_attempts
                WHERE user_id = \(bind: user.rawValue) ORDER BY practised_at DESC, id DESC
                \(unsafeRaw: limit.map { "LIMIT \(max(0, $0))" } ?? "")
                """).all().map { row in
                PracticeAttempt(id: try row.text("id"), questionKey: QuestionKey(rawValue: try row.text("question_key")),
                                questionText: try row.text("question_text"), practisedAt: try row.date("practised_at"),
                                rating: AnswerRating(rawValue: try row.text("rating")) ?? .ok, outline: try row.text("outline"),
                                seconds: try row.decode(column: "seconds", as: Int?.self))
            }
        }
    }
}
