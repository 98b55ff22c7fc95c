/// The recovery playbook as data: the table of `contracts/playbook.md`, one row per step kind.
/// Titles and advice for each kind live in `StepAdvice`.
public enum Playbook {
    private static let hopeful: Set<OutcomeStatus> = [.pending, .nextRound]
    private static let allButOffer: Set<OutcomeStatus> = [.pending, .nextRound, .rejected, .withdrawn]
    private static let every = Set(OutcomeStatus.allCases)

    /// Every rule, in the order steps with equal due times are listed.
    public static let rules: [PlaybookRule] = [
        // Thanking is courtesy: it stays even when the user no longer wants the job.
        PlaybookRule(kind: .thankYou, subject: .eachInterviewer, statuses: hopeful,
                     due: .endOfInterviewDay, draft: .thankYou),
        PlaybookRule(kind: .callToElaborate, subject: .hiringManager, statuses: [.pending],
                     needsWantsJob: true, needsWeakQuestion: true,
                     due: .endOfNextBusinessDay, optional: true, draft: .callScript),
        PlaybookRule(kind: .briefReference, subject: .eachContact([.reference], onlyIfMayBeContacted: true),
                     statuses: hopeful, needsWantsJob: true, due: .hoursAfterInterview(24), draft: .briefReference),
        PlaybookRule(kind: .tellConnection, subject: .eachContact([.recruiter, .insider, .referrer], onlyIfMayBeContacted: false),
                     statuses: hopeful, needsWantsJob: true, due: .endOfNextBusinessDay, draft: .tellConnection),
        PlaybookRule(kind: .revisitNotes, subject: .plan, statuses: every, due: .hoursAfterInterview(48)),
        PlaybookRule(kind: .practice, subject: .eachWeakQuestion, statuses: allButOffer, due: .hoursAfterInterview(72)),
        PlaybookRule(kind: .askFeedback, subject: .plan, statuses: [.rejected], due: .hoursAfterOutcome(48), draft: .askFeedback),
        PlaybookRule(kind: .stayInTouch, subject: .plan, statuses: [.rejected], needsWantsJob: true,
                     due: .hoursAfterOutcome(7 * 24)),
        PlaybookRule(kind: .prepareNextRound, subject: .plan, statuses: [.nextRound],
                     due: .hoursBeforeNextRound(24, otherwiseHoursAfterInterview: 72)),
        PlaybookRule(kind: .talkItThrough, subject: .eachContact([.mentor], onlyIfMayBeContacted: false),
                     statuses: allButOffer, due: .hoursAfterInterview(72), optional: true),
        PlaybookRule(kind: .keepGoing, subject: .plan, statuses: allButOffer, due: .hoursAfterInterview(72)),
    ]
}
