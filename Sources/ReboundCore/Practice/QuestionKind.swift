/// What a question is testing, which decides how to prepare an answer.
public enum QuestionKind: String, CaseIterable, Sendable {
    /// "Tell me about a time…": answered with a true story (situation, task, action, result).
    case behavioural
    /// Why this job, this employer, this field.
    case motivation
    /// "What would you do if…": a hypothetical worked through aloud.
    case situational
    /// Knowledge and skill of the trade.
    case technical
    /// Pay, benefits and terms.
    case salary
    /// The end of the interview: questions for them, next steps, last words.
    case closing

    /// How the kind reads in a sentence or a filter list.
    public var label: String {
        switch self {
        case .behavioural: "Behavioural"
        case .motivation: "Motivation"
        case .situational: "Situational"
        case .technical: "Technical"
        case .salary: "Salary"
        case .closing: "Closing"
        }
    }
}

/// A line of work the starter bank has questions for. Questions with no field suit any job.
public enum WorkField: String, CaseIterable, Sendable {
    case nursing
    case teaching
    case software
    case trades
    case retail
    case hospitality
    case finance
    case marketing
    case socialWork = "social-work"
    case logistics

    /// How the field reads in a filter list.
    public var label: String {
        switch self {
        case .socialWork: "Social work"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
