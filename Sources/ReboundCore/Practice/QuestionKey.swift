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
}
