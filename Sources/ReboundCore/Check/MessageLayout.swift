/// Where the parts of a message are: the optional `Subject:` line, the greeting, the body
/// and the sign-off, as UTF-16 ranges into the text.
struct MessageLayout {
    var subject: TextRange?
    var greeting: TextRange?
    var body: TextRange
    var signOff: TextRange?
    /// Every line of the text, for the rules that read whole lines.
    let lines: [Line]

    /// A line of the text without its line break, in UTF-16 offsets.
    struct Line {
        let range: TextRange
        /// Whether the line holds only spaces and tabs.
        let isBlank: Bool

        /// The first `count` code units of the line.
        func prefix(_ count: Int) -> Line {
            Line(range: TextRange(start: range.start, end: min(range.end, range.start + count)), isBlank: isBlank)
        }

        /// The line's text (made only for the few lines the layout inspects).
        func text(in units: [UInt16]) -> Substring {
            Substring(UTF16Text.string(units[range.start..<range.end]))
        }
    }

    init(_ text: String, units: [UInt16]? = nil, vocabulary: LayoutVocabulary = .standard) {
        let units = units ?? Array(text.utf16)
        let lines = Self.lines(of: units)
        self.lines = lines
        var first = 0
        if let line = lines.first, line.text(in: units).lowercased().hasPrefix("subject:") {
            let skip = "subject:".utf16.count
            subject = TextRange(start: line.range.start + skip, end: line.range.end)
            first = 1
        }
        while first < lines.count, lines[first].isBlank { first += 1 }
        var bodyStart = first < lines.count ? lines[first].range.start : units.count
        if first < lines.count, let greetingEnd = vocabulary.greetingEnd(of: lines[first], text: lines[first].prefix(80).text(in: units)) {
            greeting = TextRange(start: lines[first].range.start, end: greetingEnd)
            bodyStart = greetingEnd
        }
        var bodyEnd = units.count
        let tail = lines.indices.filter { $0 >= first && !lines[$0].isBlank }.suffix(8)
        // A closing is a short line; long lines are body text and are not decoded.
        if let closing = tail.last(where: { lines[$0].range.end - lines[$0].range.start <= 60 && vocabulary.isClosing(lines[$0].text(in: units)) }),
           lines[closing].range.start >= bodyStart {
            signOff = TextRange(start: lines[closing].range.start, end: units.count)
            bodyEnd = lines[closing].range.start
        }
        body = TextRange(start: bodyStart, end: max(bodyStart, bodyEnd))
    }

    /// The lines of a text, split at line feeds; a carriage return before one is left out.
    static func lines(of units: [UInt16], in range: TextRange? = nil) -> [Line] {
        let range = range ?? TextRange(start: 0, end: units.count)
        var lines: [Line] = []
        var start = range.start
        var blank = true
        for index in range.start..<range.end {
            let unit = units[index]
            if unit == 0x0A {
                let end = index > start && units[index - 1] == 0x0D ? index - 1 : index
                lines.append(Line(range: TextRange(start: start, end: end), isBlank: blank))
                start = index + 1
                blank = true
            } else if unit != 0x20 && unit != 0x09 && unit != 0x0D {
                blank = false
            }
        }
        lines.append(Line(range: TextRange(start: start, end: range.end), isBlank: blank))
        return lines
    }
}

/// The words that mark greetings and sign-offs, kept as data.
struct LayoutVocabulary: Sendable {
    /// Words or phrases that open a greeting ("Hi Dana,").
    let salutations: [String]
    /// Whole lines that close a message ("Best regards,").
    let closings: Set<String>
    /// The salutations split into words, once.
    let salutationWords: [[String]]

    init(salutations: [String], closings: Set<String>) {
        self.salutations = salutations
        self.closings = closings
        salutationWords = salutations.map { $0.split(separator: " ").map(String.init) }
        salutationFirstWords = Set(salutationWords.compactMap(\.first))
        closingFirstWords = Set(closings.compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    /// The first words of salutations and closings, to pass over body lines quickly.
    let salutationFirstWords: Set<String>
    let closingFirstWords: Set<String>

    static let standard = LayoutVocabulary(
        salutations: ["hi", "hello", "hey", "dear", "greetings", "good morning", "good afternoon", "good evening",
                      "good day", "hiya", "morning", "afternoon", "to whom"],
        closings: [
            "best", "best regards", "kind regards", "warm regards", "warmest regards", "regards", "many regards",
            "sincerely", "yours sincerely", "sincerely yours", "yours truly", "yours faithfully", "faithfully",
            "thanks", "thank you", "thanks again", "thank you again", "many thanks", "with thanks", "with many thanks",
            "thanks so much", "thank you so much", "thanks very much", "thank you very much", "with gratitude",
            "gratefully", "with appreciation", "all the best", "all best", "best wishes", "warm wishes", "warmly",
            "cheers", "take care", "respectfully", "cordially", "with best regards", "with kind regards",
            "with warm regards", "talk soon", "speak soon", "yours", "best, and thanks", "thanks and regards",
            "thanks and best regards", "regards and thanks", "warmest", "kindest regards", "kind wishes",
        ])

    /// The first word of a line, lowercased, when it is plain ASCII letters (else nil).
    static func firstASCIIWord(_ line: Substring) -> String? {
        var bytes: [UInt8] = []
        for byte in line.utf8 {
            if byte >= 0x41 && byte <= 0x5A { bytes.append(byte + 32) } else if byte >= 0x61 && byte <= 0x7A { bytes.append(byte) } else if bytes.isEmpty, byte == 0x20 || byte == 0x09 {
                continue
            } else {
                break
            }
            if bytes.count > 12 { return nil }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a line is a closing, alone or followed by a name on the same line ("Thanks, Alex").
    func isClosing(_ line: Substring) -> Bool {
        if let first = Self.firstASCIIWord(line), !closingFirstWords.contains(first) { return false }
        let words = Self.plainWords(line)
        guard !words.isEmpty, words.count <= 6 else { return false }
        for length in stride(from: min(words.count, 4), through: 1, by: -1) {
            let phrase = words.prefix(length).joined(separator: " ")
            guard closings.contains(phrase) else { continue }
            if length == words.count { return true }
            // "Thanks, Alex" or "Best, Alex Kim": the closing is followed by a comma and a short name.
            let trimmed = line.drop(while: \.isWhitespace)
            if let comma = trimmed.firstIndex(of: ","), Self.plainWords(trimmed[..<comma]).count == length,
               words.count - length <= 3 {
                return true
            }
        }
        return false
    }

    /// The UTF-16 offset where the greeting on this line ends, or nil when the line is no greeting.
    func greetingEnd(of line: MessageLayout.Line, text: Substring) -> Int? {
        // Most lines are body text: skip them before splitting them into words.
        let isShort = line.range.end - line.range.start <= 40
        if !isShort, let first = Self.firstASCIIWord(text), !salutationFirstWords.contains(first) { return nil }
        let words = Self.plainWords(text)
        guard let firstWord = words.first else { return nil }
        let opensWithSalutation = salutationWords.contains { parts in
            words.count >= parts.count && zip(words, parts).allSatisfy { $0 == $1 }
        }
        // Most lines are body text: neither a salutation nor a name alone on its line.
        if !opensWithSalutation, words.count > 3 { return nil }
        let trimmed = text.trimmingTrailingWhitespace()
        // "Dana," alone on its line also greets.
        let bareName = words.count <= 3 && (trimmed.hasSuffix(",") || trimmed.hasSuffix("!"))
            && firstWord.first?.isLetter == true && text.first(where: { !$0.isWhitespace })?.isUppercase == true
        guard opensWithSalutation || bareName else { return nil }
        // The greeting runs to the first comma, colon or exclamation mark, if that comes soon.
        var offset = line.range.start
        var wordsSeen = 0
        var inWord = false
        for character in text {
            if character.isLetter || character.isNumber {
                if !inWord { wordsSeen += 1; inWord = true }
            } else {
                inWord = false
            }
            offset += character.utf16.count
            if character == "," || character == "!" || character == ":" || character == "—" {
                return wordsSeen <= 6 ? offset : nil
            }
        }
        return words.count <= 6 ? offset : nil
    }

    /// Lowercased words of a line, apostrophes removed.
    static func plainWords<S: StringProtocol>(_ text: S) -> [String] { NameCheck.parts(of: String(text)) }
}

extension StringProtocol {
    func trimmingTrailingWhitespace() -> SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
