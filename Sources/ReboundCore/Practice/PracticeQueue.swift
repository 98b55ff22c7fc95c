import Foundation

/// The questions a practice session asks, in order:
///
/// 1. questions due again, those last rated weak first, then the longest overdue;
/// 2. questions from the user's interviews never practised, weak ones first, newest first;
/// 3. starter questions never practised, in bank order, up to `newStarterLimit`.
///
/// Questions not yet due are left out: the schedule decides when they come back.
public enum PracticeQueue {
    /// - Parameters:
    ///   - bank: the user's bank.
    ///   - filter: narrows the questions (a field, a kind, a search).
    ///   - now: the time the session starts.
    ///   - limit: how many questions at most.
    ///   - newStarterLimit: how many never-practised starter questions at most.
    public static func questions(from bank: QuestionBank, filter: BankFilter = BankFilter(), at now: Date,
                                 limit: Int = 10, newStarterLimit: Int = 5) -> [BankQuestion] {
        let candidates = bank.filtered(filter)
        let due = candidates.filter { $0.review?.isDue(at: now) == true }.sorted { a, b in
            let (ra, rb) = (a.review!, b.review!)
            if (ra.lastRating == .weak) != (rb.lastRating == .weak) { return ra.lastRating == .weak }
            return (ra.dueAt, a.key) < (rb.dueAt, b.key)
        }
        let newOwn = candidates.filter { $0.review == nil && $0.isOwn }.enumerated().sorted { a, b in
            let (wa, wb) = (a.element.asked.last?.rating == .weak, b.element.asked.last?.rating == .weak)
            return wa != wb ? wa : a.offset < b.offset
        }.map(\.element)
        let newStarter = candidates.filter { $0.review == nil && !$0.isOwn }.prefix(max(0, newStarterLimit))
        return Array((due + newOwn + newStarter).prefix(max(0, limit)))
    }
}
