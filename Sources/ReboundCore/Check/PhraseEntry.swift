/// One line of the phrasebook: a word pattern, and what a match means.
///
/// Pattern syntax (over lowercased words with apostrophes removed, so "I'm" is `im`):
/// - words separated by spaces must follow one another in one sentence;
/// - `a|b|c` is any of these words at that place;
/// - `stem*` is any word starting with `stem`;
/// - `word~` also accepts one typo (a letter missing, added, swapped or changed, not the first);
/// - a trailing `?` makes the place optional (`so? sorry`);
/// - `...` skips up to three words.
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
    /// Cue tags that must all be present in the same sentence.
    public let requires: [String]
    /// Cue tags none of which may be present in the same sentence.
    public let unless: [String]
    /// Ignored in a sentence that tells a story about past work and does not mention the interview.
    public let skipInStory: Bool
    /// Ignored when a negation ("not", "never", "didn't"…) comes just before it in the clause.
    public let negatable: Bool

    public init(_ meaning: Meaning, _ pattern: String, requires: [String] = [], unless: [String] = [],
                skipInStory: Bool = false, negatable: Bool = false) {
        self.meaning = meaning
        self.pattern = pattern
        self.requires = requires
        self.unless = unless
        self.skipInStory = skipInStory
        self.negatable = negatable
    }
}
