import Foundation

/// An interview with everything the user did about it: the steps they marked done and the
/// drafts they edited. The unit of "export everything" and of import.
public struct InterviewRecord: Equatable, Sendable {
    public var interview: StoredInterview
    /// The steps marked done, with when. Steps not in the interview's plan are ignored on import.
    public var doneSteps: [StepState]
    public var drafts: [SavedDraft]
    /// False for an interview from a plain interview file, which names no ID (its ID here
    /// is new): on import it restores over the user's interview with the same company, role
    /// and start, when there is one, so importing the same file twice keeps one interview.
    public var carriesID: Bool

    public init(interview: StoredInterview, doneSteps: [StepState] = [], drafts: [SavedDraft] = [], carriesID: Bool = true) {
        self.interview = interview
        self.doneSteps = doneSteps
        self.drafts = drafts
        self.carriesID = carriesID
    }
}
