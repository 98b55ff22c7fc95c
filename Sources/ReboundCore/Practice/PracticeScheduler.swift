import Foundation

/// The spaced-repetition schedule for practice: SM-2, the SuperMemo 2 algorithm
/// (P. A. Woźniak, "Optimization of learning", 1990; supermemo.com/en/blog/application-of-a-computer-to-improve-the-results-obtained-in-working-with-the-supermemo-method),
/// with the user's three-level self-rating standing for SM-2's 0–5 grades.
///
/// - weak (grade 2): the answer failed; the streak starts again and the question is due the
///   next day, its ease unchanged (as SM-2 says for grades under 3), and it is asked once
///   more at the end of the same session (SM-2 repeats items graded under 4 in the session);
/// - ok (grade 4): the gap grows at the current ease: 1 day, then 6, then the last gap
///   times the ease;
/// - strong (grade 5): the same, and the question gets easier (ease + 0.1).
public enum PracticeScheduler {
    /// The ease of a question never practised.
    public static let startingEase = 2.5
    /// SM-2's floor for the ease.
    public static let lowestEase = 1.3

    /// SM-2's grade for a self-rating.
    public static func grade(_ rating: AnswerRating) -> Int {
        switch rating {
        case .weak: 2
        case .ok: 4
        case .strong: 5
        }
    }

    /// The state after practising a question at `now` and rating the answer; `previous` is
    /// nil for a question never practised.
    public static func practised(_ previous: ReviewState?, rating: AnswerRating, at now: Date) -> ReviewState {
        let grade = grade(rating)
        let oldEase = previous?.ease ?? startingEase
        let miss = Double(5 - grade)
        let streak: Int
        let interval: Int
        var ease = oldEase
        if grade < 3 {
            streak = 0
            interval = 1
        } else {
            // Kept to thousandths, as stored, so a state read back equals the one computed.
            ease = (max(lowestEase, oldEase + 0.1 - miss * (0.08 + miss * 0.02)) * 1000).rounded() / 1000
            streak = (previous?.streak ?? 0) + 1
            switch streak {
            case 1: interval = 1
            case 2: interval = 6
            default: interval = Int((Double(previous?.intervalDays ?? 6) * ease).rounded())
            }
        }
        return ReviewState(streak: streak, ease: ease, intervalDays: interval,
                           dueAt: now.addingTimeInterval(TimeInterval(interval) * 86_400),
                           lastPractisedAt: now, lastRating: rating)
    }

    /// Whether a rating sends the question back to the end of the current session.
    public static func repeatsInSession(_ rating: AnswerRating) -> Bool { grade(rating) < 4 }
}
