/// The four parts of a story answer to a behavioural question, with a prompt for each,
/// in Rebound's own words.
public enum StarOutline: String, CaseIterable, Sendable {
    case situation
    case task
    case action
    case result

    /// The part's name.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// What to jot down for this part.
    public var prompt: String {
        switch self {
        case .situation: "Where and when was it? One or two sentences of background, no more."
        case .task: "What was yours to do or to solve, and what made it hard?"
        case .action: "What did you do, step by step? Say \"I\", not \"we\"."
        case .result: "How did it end? A number, a reaction, or what you learned and use now."
        }
    }
}
