/// The user's notes on the interview, starting with what went right.
public struct Debrief: Equatable, Sendable {
    public var wentWell: [String]
    public var wentWrong: [Setback]
    public var questions: [InterviewQuestion]
    public var forgotToMention: [String]
    /// What the user will do differently next time, written when they reread their notes
    /// a couple of days later (`debrief.nextTime`, an addition to version 1 of the file).
    public var nextTime: [String]

    public init(wentWell: [String] = [], wentWrong: [Setback] = [], questions: [InterviewQuestion] = [],
                forgotToMention: [String] = [], nextTime: [String] = []) {
        self.wentWell = wentWell
        self.wentWrong = wentWrong
        self.questions = questions
        self.forgotToMention = forgotToMention
        self.nextTime = nextTime
    }

    /// Questions rated weak, in the order they were noted.
    public var weakQuestions: [InterviewQuestion] { questions.filter { $0.rating == .weak } }
}

/// Something that went wrong, and what kind of thing it was.
public struct Setback: Equatable, Sendable {
    public var text: String
    public var kind: SetbackKind

    public init(text: String, kind: SetbackKind = .other) {
        self.text = text
        self.kind = kind
    }
}

/// Kinds of things that go wrong in interviews.
public enum SetbackKind: String, CaseIterable, Sendable {
    case blank
    case weakAnswer = "weak-answer"
    case improperRemark = "improper-remark"
    case nerves
    case logistics
    case chemistry
    case other
}

/// A question the user remembers being asked.
public struct InterviewQuestion: Equatable, Sendable {
    public var text: String
    /// The name of one of the interviewers.
    public var askedBy: String?
    public var rating: AnswerRating
    /// The answer the user wishes they had given.
    public var betterAnswer: String?

    public init(text: String, askedBy: String? = nil, rating: AnswerRating = .ok, betterAnswer: String? = nil) {
        self.text = text
        self.askedBy = askedBy
        self.rating = rating
        self.betterAnswer = betterAnswer
    }
}

/// How the user feels they answered.
public enum AnswerRating: String, CaseIterable, Sendable {
    case strong
    case ok
    case weak
}

/// Someone around the interview who is not an interviewer.
public struct Contact: Equatable, Sendable {
    public var name: String
    public var relation: ContactRelation
    public var email: String?
    public var phone: String?
    /// For references: the employer may call them.
    public var mayBeContacted: Bool

    public init(name: String, relation: ContactRelation, email: String? = nil, phone: String? = nil, mayBeContacted: Bool = false) {
        self.name = name
        self.relation = relation
        self.email = email
        self.phone = phone
        self.mayBeContacted = mayBeContacted
    }
}

/// How a contact relates to the application.
public enum ContactRelation: String, CaseIterable, Sendable {
    case reference
    case recruiter
    /// Works at the company.
    case insider
    /// Made the introduction.
    case referrer
    case mentor
}
