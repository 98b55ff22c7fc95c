extension DraftWriter {
    /// How to address someone in a greeting: the first name, or title and surname ("Dr. Ruiz").
    static func addressName(_ name: String) -> String {
        let parts = name.split(separator: " ").map(String.init)
        guard let first = parts.first else { return name }
        let titles: Set<String> = ["dr", "dr.", "prof", "prof.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "mx", "mx."]
        if titles.contains(first.lowercased()), let last = parts.last, parts.count > 1 { return "\(first) \(last)" }
        return first
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// At most `words` words: whole sentences when they fit, else the first words and "…".
    static func clip(_ text: String, words limit: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > limit else { return text }
        var kept: [Substring] = []
        for word in words.prefix(limit) {
            kept.append(word)
        }
        if let lastStop = kept.lastIndex(where: { $0.hasSuffix(".") || $0.hasSuffix("!") || $0.hasSuffix("?") }), lastStop >= limit / 3 {
            return kept[...lastStop].joined(separator: " ")
        }
        return kept.joined(separator: " ").trimmingFinalStop() + "…"
    }

    static func endingWithStop(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?…”\"".contains(last) ? text : text + "."
    }
}

extension String {
    /// The text without a trailing full stop, question mark or exclamation mark.
    func trimmingFinalStop() -> String {
        var text = self.trimmingWhitespace()
        while let last = text.last, ".!?;,".contains(last) { text.removeLast() }
        return text
    }
}

extension String {
    /// "Litware Inc.." becomes "Litware Inc.": a name ending in a stop, followed by the template's stop.
    /// An ellipsis ("...") is left alone.
    func collapsingDoubleStops() -> String {
        guard contains("..") else { return self }
        let characters = Array(self)
        var result = ""
        for (index, character) in characters.enumerated() {
            let isSecondOfExactlyTwo = character == "." && index >= 2 && characters[index - 1] == "."
                && characters[index - 2] != "." && (index + 1 == characters.count || characters[index + 1] != ".")
            if !isSecondOfExactlyTwo { result.append(character) }
        }
        return result
    }
}

extension Array {
    /// The array turned so that the element at `offset` comes first.
    func rotated(by offset: Int) -> [Element] {
        guard !isEmpty else { return self }
        let shift = offset % count
        return Array(self[shift...] + self[..<shift])
    }
}
