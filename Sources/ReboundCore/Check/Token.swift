/// A word of the message, with where it sits and its normalized form (lowercased,
/// apostrophes removed: "I’m" becomes "im") as a key and as bytes in the tokenizer's buffer.
struct Token {
    /// UTF-16 offsets of the word in the message.
    let start: Int
    let end: Int
    /// Which sentence (or bullet item, or part of the layout) the word is in.
    let sentence: Int
    /// Which clause (a stretch between commas, semicolons, dashes or brackets) the word is in.
    let clause: Int
    /// Whether the word starts with an upper-case letter as written.
    let isCapitalized: Bool
    /// Whether the word is inside a closed pair of double quotes: someone else's words
    /// (the interviewer's question, say), which the phrase rules leave alone.
    let isQuoted: Bool
    /// `WordKey` of the normalized word.
    let key: UInt64
    /// `WordKey` of its first three normalized bytes (0 when shorter), for stems.
    let prefixKey: UInt64
    /// Where the normalized bytes are in `Tokenizer.bytes`.
    let byteStart: Int
    let byteCount: Int
}

/// A stretch of the message, in UTF-16 offsets.
struct TextRange: Equatable {
    var start: Int
    var end: Int

    func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
}
