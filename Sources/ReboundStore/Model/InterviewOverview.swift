import Foundation

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

    /// The overview as a read at `now` would give it, nothing having been written since this
    /// one was read, provided `now` is not before that read: the share links that have expired
    /// in between are left out.
    public func seen(at now: Date) -> InterviewOverview {
        shareLinks.allSatisfy { $0.works(at: now) } ? self
            : InterviewOverview(interview: interview, stepStates: stepStates, shareLinks: shareLinks.filter { $0.works(at: now) })
    }
}
