import Foundation

/// The identity of a question in the bank, stable across interviews and wording changes of
/// the starter bank: `starter:<id>` for a starter question, `own:<text>` for a question the
/// user noted (its text lower-cased, with spacing and end punctuation evened out, so the
/// same question noted twice is one question with two ratings).
public struct QuestionKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The key of a starter question.
    public static func starter(_ id: String) -> QuestionKey { QuestionKey(rawValue: "starter:" + id) }

    /// The key of a question as the user wrote it.
    public static func own(_ text: String) -> QuestionKey { QuestionKey(rawValue: "own:" + normalized(text)) }

    /// The starter question's ID, when this is one.
    public var starterID: String? { rawValue.hasPrefix("starter:") ? String(rawValue.dropFirst(8)) : nil }

    public var description: String { rawValue }

    public static func < (lhs: QuestionKey, rhs: QuestionKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Lower case, single spaces, no surrounding spaces or closing punctuation, straight quotes.
    /// (One pass over the characters: Foundation's replacing measured as a tenth of the
    /// interview page, which links each weak question to its practice.)
    static func normalized(_ text: String) -> String {
        if let ascii = asciiNormalized(text) { return ascii }
        var joined = ""
        joined.reserveCapacity(text.utf8.count)
        var spaceDue = false
        for character in text.lowercased() {
            if character.isWhitespace {
                spaceDue = !joined.isEmpty
                continue
            }
            if spaceDue { joined.append(" ") }
            spaceDue = false
            joined.append(character == "\u{2019}" ? "'" : character)
        }
        while let last = joined.last, ".?!…:;,".contains(last) { joined.removeLast() }
        return joined
    }

    /// `normalized` for text that is all ASCII, as most questions are, a byte at a time
    /// (the same result, without splitting the text into characters); nil for other text.
    private static func asciiNormalized(_ text: String) -> String? {
        var joined: [UInt8] = []
        joined.reserveCapacity(text.utf8.count)
        var spaceDue = false
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case 0x09...0x0D, UInt8(ascii: " "):
                spaceDue = !joined.isEmpty
            default:
                if spaceDue { joined.append(UInt8(ascii: " ")) }
                spaceDue = false
                joined.append(UInt8(ascii: "A")...UInt8(ascii: "Z") ~= byte ? byte + 32 : byte)
            }
        }
        while let last = joined.last, ".?!:;,".utf8.contains(last) { joined.removeLast() }
        return String(decoding: joined, as: UTF8.self)
    }
}
