/// One row of the playbook: which step, for whom, when it applies, when it is due and when
/// its moment has passed. The rows themselves live in `Playbook.rules`; this file only says
/// what a row can say.
public struct PlaybookRule: Sendable {
    /// Who or what a step is made for: one per plan, or one per matching person or question.
    public enum Subject: Sendable, Equatable {
        case plan
        case eachInterviewer
        /// The first interviewer marked as hiring manager, when there is one.
        case hiringManager
        /// One step for the plan, addressed to the first person of the list who exists.
        case firstOf([Addressee])
        case eachContact(Set<ContactRelation>, onlyIfMayBeContacted: Bool)
        case eachWeakQuestion
    }

    /// Someone a plan-wide step can be addressed to, in `Subject.firstOf`.
    public enum Addressee: Sendable, Equatable {
        /// The first contact with one of these relations.
        case contact(ContactRelation)
        /// The first interviewer marked as hiring manager.
        case hiringManager
        /// The first interviewer listed.
        case firstInterviewer
    }

    /// When a step falls due. Hours are elapsed time; days are local calendar days.
    public enum Due: Sendable, Equatable {
        /// 23:59:59 local on the day the interview ended.
        case endOfInterviewDay
        /// 23:59:59 local on the first Monday-to-Friday after the interview's day.
        case endOfNextBusinessDay
        /// Hours after the interview ended.
        case hoursAfterInterview(Int)
        /// Hours after the user heard the outcome.
        case hoursAfterOutcome(Int)
        /// 23:59:59 local on the first Monday-to-Friday after the day the user heard.
        case endOfNextBusinessDayAfterOutcome
        /// Hours before the next round when its time is known, otherwise hours after the interview.
        case hoursBeforeNextRound(Int, otherwiseHoursAfterInterview: Int)
        /// 23:59:59 local on the `afterDecision`th business day after the day the employer
        /// said they would decide; without that date, on the `afterInterview`th business day
        /// after the interview's day.
        case businessDaysAfterDecision(Int, otherwiseAfterInterview: Int)
    }

    /// When a step's moment passes: after that, doing it would do more harm than good.
    public enum Lapse: Sendable, Equatable {
        /// The step stays worth doing however late.
        case never
        /// Elapsed hours after the step's due time (days are 24 hours, across a clock change too).
        case hoursAfterDue(Int)
        /// When the next round starts, if its time is known; otherwise never.
        case atNextRound
    }

    public let kind: StepKind
    public let subject: Subject
    /// The outcome statuses under which the step applies.
    public let statuses: Set<OutcomeStatus>
    /// Applies only while the user still wants the job.
    public let needsWantsJob: Bool
    /// Applies only when at least one question was rated weak.
    public let needsWeakQuestion: Bool
    public let due: Due
    public let lapse: Lapse
    public let optional: Bool
    /// The message this step sends, drafted by `rebound draft`.
    public let draft: DraftKind?

    public init(kind: StepKind, subject: Subject, statuses: Set<OutcomeStatus>, needsWantsJob: Bool = false,
                needsWeakQuestion: Bool = false, due: Due, lapse: Lapse = .never, optional: Bool = false,
                draft: DraftKind? = nil) {
        self.kind = kind
        self.subject = subject
        self.statuses = statuses
        self.needsWantsJob = needsWantsJob
        self.needsWeakQuestion = needsWeakQuestion
        self.due = due
        self.lapse = lapse
        self.optional = optional
        self.draft = draft
    }
}
