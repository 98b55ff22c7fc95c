/// Finds template slots left unfilled: `[Interviewer's Name]`, `{{company}}`, `<Company>`,
/// `XXX`, `TODO`, `TK`, `___`. Leaves alone citation marks (`[1]`), links (`[text](url)`),
/// addresses in angle brackets (`<name@host.example>`, `<https://…>`), simple HTML tags
/// and words that merely contain the letters (`TKO`, `Atkins`).
enum PlaceholderScanner {
    /// Upper-case words that only ever appear in unfilled templates.
    static let slotWords: Set<String> = ["TODO", "TK", "FIXME", "NAME", "FIRSTNAME", "LASTNAME", "COMPANY", "ROLE", "POSITION", "TITLE"]
    /// Tag names that are HTML, not slots, inside angle brackets.
    static let htmlTags: Set<String> = [
        "a", "b", "i", "u", "p", "br", "hr", "em", "strong", "div", "span", "ul", "ol", "li", "h1", "h2", "h3", "h4",
        "img", "table", "tr", "td", "th", "code", "pre", "blockquote", "small", "sub", "sup",
    ]
    /// Bracketed words that are editorial marks, not slots.
    static let editorialMarks: Set<String> = ["sic", "sic!", "x", "", "edited", "emphasis added", "redacted", "sp"]

    /// Keys of the lower-case forms of `slotWords`, to test tokens before decoding their written form.
    static let slotWordKeys = KeyTable(keys: slotWords.map { WordKey.of($0.lowercased()) })

    static func placeholders(in units: [UInt16], tokenizer: Tokenizer) -> [TextRange] {
        var ranges: [TextRange] = []
        // Only brackets and underscores can open a slot; the tokenizer noted where they are.
        for index in tokenizer.slotOpenings {
            if let last = ranges.last, index < last.end { continue }
            let unit = units[index]
            if unit == 0x5B /* [ */, let close = closing(0x5D, in: units, from: index + 1) {
                let inner = UTF16Text.string(units[(index + 1)..<close])
                let isLink = close + 1 < units.count && units[close + 1] == 0x28 /* ( */
                if !isLink, isSlotText(inner), !editorialMarks.contains(inner.lowercased().trimmingWhitespace()) {
                    ranges.append(TextRange(start: index, end: close + 1))
                    continue
                }
            } else if unit == 0x7B /* { */, let close = closing(0x7D, in: units, from: index + 1) {
                var end = close + 1
                if end < units.count, units[end] == 0x7D { end += 1 }  // {{ … }}
                let inner = UTF16Text.string(units[(index + 1)..<close]).filter { $0 != "{" }
                if isSlotText(inner) {
                    ranges.append(TextRange(start: index, end: end))
                    continue
                }
            } else if unit == 0x3C /* < */, let close = closing(0x3E, in: units, from: index + 1) {
                let inner = UTF16Text.string(units[(index + 1)..<close])
                if isAngleSlot(inner) {
                    ranges.append(TextRange(start: index, end: close + 1))
                    continue
                }
            } else if unit == 0x5F /* _ */ {
                var end = index
                while end < units.count, units[end] == 0x5F { end += 1 }
                if end - index >= 3 { ranges.append(TextRange(start: index, end: end)) }
            }
        }
        let bytes = tokenizer.bytes
        for token in tokenizer.tokens {
            var isExes = token.byteCount >= 3
            if isExes {
                for offset in 0..<token.byteCount where bytes[token.byteStart + offset] != UInt8(ascii: "x") {
                    isExes = false
                    break
                }
            }
            guard isExes || slotWordKeys.contains(token.key),
                  !ranges.contains(where: { $0.contains(token.start) }) else { continue }
            if isExes || slotWords.contains(UTF16Text.string(units[token.start..<token.end])) {
                ranges.append(TextRange(start: token.start, end: token.end))
            }
        }
        return ranges.sorted { $0.start < $1.start }
    }

    /// The index of the closing bracket on the same line, within 60 code units.
    private static func closing(_ bracket: UInt16, in units: [UInt16], from start: Int) -> Int? {
        var index = start
        while index < units.count, index - start <= 60 {
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

    private static func isAngleSlot(_ inner: String) -> Bool {
        let trimmed = inner.trimmingWhitespace()
        guard let first = trimmed.first, first.isLetter, !trimmed.contains("@"), !trimmed.contains("://"),
              !trimmed.hasPrefix("mailto:"), !trimmed.hasPrefix("tel:") else { return false }
        let tagName = trimmed.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        return !htmlTags.contains(tagName.trimmingCharacters(of: "/"))
    }
}

extension String {
    func trimmingCharacters(of character: Character) -> String {
        String(drop(while: { $0 == character }).reversed().drop(while: { $0 == character }).reversed())
    }
}
