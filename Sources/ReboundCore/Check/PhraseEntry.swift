/// One line of the phrasebook: a word pattern, and what a match means.
///
/// Pattern syntax (over lowercased words with apostrophes removed, so "I'm" is `im`):
/// - words separated by spaces must follow one another in one sentence;
/// - `a|b|c` is any of these words at that place;
/// - `stem*` is any word starting with `stem`;
/// - `word~` also accepts one typo (a letter missing, added, swapped or changed, not the first);
/// - a trailing `?` makes the place optional (`so? sorry`);
/// - `...` skips up to three words, `...6` up to six (any count from 1 to 9).
public struct PhraseEntry: Sendable {
    /// What a match of the pattern says.
    public enum Meaning: Sendable, Equatable {
        /// A problem for this rule; `group` picks the explanation in `CheckAdvice`.
        case finding(CheckRule, group: String)
        /// A fact about the sentence (such as "talks about the interview"), used by other entries.
        case cue(String)
    }

    public let meaning: Meaning
    public let pattern: String
    /// Cue tags that must all be present in the same sentence (or within `nearby` sentences).
    public let requires: [String]
    /// How many sentences before and after the match count for `requires` (0: its own only).
    public let nearby: Int
    /// Cue tags whose matches, when they take in any word of this match, cancel it: the
    /// narrow exceptions of a strong marker ("sorry to hear" for "sorry").
    public let unlessCovering: [String]
    /// Cue tags none of which may be present in the same sentence.
    public let unless: [String]
    /// Ignored in a sentence that tells a story about past work and does not mention the interview.
    public let skipInStory: Bool
    /// With `skipInStory`: ignored only where the story is unmistakable ("at my last job"),
    /// not wherever a word of work ("project", "team") appears.
    public let storyStrongOnly: Bool
    /// Ignored when a negation ("not", "never", "didn't"…) comes just before it in the clause.
    public let negatable: Bool

    public init(_ meaning: Meaning, _ pattern: String, requires: [String] = [], nearby: Int = 0, unless: [String] = [],
                unlessCovering: [String] = [], skipInStory: Bool = false, storyStrongOnly: Bool = false, negatable: Bool = false) {
        self.meaning = meaning
        self.pattern = pattern
        self.requires = requires
        self.nearby = nearby
        self.unlessCovering = unlessCovering
        self.unless = unless
        self.skipInStory = skipInStory
        self.storyStrongOnly = storyStrongOnly
        self.negatable = negatable
    }
}
