/// Finds template slots left unfilled: `[Interviewer's Name]`, `{{company}}`, `<Company>`,
/// `XXX`, `TODO`, `TK`, `___`, and what templates copied from the web leave behind: a line
/// that is only `Your Name`, `Company Name`, `XYZ Company`, `ABC Corp`, `Mr./Ms. X`, an
/// instruction in brackets or parentheses (`(mention a project)`, `[insert a skill]`), an
/// unchosen alternative (`Intern/Associate/etc.`). Leaves alone citation marks (`[1]`), links
/// (`[text](url)`), addresses in angle brackets (`<name@host.example>`), simple HTML tags, a
/// real aside in parentheses, and words that merely contain the letters (`TKO`, `Atkins`).
///
/// Every pass is one walk over the text or its words; the ranges come out in order.
enum PlaceholderScanner {
    /// Upper-case words that only ever appear in unfilled templates.
    static let slotWords: Set<String> = ["TODO", "TK", "FIXME", "NAME", "FIRSTNAME", "LASTNAME", "COMPANY", "ROLE", "POSITION", "TITLE", "XYZ"]
    /// Tag names that are HTML, not slots, inside angle brackets.
    static let htmlTags: Set<String> = [
        "a", "b", "i", "u", "p", "br", "hr", "em", "strong", "div", "span", "ul", "ol", "li", "h1", "h2", "h3", "h4",
        "img", "table", "tr", "td", "th", "code", "pre", "blockquote", "small", "sub", "sup",
    ]
    /// Bracketed words that are editorial marks, not slots.
    static let editorialMarks: Set<String> = ["sic", "sic!", "x", "", "edited", "emphasis added", "redacted", "sp"]
    /// Lines that are nothing but a slot for the sender's details (compared lowercased,
    /// without brackets and a final colon or full stop).
    static let slotLines: Set<String> = [
        "your name", "your full name", "your first name", "your last name", "your signature", "signature", "full name",
        "first name last name", "firstname lastname", "name", "your title", "your job title", "your phone number", "phone number",
        "your email", "your email address", "email address", "your contact information", "contact information", "your address",
        "your linkedin", "your linkedin profile", "your phone", "your contact details", "your name here",
    ]
    /// Title-cased phrases that name a slot rather than a thing ("Company Name", "Job Title").
    static let slotPhrases: [[String]] = [
        ["company", "name"], ["job", "title"], ["position", "title"], ["role", "title"], ["your", "name"], ["first", "name"],
        ["last", "name"], ["hiring", "manager's", "name"], ["hiring", "managers", "name"], ["interviewer's", "name"],
        ["interviewers", "name"], ["recipient", "name"], ["recipient's", "name"], ["company", "address"], ["job", "name"],
        ["organization", "name"], ["organisation", "name"], ["school", "name"], ["employer", "name"], ["date", "of", "interview"],
        ["interview", "date"], ["specific", "skill"], ["relevant", "skill"], ["your", "phone", "number"],
    ].map { $0.map { $0.replacingOccurrences(of: "'", with: "") } }
    /// Stand-in employers of sample letters, written in capitals, before a word that makes
    /// them a company ("XYZ Company", "ABC Corp"); `XYZ` is a slot on its own.
    static let sampleEmployers: Set<String> = ["ABC", "XYZ", "ACME"]
    static let companyWords: Set<String> = [
        "company", "corp", "corporation", "inc", "ltd", "limited", "co", "industries", "group", "llc", "plc", "enterprises",
        "solutions", "organization", "organisation", "firm", "bank", "school", "hospital", "store",
    ]
    /// Words that open an instruction to the writer, not a real aside, in parentheses or brackets.
    static let instructionOpeners: Set<String> = [
        "insert", "add", "mention", "describe", "include", "enter", "type", "fill", "choose", "pick", "select", "name", "list",
        "state", "specify", "replace", "paste", "write", "explain", "give", "highlight", "reference", "cite", "summarize",
        "summarise", "discuss", "elaborate", "detail", "briefly", "optional", "specific", "relevant", "example", "eg",
        "e.g", "placeholder",
    ]
    /// Openers that are instructions only before an article or "your" ("a specific project", "your name and credentials").
    static let slotNouns: Set<String> = [
        "name", "names", "title", "date", "number", "company", "position", "role", "job", "skill", "skills", "project",
        "example", "credentials", "degree", "phone", "email", "address", "signature", "achievement", "accomplishment",
        "experience", "qualification", "qualifications", "certification", "detail", "details", "topic", "field",
    ]
    /// Titles that a template offers as alternatives ("Mr./Ms.").
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr"]

    /// Keys of the lower-case forms of `slotWords`, to test tokens before decoding their written form.
    static let slotWordKeys = KeyTable(keys: slotWords.map { WordKey.of($0.lowercased()) })
    static let slotPhraseKeys: [[UInt64]] = slotPhrases.map { $0.map(WordKey.of) }
    /// Keys of the first words of `slotPhrases`, so most words are passed over at once.
    static let slotPhraseFirstKeys = KeyTable(keys: slotPhraseKeys.compactMap(\.first))
    static let sampleEmployerKeys = KeyTable(keys: sampleEmployers.map { WordKey.of($0.lowercased()) })
    static let companyWordKeys = KeyTable(keys: companyWords.map(WordKey.of))
    static let titleKeys = KeyTable(keys: titles.map(WordKey.of))
    static let etcKey = WordKey.of("etc")

    /// The slots of a text, given its words and its lines (`MessageLayout.lines`).
    static func placeholders(in units: [UInt16], tokenizer: Tokenizer, lines: [MessageLayout.Line]) -> [TextRange] {
        var ranges: [TextRange] = []
        bracketed(units, tokenizer: tokenizer, into: &ranges)
        words(units, tokenizer: tokenizer, into: &ranges)
        senderSlotLines(units, lines, into: &ranges)
        ranges.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        // Keep the first of overlapping ranges.
        var kept: [TextRange] = []
        for range in ranges where kept.last.map({ range.start >= $0.end }) ?? true { kept.append(range) }
        return kept
    }

    /// Slots in brackets, braces, angle brackets and parentheses, and runs of underscores.
    private static func bracketed(_ units: [UInt16], tokenizer: Tokenizer, into ranges: inout [TextRange]) {
        var coveredUntil = 0
        // Only brackets and underscores can open a slot; the tokenizer noted where they are.
        for index in tokenizer.slotOpenings where index >= coveredUntil {
            let unit = units[index]
            var found: TextRange?
            if unit == 0x5B /* [ */, let close = closing(0x5D, in: units, from: index + 1) {
                let inner = UTF16Text.string(units[(index + 1)..<close])
                let isLink = close + 1 < units.count && units[close + 1] == 0x28 /* ( */
                if !isLink, isSlotText(inner), !editorialMarks.contains(inner.lowercased().trimmingWhitespace()) {
                    found = TextRange(start: index, end: close + 1)
                }
            } else if unit == 0x7B /* { */, let close = closing(0x7D, in: units, from: index + 1) {
                var end = close + 1
                if end < units.count, units[end] == 0x7D { end += 1 }  // {{ … }}
                let inner = UTF16Text.string(units[(index + 1)..<close]).filter { $0 != "{" }
                if isSlotText(inner) { found = TextRange(start: index, end: end) }
            } else if unit == 0x3C /* < */, let close = closing(0x3E, in: units, from: index + 1) {
                if isAngleSlot(UTF16Text.string(units[(index + 1)..<close])) { found = TextRange(start: index, end: close + 1) }
            } else if unit == 0x28 /* ( */, let close = closing(0x29, in: units, from: index + 1, limit: 120) {
                if isInstruction(UTF16Text.string(units[(index + 1)..<close])) { found = TextRange(start: index, end: close + 1) }
            } else if unit == 0x5F /* _ */ {
                var end = index
                while end < units.count, units[end] == 0x5F { end += 1 }
                if end - index >= 3 { found = TextRange(start: index, end: end) }
            }
            if let found {
                ranges.append(found)
                coveredUntil = found.end
            }
        }
    }

    /// Slot words (`TODO`, `XXX`), title-cased slot phrases (`Company Name`), stand-in
    /// employers (`XYZ Company`), alternative titles (`Mr./Ms.`, `Ms. X`) and slash lists
    /// ending in `etc`.
    private static func words(_ units: [UInt16], tokenizer: Tokenizer, into ranges: inout [TextRange]) {
        let tokens = tokenizer.tokens
        let bytes = tokenizer.bytes
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            var isExes = token.byteCount >= 3
            if isExes {
                for offset in 0..<token.byteCount where bytes[token.byteStart + offset] != UInt8(ascii: "x") {
                    isExes = false
                    break
                }
            }
            let written = { UTF16Text.string(units[token.start..<token.end]) }
            // "XYZ Company" as one slot, before "XYZ" alone.
            if position + 1 < tokens.count, sampleEmployerKeys.contains(token.key), companyWordKeys.contains(tokens[position + 1].key),
               tokens[position + 1].sentence == token.sentence, sampleEmployers.contains(written()) {
                ranges.append(TextRange(start: token.start, end: tokens[position + 1].end))
                position += 2
                continue
            }
            if isExes || (slotWordKeys.contains(token.key) && slotWords.contains(written())) {
                ranges.append(TextRange(start: token.start, end: token.end))
                position += 1
                continue
            }
            if slotPhraseFirstKeys.contains(token.key),
               let phrase = slotPhraseKeys.first(where: { matches($0, tokens, at: position, capitalized: true) }) {
                ranges.append(TextRange(start: token.start, end: tokens[position + phrase.count - 1].end))
                position += phrase.count
                continue
            }
            if titleKeys.contains(token.key), position + 1 < tokens.count {
                let next = tokens[position + 1]
                let between = UTF16Text.string(units[token.end..<next.start])
                // "Mr./Ms." offers two titles; "Ms. X" names nobody.
                if titleKeys.contains(next.key), between.contains("/") {
                    ranges.append(TextRange(start: token.start, end: next.end + (next.end < units.count && units[next.end] == 0x2E ? 1 : 0)))
                    position += 2
                    continue
                }
                if next.end - next.start == 1, units[next.start] == 0x58 /* X */, between.trimmingWhitespace() == "." || between == " " {
                    ranges.append(TextRange(start: token.start, end: next.end))
                    position += 2
                    continue
                }
            }
            // "Intern/Associate/etc.": words joined by slashes, the last of them "etc".
            if position + 2 < tokens.count, isSlashJoined(units, tokens[position], tokens[position + 1]) {
                var last = position + 1
                while last + 1 < tokens.count, isSlashJoined(units, tokens[last], tokens[last + 1]) { last += 1 }
                if tokens[last].key == etcKey {
                    let end = tokens[last].end < units.count && units[tokens[last].end] == 0x2E ? tokens[last].end + 1 : tokens[last].end
                    ranges.append(TextRange(start: token.start, end: end))
                }
                position = last + 1
                continue
            }
            position += 1
        }
    }

    /// Lines that hold nothing but a slot for the sender's details ("Your Name").
    private static func senderSlotLines(_ units: [UInt16], _ lines: [MessageLayout.Line], into ranges: inout [TextRange]) {
        for line in lines where !line.isBlank && line.range.end - line.range.start <= 40 {
            var text = UTF16Text.string(units[line.range.start..<line.range.end]).trimmingWhitespace()
            text = text.trimmingCharacters(of: "[").trimmingCharacters(of: "]").trimmingCharacters(of: ":").trimmingCharacters(of: ".")
            if slotLines.contains(text.lowercased().trimmingWhitespace()) {
                ranges.append(MessageChecker.trimmed(line.range, in: units))
            }
        }
    }

    private static func matches(_ phrase: [UInt64], _ tokens: [Token], at position: Int, capitalized: Bool) -> Bool {
        guard position + phrase.count <= tokens.count else { return false }
        for (offset, key) in phrase.enumerated() {
            let token = tokens[position + offset]
            if token.key != key || (capitalized && !token.isCapitalized) || token.sentence != tokens[position].sentence { return false }
        }
        return true
    }

    private static func isSlashJoined(_ units: [UInt16], _ first: Token, _ second: Token) -> Bool {
        second.start - first.end == 1 && units[first.end] == 0x2F /* / */
    }

    /// The index of the closing bracket on the same line, within `limit` code units.
    private static func closing(_ bracket: UInt16, in units: [UInt16], from start: Int, limit: Int = 60) -> Int? {
        var index = start
        while index < units.count, index - start <= limit {
            if units[index] == bracket { return index }
            if units[index] == 0x0A { return nil }
            index += 1
        }
        return nil
    }

    /// Text inside brackets that names something to fill in: has a letter, is not a number list.
    private static func isSlotText(_ inner: String) -> Bool {
        inner.contains(where: \.isLetter) && !inner.contains("://")
    }

    /// Text in parentheses that tells the writer what to put there: it opens with an
    /// instruction ("mention a project", "insert date"), or it is an article or "your"
    /// before a slot noun ("a specific project", "your name and credentials").
    private static func isInstruction(_ inner: String) -> Bool {
        let words = inner.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "." }).map(String.init)
        guard let first = words.first else { return false }
        if instructionOpeners.contains(first) { return true }
        if ["a", "an", "your", "the"].contains(first), words.count >= 2 {
            let rest = words.dropFirst().prefix(3)
            if rest.contains(where: slotNouns.contains), words.count <= 12,
               rest.first.map({ ["specific", "relevant", "name", "title", "date", "number", "example", "skill", "project"].contains($0) || first == "your" }) ?? false {
                return true
            }
        }
        return false
    }

    private static func isAngleSlot(_ inner: String) -> Bool {
        let trimmed = inner.trimmingWhitespace()
        guard let first = trimmed.first, first.isLetter, !trimmed.contains("@"), !trimmed.contains("://"),
              !trimmed.hasPrefix("mailto:"), !trimmed.hasPrefix("tel:") else { return false }
        let tagName = trimmed.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        return !htmlTags.contains(tagName.trimmingCharacters(of: "/"))
    }
}

extension String {
    /// The text without any run of `character` at either end ("[[Name]" trimmed of "[" is "Name]").
    func trimmingCharacters(of character: Character) -> String {
        guard let first = firstIndex(where: { $0 != character }), let last = lastIndex(where: { $0 != character }) else { return "" }
        return String(self[first...last])
    }
}
