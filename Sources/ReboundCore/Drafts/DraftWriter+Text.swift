extension DraftWriter {
    /// How to address someone in a greeting: the first name, or title and surname ("Dr. Ruiz").
    static func addressName(_ name: String) -> String {
        let parts = name.unicodeScalars.split(whereSeparator: { $0.isSpace }).map(String.init)
        guard let first = parts.first else { return name }
        if titles.contains(first.lowercased()), let last = parts.last, parts.count > 1 { return "\(first) \(last)" }
        return first
    }

    /// Titles that come before a surname in a greeting.
    static let titles: Set<String> = ["dr", "dr.", "prof", "prof.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "mx", "mx."]

    /// Runs of letters or digits in a text: the length guard's count, close to the check's own.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                let isWord = isLetter || (inWord && (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")))
                if isWord, !inWord { count += 1 }
                inWord = isWord
            }
            return count
        }
        for scalar in text.unicodeScalars {
            let isWord = Tokenizer.isWordCharacter(scalar) || (inWord && (scalar == "'" || scalar == "’" || scalar == "-"))
            if isWord, !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// At most `words` words: whole sentences when they fit, else the first words and "…".
    static func clip(_ text: String, words limit: Int) -> String {
        // Most notes are short: count ASCII-space-separated runs first, and return at once.
        var runs = 0, inRun = false, ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false }
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if !isSpace, !inRun { runs += 1 }
            inRun = !isSpace
        }
        if ascii, runs <= limit { return text }
        // Find where each word ends, in one pass over the scalars, stopping past the limit.
        var wordEnds: [String.UnicodeScalarView.Index] = []
        var sentenceEnds: [Int] = []  // indices into wordEnds of words ending a sentence
        var inWord = false
        var previous: Unicode.Scalar = " "
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isSpace = scalar.isSpace
            if isSpace, inWord {
                wordEnds.append(index)
                if ".!?".unicodeScalars.contains(previous) { sentenceEnds.append(wordEnds.count - 1) }
                if wordEnds.count > limit { break }
            }
            inWord = !isSpace
            previous = scalar
            index = scalars.index(after: index)
        }
        if inWord { wordEnds.append(scalars.endIndex) }
        guard wordEnds.count > limit else { return text }
        if let lastStop = sentenceEnds.last(where: { $0 < limit }), lastStop + 1 >= limit / 3 {
            return String(scalars[..<wordEnds[lastStop]]).trimmingWhitespace()
        }
        return String(scalars[..<wordEnds[limit - 1]]).trimmingWhitespace().trimmingFinalStop() + "…"
    }

    static func endingWithStop(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?…”\"".contains(last) ? text : text + "."
    }
}

extension String {
    /// The text without a trailing full stop, question mark or exclamation mark.
    /// "My analytics certificate" becomes "my analytics certificate" when quoted mid-sentence.
    /// Only common words that start a note are lowered; names and "I" keep their capital.
    func loweringNoteStart() -> String {
        let starters: Set<Substring> = ["My", "The", "A", "An", "Our", "That", "This", "How", "Why", "What", "When", "Where", "Some", "Two", "Three"]
        guard let first = split(separator: " ", maxSplits: 1).first, starters.contains(first) else { return self }
        return prefix(1).lowercased() + dropFirst()
    }

    func trimmingFinalStop() -> String {
        var text = self.trimmingWhitespace()
        while let last = text.last, ".!?;,".contains(last) { text.removeLast() }
        return text
    }
}

extension String {
    /// "Litware Inc.." becomes "Litware Inc.": a name ending in a stop, followed by the template's stop.
    /// An ellipsis ("...") is left alone.
    func collapsingDoubleStops() -> String {
        let bytes = Array(utf8)
        let dot = UInt8(ascii: ".")
        guard bytes.count > 1, bytes.indices.dropFirst().contains(where: { bytes[$0] == dot && bytes[$0 - 1] == dot }) else {
            return self
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for index in bytes.indices {
            let isSecondOfExactlyTwo = bytes[index] == dot && index >= 2 && bytes[index - 1] == dot
                && bytes[index - 2] != dot && (index + 1 == bytes.count || bytes[index + 1] != dot)
            if !isSecondOfExactlyTwo { result.append(bytes[index]) }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension Array {
    /// The array turned so that the element at `offset` comes first.
    func rotated(by offset: Int) -> [Element] {
        guard !isEmpty else { return self }
        let shift = offset % count
        return Array(self[shift...] + self[..<shift])
    }
}
