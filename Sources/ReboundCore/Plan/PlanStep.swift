/// One dated thing to do in a recovery plan.
public struct PlanStep: Equatable, Sendable {
    public let kind: StepKind
    /// The person the step is about (an interviewer or contact), when there is one.
    public let who: String?
    /// The question the step is about, for `practice`.
    public let about: String?
    /// When the step is due, written with the offset of the interview's zone at that instant.
    public let due: Timestamp
    /// When the step's moment passes, for a step that can lapse.
    public let lapses: Timestamp?
    public let optional: Bool
    /// True when `due` is before the moment the plan was made and the step has not lapsed.
    public let late: Bool
    /// True when `lapses` is before the moment the plan was made: the step is best let go,
    /// though it can still be marked done.
    public let lapsed: Bool
    public let title: String
    /// What to do, why, and how long it takes; when late, the advice for acting late; when
    /// lapsed, why letting it go is fine.
    public let detail: String
    /// A warning to heed, such as the conflict of interest around an insider.
    public let caution: String?
    /// About how long the step takes.
    public let minutes: Int
    /// The draft this step sends, when it sends a message.
    public let draft: DraftKind?
}
