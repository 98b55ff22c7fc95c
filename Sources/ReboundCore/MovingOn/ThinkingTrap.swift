/// A thought that often follows a rejection, and a kinder, truer way to see it: shown after
/// a "no" beside the steps for moving on. Written for Rebound; a coach can review the table
/// without reading code.
public struct ThinkingTrap: Equatable, Sendable {
    /// The thought as people tell it to themselves.
    public let thought: String
    /// Another way to look at it.
    public let reframe: String

    public init(_ thought: String, _ reframe: String) {
        self.thought = thought
        self.reframe = reframe
    }

    /// The common traps, the most common first.
    public static let common: [ThinkingTrap] = [
        ThinkingTrap("One interview decides what I am worth.",
                     "An interview is an hour-long sample, judged by a few people against one opening on one day. It says how you fitted that role then, not what you are worth. Your skills are what they were this morning."),
        ThinkingTrap("They must have hated me.",
                     "You cannot see inside their decision. A no often comes down to a shortlist of several capable people, someone already inside, or a budget that moved. Ask for feedback instead of guessing the worst."),
        ThinkingTrap("It was all my fault.",
                     "Some of it was in your hands and much of it was not: the other candidates, the timing, what the team needed. Take the parts you can change into practice and let the rest go."),
        ThinkingTrap("I will never find a job.",
                     "Most people hear no several times before a yes, and each interview makes the next one easier. Count the applications you send and the questions you practise, not only the offers."),
        ThinkingTrap("I should have been perfect.",
                     "Every candidate stumbles somewhere, and interviewers expect it. What stays with them is how you carried on and what you sent afterwards."),
        ThinkingTrap("Everyone else is doing better than me.",
                     "You are comparing your hardest day with other people's announcements. Compare this interview with your last one instead: what went better this time?"),
    ]
}
