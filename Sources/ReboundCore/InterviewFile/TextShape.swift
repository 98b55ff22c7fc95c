/// Which characters a text value may hold (`interview-file.md`, "Text and safety"): no
/// control character anywhere (U+0000 to U+001F, U+007F to U+009F), except that free text
/// (notes, questions, answers) may hold line breaks (LF, or CR before LF) and tabs. Names,
/// titles, the company, the role, addresses and numbers are one line, so nothing Rebound
/// writes from them (a mail header, a calendar property, a file name) can be split.
public enum TextShape: Sendable {
    /// One line: no control character at all.
    case oneLine
    /// Free text: line breaks and tabs allowed, no other control character.
    case freeText

    /// The first character this shape refuses, said as a field problem, or nil when the
    /// text is allowed.
    public func firstProblem(in text: String) -> String? {
        guard Self.mayHoldControlCharacters(text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            guard scalar.isControlCharacter else { continue }
            switch scalar {
            case "\n":
                if self == .freeText { continue }
                return "line breaks are not allowed"
            case "\r":
                if self == .freeText, index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
                return self == .freeText ? "a carriage return is allowed only before a line feed" : "line breaks are not allowed"
            case "\t":
                if self == .freeText { continue }
                return "tabs are not allowed"
            default:
                return "control characters are not allowed (\(scalar.codePoint) found)"
            }
        }
        return nil
    }

    /// False when the UTF-8 holds no control character for certain: no byte below 0x20, no
    /// DEL, and no C2 lead byte (which starts U+0080 to U+00BF). One pass over the bytes.
    static func mayHoldControlCharacters(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }
    }

    /// The text with every character this shape refuses replaced: by a space in one-line
    /// text, by a line feed for a lone carriage return and nothing for the rest in free text.
    public func repaired(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            guard scalar.isControlCharacter else {
                result.append(scalar)
                continue
            }
            switch self {
            case .oneLine:
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
                result.append(" ")
            case .freeText:
                switch scalar {
                case "\n", "\t": result.append(scalar)
                case "\r": if index + 1 >= scalars.count || scalars[index + 1] != "\n" { result.append("\n") } else { result.append(scalar) }
                default: break
                }
            }
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    /// A C0 or C1 control character, or DEL.
    public var isControlCharacter: Bool { value < 0x20 || (value >= 0x7F && value <= 0x9F) }

    /// `U+0007`.
    var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
