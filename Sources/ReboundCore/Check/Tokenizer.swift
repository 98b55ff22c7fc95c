/// Splits a message into words, sentences and clauses over its UTF-16 code units.
/// Words are runs of letters or digits; apostrophes and hyphens inside a word belong to it
/// ("don't", "follow-up"). Sentences end at . ! ?, at a blank line, at a bullet or numbered
/// item, and at the given break offsets (the edges of subject, greeting, body and sign-off).
struct Tokenizer {
    /// Words after which a full stop does not end a sentence.
    static let abbreviations = KeyTable(keys: [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "eg", "ie", "etc", "vs", "inc", "ltd", "jr", "sr", "no", "approx", "dept",
    ].map(WordKey.of))

    /// The most words a sentence holds; a longer run without an end is cut here. Real
    /// sentences are far shorter, and the cut keeps the cost of the rules linear in the text.
    static let longestSentence = 80

    private(set) var tokens: [Token] = []
    /// Each clause's range, from its first word to its last.
    private(set) var clauseRanges: [TextRange] = []
    /// The normalized bytes of every word, one after another.
    private(set) var bytes: [UInt8] = []
    /// Offsets of `[`, `{`, `<`, `(` and `_`, where a template slot could start.
    private(set) var slotOpenings: [Int] = []

    /// The normalized form of a token, as text.
    func word(_ token: Token) -> String {
        String(decoding: bytes[token.byteStart..<(token.byteStart + token.byteCount)], as: UTF8.self)
    }

    init(_ units: [UInt16], breaks: [Int] = []) {
        var state = State(capacity: units.count)
        state.run(units, breaks: breaks.sorted())
        tokens = state.tokens
        bytes = state.bytes
        slotOpenings = state.slotOpenings
        var ranges: [TextRange] = []
        for token in tokens {
            if token.clause < ranges.count { ranges[token.clause].end = token.end } else {
                ranges.append(TextRange(start: token.start, end: token.end))
            }
        }
        clauseRanges = ranges
    }

    /// The scanner's state as stored properties (local closures would box captured variables).
    private struct State {
        var tokens: [Token] = []
        var bytes: [UInt8] = []
        var sentence = 0, clause = 0
        var sentenceOpen = false, clauseOpen = false
        /// Words in the open sentence: a run of words without an end is cut after
        /// `Tokenizer.longestSentence`, so every rule looks at a bounded stretch of text.
        var wordsInSentence = 0
        var inWord = false
        var wordStart = 0, wordEnd = 0, wordCapitalized = false
        var byteStart = 0
        var hash = WordKey.offsetBasis, prefixHash = WordKey.offsetBasis
        var pendingHyphen = false, pendingJoiner = false
        var lineIsBlank = true
        var slotOpenings: [Int] = []
        /// While inside a quotation, the offset of its closing mark; otherwise -1.
        var quoteEnd = -1

        init(capacity: Int) {
            tokens.reserveCapacity(capacity / 5)
            bytes.reserveCapacity(capacity)
        }

        mutating func closeClause() {
            if clauseOpen { clause += 1; clauseOpen = false }
        }

        mutating func closeSentence() {
            if sentenceOpen { sentence += 1; sentenceOpen = false }
            wordsInSentence = 0
            closeClause()
        }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            bytes.append(byte)
            hash = WordKey.step(hash, byte)
            if bytes.count - byteStart <= 3 { prefixHash = WordKey.step(prefixHash, byte) }
        }

        mutating func flushWord() {
            guard inWord else { return }
            let count = bytes.count - byteStart
            tokens.append(Token(start: wordStart, end: wordEnd, sentence: sentence, clause: clause,
                                isCapitalized: wordCapitalized, isQuoted: wordStart < quoteEnd, key: WordKey.finish(hash),
                                prefixKey: count >= 3 ? WordKey.finish(prefixHash) : 0, byteStart: byteStart, byteCount: count))
            sentenceOpen = true
            clauseOpen = true
            inWord = false
            pendingJoiner = false
            wordsInSentence += 1
            if wordsInSentence >= Tokenizer.longestSentence { closeSentence() }
        }

        mutating func run(_ units: [UInt16], breaks: [Int]) {
            var breakIndex = 0
            var index = 0
            while index < units.count {
                let offset = index
                if breakIndex < breaks.count, offset >= breaks[breakIndex] {
                    while breakIndex < breaks.count, offset >= breaks[breakIndex] { breakIndex += 1 }
                    flushWord()
                    closeSentence()
                }
                var value = UInt32(units[index])
                var width = 1
                if value < 0x80 {
                    // ASCII: the common case, without Unicode property lookups.
                    index += 1
                    let isLower = value >= 0x61 && value <= 0x7A, isUpper = value >= 0x41 && value <= 0x5A
                    if isLower || isUpper || (value >= 0x30 && value <= 0x39) {
                        startOrContinueWord(at: offset, capitalized: isUpper)
                        append(UInt8(isUpper ? value + 32 : value))
                        wordEnd = offset + 1
                        continue
                    }
                    if value == 0x20 {
                        flushWord()
                        continue
                    }
                } else {
                    if (0xD800..<0xDC00).contains(value), index + 1 < units.count, (0xDC00..<0xE000).contains(UInt32(units[index + 1])) {
                        value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                        width = 2
                    }
                    index += width
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    if Tokenizer.isWordCharacter(scalar) {
                        startOrContinueWord(at: offset, capitalized: scalar.properties.isUppercase)
                        for lower in scalar.properties.lowercaseMapping.utf8 { append(lower) }
                        wordEnd = offset + width
                        continue
                    }
                }
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if inWord, !pendingJoiner, Tokenizer.isJoiner(scalar), index < units.count, Tokenizer.startsWord(units, at: index) {
                    pendingJoiner = true
                    pendingHyphen = scalar == "-" || scalar == "‐"
                    continue
                }
                flushWord()
                if scalar == "“" || scalar == "\"", quoteEnd < offset {
                    quoteEnd = Tokenizer.closingQuote(units, after: index, curly: scalar == "“") ?? -1
                }
                handleSeparator(scalar, at: offset, next: index, units: units)
            }
            flushWord()
        }

        @inline(__always)
        mutating func startOrContinueWord(at offset: Int, capitalized: Bool) {
            if !inWord {
                inWord = true
                wordStart = offset
                byteStart = bytes.count
                hash = WordKey.offsetBasis
                prefixHash = WordKey.offsetBasis
                wordCapitalized = capitalized
            } else if pendingHyphen {
                append(UInt8(ascii: "-"))
            }
            pendingHyphen = false
            pendingJoiner = false
            lineIsBlank = false
        }

        mutating func handleSeparator(_ scalar: Unicode.Scalar, at offset: Int, next index: Int, units: [UInt16]) {
            switch scalar {
            case ".", "!", "?", "…", "。":
                // "Ms. Reyes" and "3.5" do not end a sentence.
                if scalar == ".", let last = tokens.last, last.end == offset, Tokenizer.abbreviations.contains(last.key) { break }
                if scalar == ".", index < units.count, Tokenizer.startsWord(units, at: index) { break }
                closeSentence()
            case "(":
                slotOpenings.append(offset)
                closeClause()
            case ",", ";", ":", ")", "—", "–", "\"", "“", "”", "/":
                closeClause()
            case "-":
                if offset > 0, units[offset - 1] == 0x20 { closeClause() }
            case "\n", "\r", "\u{2028}", "\u{2029}":
                // A blank line, or a next line that starts a bullet or numbered item, ends a sentence.
                if lineIsBlank || Tokenizer.lineStartsItem(units, from: index) { closeSentence() }
                lineIsBlank = true
            case "•", "·", "*":
                closeSentence()
            case " ", "\t":
                break
            case "[", "{", "<", "_":
                slotOpenings.append(offset)
                lineIsBlank = false
            default:
                lineIsBlank = false
            }
        }
    }

    /// The offset of the mark closing a quotation opened just before `start`, if it closes
    /// within the paragraph and within 600 code units; an unclosed quote marks nothing.
    static func closingQuote(_ units: [UInt16], after start: Int, curly: Bool) -> Int? {
        var index = start
        var previousWasLineBreak = false
        while index < units.count, index - start < 600 {
            let unit = units[index]
            if unit == 0x201D || unit == 0x22 { return index }  // ” or "
            if unit == 0x201C, curly { return nil }  // another opening: the first one was stray
            if unit == 0x0A {
                if previousWasLineBreak { return nil }
                previousWasLineBreak = true
            } else if unit != 0x0D && unit != 0x20 && unit != 0x09 {
                previousWasLineBreak = false
            }
            index += 1
        }
        return nil
    }

    /// Whether the code unit at `index` starts a letter or digit.
    static func startsWord(_ units: [UInt16], at index: Int) -> Bool {
        let unit = UInt32(units[index])
        if unit < 0x80 { return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) }
        if (0xD800..<0xDC00).contains(unit) { return true }
        return Unicode.Scalar(unit).map(isWordCharacter) ?? false
    }

    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "‘" || scalar == "-" || scalar == "‐"
    }

    /// Whether the line starting at `index` opens with a bullet, or a number and a dot or bracket.
    static func lineStartsItem(_ units: [UInt16], from start: Int) -> Bool {
        var index = start
        while index < units.count, units[index] == 0x20 || units[index] == 0x09 { index += 1 }
        guard index < units.count else { return false }
        if [0x2D, 0x2A, 0x2022, 0x2013, 0xB7].contains(units[index]) { return true }
        var digits = 0
        while index < units.count, (0x30...0x39).contains(units[index]) { digits += 1; index += 1 }
        return digits > 0 && index < units.count && (units[index] == 0x2E || units[index] == 0x29)
    }
}
