/// A word of the message, normalized for matching, with where it sits.
struct Token {
    /// Lowercased, apostrophes removed, curly quotes folded: "I’m" becomes "im".
    let normalized: String
    /// UTF-16 offsets of the word in the message.
    let start: Int
    let end: Int
    /// Which sentence (or bullet item, or line of a greeting) the word is in.
    let sentence: Int
    /// Which clause (a stretch between commas, semicolons, dashes or brackets) the word is in.
    let clause: Int
    /// Whether the word starts with an upper-case letter as written.
    let isCapitalized: Bool
}

/// A stretch of the message, in UTF-16 offsets.
struct TextRange: Equatable {
    var start: Int
    var end: Int

    func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
}
