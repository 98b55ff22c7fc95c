/// Splits a message into words, sentences and clauses, keeping UTF-16 offsets.
/// Words are runs of letters or digits; apostrophes and hyphens inside a word belong to it
/// ("don't", "follow-up"). Sentences end at . ! ?, at a blank line, at a bullet or numbered
/// item, and at the given break offsets (the edges of subject, greeting, body and sign-off).
struct Tokenizer {
    /// Words after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "eg", "ie", "etc", "vs", "inc", "ltd", "jr", "sr", "no", "approx", "dept",
    ]

    private(set) var tokens: [Token] = []
    /// Each clause's range, from its first word to its last.
    private(set) var clauseRanges: [TextRange] = []

    init(_ text: String, breaks: [Int] = []) {
        let scalars = Array(text.unicodeScalars)
        var sentence = 0, clause = 0
        var sentenceOpen = false, clauseOpen = false
        var word = String.UnicodeScalarView()
        var wordStart = 0, wordEnd = 0, wordCapitalized = false
        var joinerPending: Unicode.Scalar?  // an apostrophe or hyphen right after a word
        var offset = 0
        var lineIsBlank = true
        var breakIndex = 0
        let breaks = breaks.sorted()

        func closeClause() {
            if clauseOpen { clause += 1; clauseOpen = false }
        }
        func closeSentence() {
            if sentenceOpen { sentence += 1; sentenceOpen = false }
            closeClause()
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            tokens.append(Token(normalized: String(word), start: wordStart, end: wordEnd,
                                sentence: sentence, clause: clause, isCapitalized: wordCapitalized))
            sentenceOpen = true
            clauseOpen = true
            word = String.UnicodeScalarView()
            joinerPending = nil
        }

        for (index, scalar) in scalars.enumerated() {
            let width = scalar.utf16.count
            defer { offset += width }
            if breakIndex < breaks.count, offset >= breaks[breakIndex] {
                while breakIndex < breaks.count, offset >= breaks[breakIndex] { breakIndex += 1 }
                flushWord()
                closeSentence()
            }
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            if Self.isWordCharacter(scalar) {
                if word.isEmpty {
                    wordStart = offset
                    wordCapitalized = scalar.properties.isUppercase
                } else if let joiner = joinerPending, joiner == "-" || joiner == "‐" {
                    word.append("-")
                }
                joinerPending = nil
                Self.appendNormalized(scalar, to: &word)
                wordEnd = offset + width
                lineIsBlank = false
                continue
            }
            if !word.isEmpty, joinerPending == nil, Self.isJoiner(scalar), let next, Self.isWordCharacter(next) {
                joinerPending = scalar
                continue
            }
            flushWord()
            switch scalar {
            case ".", "!", "?", "…", "。":
                // "Ms. Reyes" and "3.5" do not end a sentence.
                if scalar == ".", let last = tokens.last, last.end == offset, Self.abbreviations.contains(last.normalized) { break }
                if scalar == ".", let next, Self.isWordCharacter(next) { break }
                closeSentence()
            case ",", ";", ":", "(", ")", "—", "–", "\"", "“", "”", "/":
                closeClause()
            case "-":
                if index > 0, scalars[index - 1] == " " { closeClause() }
            case "\n", "\r", "\u{2028}", "\u{2029}":
                // A blank line, or a next line that starts a bullet or numbered item, ends a sentence.
                if lineIsBlank || Self.lineStartsItem(scalars, from: index + 1) { closeSentence() }
                lineIsBlank = true
            case "•", "·", "*":
                closeSentence()
            case " ", "\t":
                break
            default:
                lineIsBlank = false
            }
        }
        flushWord()
        var ranges: [TextRange] = []
        for token in tokens {
            if token.clause < ranges.count { ranges[token.clause].end = token.end } else {
                ranges.append(TextRange(start: token.start, end: token.end))
            }
        }
        clauseRanges = ranges
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "‘" || scalar == "-" || scalar == "‐"
    }

    /// Lower-cases into the normalized word; apostrophes are dropped ("don't" becomes "dont").
    static func appendNormalized(_ scalar: Unicode.Scalar, to word: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            let value = scalar.value
            word.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 32)! : scalar)
        } else {
            word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Whether the line starting at `index` opens with a bullet, or a number and a dot or bracket.
    static func lineStartsItem(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count else { return false }
        if ["-", "*", "•", "–", "·"].contains(scalars[index]) { return true }
        var digits = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { digits += 1; index += 1 }
        return digits > 0 && index < scalars.count && (scalars[index] == "." || scalars[index] == ")")
    }
}
