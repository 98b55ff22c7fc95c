import Foundation

/// A company as Rebound groups interviews and preparation notes: the name folded so that
/// "Acme Ltd.", "ACME" and "Acmé" are one company. Letters and digits are kept (any
/// script), case and accents are dropped, words are joined with `-`, and a trailing legal
/// form ("Inc", "Ltd", "GmbH", …) is left off when other words remain. Safe in a URL path.
public struct CompanyKey: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The key of a company name as the user wrote it; nil when the name has no letter or digit.
    public init?(company: String) {
        var words = Self.asciiWords(company) ?? Self.words(company)
        while words.count > 1, let last = words.last, Self.legalForms.contains(last) { words.removeLast() }
        let joined = words.joined(separator: "-")
        guard !joined.isEmpty else { return nil }
        rawValue = String(joined.prefix(120))
    }

    /// The name's words, folded: letters and digits of any script, without case or accents.
    private static func words(_ company: String) -> [String] {
        let folded = company.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" {
                continue // "Macy's" is one word
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// `words` for a name that is all ASCII, as most are, a byte at a time (the same words,
    /// without Foundation's folding); nil for other names.
    private static func asciiWords(_ company: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in company.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            case UInt8(ascii: "'"): continue // "Macy's" is one word
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// Words that name a company's legal form rather than the company.
    static let legalForms: Set<String> = [
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "corp", "corporation", "co", "gmbh", "ag", "sa",
        "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "aps", "pty", "kk", "kg",
    ]

    public static func < (lhs: CompanyKey, rhs: CompanyKey) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
