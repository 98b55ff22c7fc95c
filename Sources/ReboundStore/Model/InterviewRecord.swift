import Foundation

/// An interview with everything the user did about it: the steps they marked done and the
/// drafts they edited. The unit of "export everything" and of import.
public struct InterviewRecord: Equatable, Sendable {
    public var interview: StoredInterview
    /// The steps marked done, with when. Steps not in the interview's plan are ignored on import.
    public var doneSteps: [StepState]
    public var drafts: [SavedDraft]

    public init(interview: StoredInterview, doneSteps: [StepState] = [], drafts: [SavedDraft] = []) {
        self.interview = interview
        self.doneSteps = doneSteps
        self.drafts = drafts
    }
}
