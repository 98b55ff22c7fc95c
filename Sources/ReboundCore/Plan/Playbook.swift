/// The recovery playbook as data: the table of `contracts/playbook.md` (version 2), one row
/// per step kind. Titles and advice for each kind live in `StepAdvice`.
public enum Playbook {
    private static let hopeful: Set<OutcomeStatus> = [.pending, .nextRound]
    private static let allButOffer: Set<OutcomeStatus> = [.pending, .nextRound, .rejected, .withdrawn]
    private static let every = Set(OutcomeStatus.allCases)
    private static let day = 24

    /// Every rule, in the order steps with equal due times are listed.
    public static let rules: [PlaybookRule] = [
        // Thanking is courtesy: it stays even when the user no longer wants the job.
        PlaybookRule(kind: .thankYou, subject: .eachInterviewer, statuses: hopeful,
                     due: .endOfInterviewDay, lapse: .hoursAfterDue(7 * day), draft: .thankYou),
        PlaybookRule(kind: .callToElaborate, subject: .hiringManager, statuses: [.pending],
                     needsWantsJob: true, needsWeakQuestion: true,
                     due: .endOfNextBusinessDay, lapse: .hoursAfterDue(72), optional: true, draft: .callScript),
        PlaybookRule(kind: .briefReference, subject: .eachContact([.reference], onlyIfMayBeContacted: true),
                     statuses: hopeful, needsWantsJob: true, due: .hoursAfterInterview(24), draft: .briefReference),
        PlaybookRule(kind: .tellConnection, subject: .eachContact([.recruiter, .insider, .referrer], onlyIfMayBeContacted: false),
                     statuses: hopeful, needsWantsJob: true, due: .endOfNextBusinessDay, draft: .tellConnection),
        // Hearing nothing is the most common outcome: ask politely once the wait is over.
        PlaybookRule(kind: .checkIn, subject: .firstOf([.contact(.recruiter), .hiringManager, .firstInterviewer]),
                     statuses: [.pending], needsWantsJob: true,
                     due: .businessDaysAfterDecision(2, otherwiseAfterInterview: 7), draft: .checkIn),
        PlaybookRule(kind: .revisitNotes, subject: .plan, statuses: every, due: .hoursAfterInterview(48)),
        PlaybookRule(kind: .practice, subject: .eachWeakQuestion, statuses: allButOffer, due: .hoursAfterInterview(72)),
        PlaybookRule(kind: .askFeedback, subject: .plan, statuses: [.rejected], due: .hoursAfterOutcome(48),
                     lapse: .hoursAfterDue(14 * day), draft: .askFeedback),
        PlaybookRule(kind: .stayInTouch, subject: .plan, statuses: [.rejected], needsWantsJob: true,
                     due: .hoursAfterOutcome(7 * day)),
        PlaybookRule(kind: .prepareNextRound, subject: .plan, statuses: [.nextRound],
                     due: .hoursBeforeNextRound(24, otherwiseHoursAfterInterview: 72), lapse: .atNextRound),
        PlaybookRule(kind: .talkItThrough, subject: .eachContact([.mentor], onlyIfMayBeContacted: false),
                     statuses: allButOffer, due: .hoursAfterInterview(72), optional: true),
        PlaybookRule(kind: .keepGoing, subject: .plan, statuses: allButOffer, due: .hoursAfterInterview(72)),
        // An offer: answer it (thanks, and when you will decide) and tell the people who helped.
        PlaybookRule(kind: .answerOffer, subject: .firstOf([.hiringManager, .firstInterviewer]), statuses: [.offer],
                     due: .endOfNextBusinessDayAfterOutcome, draft: .answerOffer),
        PlaybookRule(kind: .shareNews, subject: .eachContact([.reference, .recruiter, .insider, .referrer, .mentor],
                                                             onlyIfMayBeContacted: false),
                     statuses: [.offer], due: .hoursAfterOutcome(7 * day), optional: true, draft: .shareNews),
    ]
}
