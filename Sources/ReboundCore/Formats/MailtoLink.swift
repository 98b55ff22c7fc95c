/// A `mailto:` link that opens a draft in the user's mail app (RFC 6068): the address, the
/// subject and the body, every byte outside the unreserved set percent-encoded and line
/// breaks written as `%0D%0A`. Mail apps cut long links (some near 2,000 characters), so a
/// draft that would make a longer one gets none: the page offers the `.eml` instead.
public enum MailtoLink {
    /// The longest link made, in characters.
    public static let limit = 2_000

    /// The link, or nil when the address is not one or the link would pass `limit`.
    public static func url(to address: String, subject: String, body: String) -> String? {
        guard EmailAddress.isPlausible(address) else { return nil }
        var link = "mailto:" + encoded(address, keeping: "@")
        link += "?subject=" + encoded(MailHeaders.oneLine(subject))
        link += "&body=" + encoded(crlf(body))
        return link.utf8.count <= limit ? link : nil
    }

    /// Every line break (LF, CRLF, a lone CR, or a Unicode line or paragraph separator) as
    /// CRLF; any other control character but a tab as a space.
    static func crlf(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\r\n" || character == "\n" || character == "\r" || character == "\u{2028}" || character == "\u{2029}" {
                result += "\r\n"
            } else if character.unicodeScalars.contains(where: { $0.isControlCharacter && $0 != "\t" }) {
                result.append(" ")
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Letters, digits and `-._~` (and `extra`) as they are; every other UTF-8 byte as `%XX`.
    static func encoded(_ text: String, keeping extra: Character? = nil) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        let kept = extra.map { Array(String($0).utf8) } ?? []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.append(byte)
            default:
                if kept.contains(byte) {
                    output.append(byte)
                } else {
                    output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
