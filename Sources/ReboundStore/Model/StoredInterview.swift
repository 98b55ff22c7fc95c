import Foundation
import ReboundCore

/// Where the user is in the guided debrief. Pages are saved as the user goes, so leaving
/// half-way keeps everything entered so far and the debrief resumes at the same page.
public enum DebriefStage: String, CaseIterable, Sendable {
    case wentWell = "went-well"
    case wentWrong = "went-wrong"
    case questions
    case forgot
    case interviewers
    case contacts
    case wantsJob = "wants-job"
    /// The debrief is finished; the interview page shows the plan.
    case done
}

/// One interview as kept for a user: the interview file (the contract's format) plus what
/// the app knows around it.
public struct StoredInterview: Equatable, Sendable {
    public let id: InterviewID
    public var file: InterviewFile
    public var stage: DebriefStage
    public let createdAt: Date
    public var updatedAt: Date

    public init(id: InterviewID, file: InterviewFile, stage: DebriefStage, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.file = file
        self.stage = stage
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension StoredInterview {
    /// The questions its debrief notes, as the question bank takes them.
    public var askedQuestions: [(text: String, asked: AskedQuestion)] { file.askedQuestions(interviewID: id.rawValue) }

    /// Its ID and file, as the core's views across interviews (companies) take them.
    public var idAndFile: (id: String, file: InterviewFile) { (id.rawValue, file) }
}

/// A line of the dashboard's list of interviews.
public struct InterviewSummary: Equatable, Sendable {
    public let id: InterviewID
    public let company: String
    public let role: String
    public let start: Date
    /// The interview's IANA zone, for showing its times as the user lived them.
    public let timeZone: String
    public let status: OutcomeStatus
    public let stage: DebriefStage
    /// Steps not yet done, and how many of them were due before the moment asked about.
    public let openSteps: Int
    public let lateSteps: Int
}

/// A step not yet done, for the dashboard's "due next" and "late" lists.
public struct OpenStep: Equatable, Sendable {
    public let interviewID: InterviewID
    public let company: String
    public let timeZone: String
    public let key: StepKey
    public let kind: StepKind
    public let due: Date
    public let optional: Bool
}

/// The state of one step of an interview's plan.
public struct StepState: Equatable, Sendable {
    public let key: StepKey
    public let doneAt: Date?

    public init(key: StepKey, doneAt: Date?) {
        self.key = key
        self.doneAt = doneAt
    }
}

extension Array where Element == StepState {
    /// When each step that is done was done, by step.
    public var doneAt: [StepKey: Date] {
        Dictionary(compactMap { state in state.doneAt.map { (state.key, $0) } }, uniquingKeysWith: { first, _ in first })
    }
}
