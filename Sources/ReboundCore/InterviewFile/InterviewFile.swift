/// One interview and everything the user noted about it: the `rebound.interview/1`
/// document of `contracts/interview-file.md`.
public struct InterviewFile: Equatable, Sendable {
    /// The format tag every file carries.
    public static let format = "rebound.interview/1"

    /// The interview itself: company, role, time, people and outcome.
    public var interview: Interview
    /// What the user noted afterwards.
    public var debrief: Debrief
    /// People around the interview: references, recruiter, insider, referrer, mentor.
    public var contacts: [Contact]

    public init(interview: Interview, debrief: Debrief = Debrief(), contacts: [Contact] = []) {
        self.interview = interview
        self.debrief = debrief
        self.contacts = contacts
    }
}

/// The interview: who, what, when, and how it ended.
public struct Interview: Equatable, Sendable {
    public var company: String
    public var role: String
    public var start: Timestamp
    /// When absent the interview is taken to end one hour after `start`.
    public var end: Timestamp?
    /// The zone in which the interview's day and "end of day" are reckoned.
    public var timeZone: Zone
    public var mode: InterviewMode?
    /// At least one.
    public var interviewers: [Interviewer]
    /// False when the user decided the job, team or boss is not right for them.
    public var wantsJob: Bool
    public var outcome: Outcome
    /// When the employer said they would decide, if they did: it moves the `check-in` step.
    /// Never before `start`.
    public var decisionBy: Timestamp?

    public init(company: String, role: String, start: Timestamp, end: Timestamp? = nil, timeZone: Zone,
                mode: InterviewMode? = nil, interviewers: [Interviewer], wantsJob: Bool = true,
                outcome: Outcome = Outcome(), decisionBy: Timestamp? = nil) {
        self.company = company
        self.role = role
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.mode = mode
        self.interviewers = interviewers
        self.wantsJob = wantsJob
        self.outcome = outcome
        self.decisionBy = decisionBy
    }

    /// The end of the interview (`t0` of the playbook).
    public var effectiveEnd: Timestamp { end ?? start.adding(seconds: 3600) }

    /// The first interviewer marked as hiring manager.
    public var hiringManager: Interviewer? { interviewers.first(where: \.hiringManager) }
}

/// How the interview was held.
public enum InterviewMode: String, CaseIterable, Sendable {
    case inPerson = "in-person"
    case phone
    case video
}

/// One person who interviewed the user.
public struct Interviewer: Equatable, Sendable {
    public var name: String
    public var title: String?
    public var email: String?
    public var phone: String?
    public var hiringManager: Bool

    public init(name: String, title: String? = nil, email: String? = nil, phone: String? = nil, hiringManager: Bool = false) {
        self.name = name
        self.title = title
        self.email = email
        self.phone = phone
        self.hiringManager = hiringManager
    }
}

/// What the user has heard back.
public struct Outcome: Equatable, Sendable {
    public var status: OutcomeStatus
    /// When the user heard; required unless the status is pending.
    public var at: Timestamp?
    /// When the next round is, for `next-round`.
    public var nextRoundAt: Timestamp?

    public init(status: OutcomeStatus = .pending, at: Timestamp? = nil, nextRoundAt: Timestamp? = nil) {
        self.status = status
        self.at = at
        self.nextRoundAt = nextRoundAt
    }
}

/// Where the application stands.
public enum OutcomeStatus: String, CaseIterable, Sendable {
    case pending
    case nextRound = "next-round"
    case rejected
    case offer
    case withdrawn
}
