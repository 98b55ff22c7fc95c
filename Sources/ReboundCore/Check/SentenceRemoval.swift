/// The one-tap fix for a finding whose cure is to say less ("Remove these words"): the
/// sentence holding the flagged words comes out, with the space after it, so the message
/// reads on without a gap. Pure text work, linear in the message.
public enum SentenceRemoval {
    /// `text` without the sentence that holds the UTF-16 span `start..<end`, or nil when the
    /// span is not inside the text or does not hold `excerpt` (the text changed since it was
    /// checked). A sentence ends at `.`, `!`, `?` or `…` followed by a space or the end of a
    /// line, and never crosses a line break; an emptied line leaves no blank paragraph behind.
    public static func removing(_ excerpt: String, at start: Int, _ end: Int, from text: String) -> String? {
        func unit(_ scalar: Unicode.Scalar) -> UInt16 { UInt16(scalar.value) }
        var units = Array(text.utf16)
        guard start >= 0, start < end, end <= units.count,
              String(decoding: units[start..<end], as: UTF16.self) == excerpt else { return nil }
        let newline = unit("\n"), space = unit(" ")
        let stops: Set<UInt16> = [unit("."), unit("!"), unit("?"), 0x2026]
        let carriageReturn = unit("\r")
        func isBreak(_ code: UInt16) -> Bool { code == newline || code == carriageReturn }
        // Back to the end of the previous sentence or the start of the line.
        var from = start
        while from > 0 {
            let before = units[from - 1]
            if isBreak(before) { break }
            if before == space || before == unit("\t"), from >= 2, stops.contains(units[from - 2]) { break }
            from -= 1
        }
        // On to the end of this sentence (its stop included) or the end of the line.
        var to = end
        while to < units.count, !isBreak(units[to]) {
            if stops.contains(units[to]), to + 1 == units.count || units[to + 1] == space || isBreak(units[to + 1]) {
                to += 1
                break
            }
            to += 1
        }
        // Closing quotes or brackets that belong to the sentence go with it, then the spaces after it.
        while to < units.count, [unit("\""), 0x201D, unit(")")].contains(units[to]) { to += 1 }
        while to < units.count, units[to] == space { to += 1 }
        // A line left empty goes too, with its line break, so no blank paragraph is added.
        let lineStart = from == 0 || isBreak(units[from - 1])
        let lineEnd = to == units.count || isBreak(units[to])
        if lineStart && lineEnd {
            if to < units.count, units[to] == unit("\r") { to += 1 }
            if to < units.count, units[to] == newline { to += 1 }
            // Two line breaks in a row left behind (an emptied paragraph) become one pair.
            if from >= 2, units[from - 1] == newline, to < units.count, units[to] == newline { to += 1 }
        } else {
            // Mid-line: drop the spaces before it when it ended the line.
            while lineEnd, from > 0, units[from - 1] == space { from -= 1 }
        }
        units.removeSubrange(from..<to)
        return String(decoding: units, as: UTF16.self)
    }
}
