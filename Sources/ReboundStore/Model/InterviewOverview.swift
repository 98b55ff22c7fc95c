/// An interview as its page shows it: the interview, the done marks of its plan's steps, and
/// its share links that still work.
public struct InterviewOverview: Sendable {
    public let interview: StoredInterview
    public let stepStates: [StepState]
    public let shareLinks: [ShareLink]

    public init(interview: StoredInterview, stepStates: [StepState], shareLinks: [ShareLink]) {
        self.interview = interview
        self.stepStates = stepStates
        self.shareLinks = shareLinks
    }
}
