/// Writes mail header fields (RFC 5322, RFC 2047) so that no value can end its line: every
/// control character becomes a space, text that is not plain ASCII (or would not fold) is
/// written as encoded words, and lines fold before 78 octets (never over 998).
public enum MailHeaders {
    /// The longest line a header should have, CRLF not counted (RFC 5322, 2.1.1).
    static let lineLimit = 78
    /// UTF-8 bytes per encoded word: 52 base64 characters, 64 with the `=?UTF-8?B?…?=` frame,
    /// so even `Subject: ` and one word stay under 78.
    static let encodedChunk = 39

    /// An unstructured field such as `Subject`, folded.
    public static func unstructured(_ name: String, _ value: String) -> String {
        let text = oneLine(value)
        let words = text.split(separator: " ").map(String.init)
        if isPlainASCII(text), fits(words, after: name), !words.contains(where: looksEncoded) {
            return fold(name + ":", words)
        }
        return fold(name + ":", encodedWords(text))
    }

    /// Whether words can stand as they are, each on a line of its own if need be: the first
    /// after `Name: `, the others after the space that folds a line.
    static func fits(_ words: [String], after name: String) -> Bool {
        guard let first = words.first else { return true }
        return name.utf8.count + 2 + first.utf8.count <= lineLimit && words.allSatisfy { $0.utf8.count <= lineLimit - 1 }
    }

    /// An address field (`From`, `To`): the display name as atoms, a quoted string or
    /// encoded words, then the address in angle brackets. Nil when the address is not one
    /// (`EmailAddress.isPlausible`), so a bad value leaves the field out rather than in pieces.
    public static func address(_ name: String, display: String?, address: String) -> String? {
        guard EmailAddress.isPlausible(address) else { return nil }
        let phrase = display.map(oneLine)?.trimmingWhitespace() ?? ""
        guard !phrase.isEmpty else { return "\(name): \(address)" }
        return fold(name + ":", phraseWords(phrase, after: name) + ["<\(address)>"])
    }

    /// Splits `Name <address>` or a bare address; nil when no plausible address is there.
    public static func parseMailbox(_ line: String) -> (display: String?, address: String)? {
        let trimmed = line.trimmingWhitespace()
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            var display = String(trimmed[..<open]).trimmingWhitespace()
            if display.hasPrefix("\""), display.hasSuffix("\""), display.count >= 2 {
                display = unquoted(String(display.dropFirst().dropLast()))
            }
            guard EmailAddress.isPlausible(address) else { return nil }
            return (display.isEmpty ? nil : display, address)
        }
        return EmailAddress.isPlausible(trimmed) ? (nil, trimmed) : nil
    }

    /// A display name's words: atoms when every character may stand bare, else one quoted
    /// string (quotes and backslashes escaped), else, for other scripts, a long name or one
    /// that looks like an encoded word itself, encoded words (so a reader decodes it to the
    /// text as typed, never to something else).
    static func phraseWords(_ phrase: String, after name: String) -> [String] {
        if isPlainASCII(phrase), !looksEncoded(phrase) {
            let words = phrase.split(separator: " ").map(String.init)
            if words.allSatisfy({ $0.utf8.allSatisfy(isAtomByte) }), fits(words, after: name) {
                return words
            }
            var quoted = "\""
            for character in phrase {
                if character == "\"" || character == "\\" { quoted.append("\\") }
                quoted.append(character)
            }
            quoted.append("\"")
            if fits([quoted], after: name) { return [quoted] }
        }
        return encodedWords(phrase)
    }

    /// The text as `=?UTF-8?B?…?=` words of whole Unicode scalars. Adjacent encoded words
    /// are joined without a space when read, so the folds between them add nothing.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > encodedChunk {
                words.append("=?UTF-8?B?\(MailExport.base64(chunk))?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?\(MailExport.base64(chunk))?=") }
        return words
    }

    /// `Name: word word` with a fold (CRLF and a space) wherever the next word would pass 78.
    static func fold(_ start: String, _ words: [String]) -> String {
        var lines: [String] = []
        var line = start
        for word in words {
            if line.utf8.count + 1 + word.utf8.count > lineLimit, line != start {
                lines.append(line)
                line = ""
            }
            line += " " + word
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    /// The value on one line: every control character (and the Unicode line and paragraph
    /// separators) becomes a space.
    static func oneLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let breaks = scalar.isControlCharacter || scalar == "\u{2028}" || scalar == "\u{2029}"
            scalars.append(breaks ? " " : scalar)
        }
        return String(scalars)
    }

    private static func isPlainASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

    /// A word a reader would decode: left encoded, so it reads back as written.
    private static func looksEncoded(_ word: String) -> Bool { word.contains("=?") && word.contains("?=") }

    /// RFC 5322 `atext`: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    private static func isAtomByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: Array("!#$%&'*+-/=^_`{|}~".utf8).contains(byte)
        }
    }

    private static func unquoted(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if !escaped, character == "\\" { escaped = true; continue }
            escaped = false
            result.append(character)
        }
        return result
    }
}
