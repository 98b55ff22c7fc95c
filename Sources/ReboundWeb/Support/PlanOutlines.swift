import Foundation
import ReboundCore
import ReboundStore

/// Outlines of the plans of interviews shown lately (`RecoveryPlan.Outline`), so showing an
/// interview's page again does not put its whole plan into words again. An outline is used
/// only for the very file it was made from (compared whole), so a change made anywhere,
/// another process included, is seen at once.
struct PlanOutlines: Sendable {
    private struct Outlined {
        let file: InterviewFile
        let outline: RecoveryPlan.Outline
    }

    private let outlines = RecentValues<InterviewID, Outlined>(capacity: 1_000)

    /// The interview's plan as seen at `now`: the same as `RecoveryPlan(for:now:)`.
    func plan(of interview: StoredInterview, now: Date) -> RecoveryPlan {
        let outlined = outlines.value(for: interview.id, isCurrent: { $0.file == interview.file }) {
            Outlined(file: interview.file, outline: RecoveryPlan.Outline(for: interview.file))
        }
        return RecoveryPlan(outlined.outline, now: Timestamp(now))
    }
}
