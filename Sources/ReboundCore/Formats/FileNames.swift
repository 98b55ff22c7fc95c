import Foundation

/// File names Rebound makes from what the user typed (a company, a person's name): safe as a
/// file on any system and in a `Content-Disposition` header, and still readable.
public enum FileNames {
    /// Letters and digits of any script, lowercased, with every other run of characters made
    /// one dash; at most `limit` characters and `byteLimit` UTF-8 bytes (a letter carrying a
    /// thousand accents ends the name). Empty when nothing is left.
    public static func slug(_ text: String, limit: Int = 40, byteLimit: Int = 80) -> String {
        var slug = ""
        var count = 0
        for character in text.lowercased() {
            guard count < limit else { break }
            if character.isLetter || character.isNumber, character.unicodeScalars.allSatisfy({ !$0.isControlCharacter }) {
                guard slug.utf8.count + character.utf8.count <= byteLimit else { break }
                slug.append(character)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
            count += 1
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// The name in plain ASCII, for software that reads nothing else: accents dropped (`zoë`
    /// as `zoe`), any other character but letters, digits, `.` and `_` made a dash, dashes
    /// never doubled nor next to a dot.
    public static func ascii(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var mapped = ""
        for scalar in folded.unicodeScalars {
            let keep = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_")
            mapped.unicodeScalars.append(keep ? scalar : "-")
        }
        return mapped.split(separator: "-").joined(separator: "-")
            .replacingOccurrences(of: "-.", with: ".").replacingOccurrences(of: ".-", with: ".")
    }
}
