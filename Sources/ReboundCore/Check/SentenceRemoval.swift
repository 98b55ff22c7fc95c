/// The one-tap fix for a finding whose cure is to say less ("Remove this sentence"): the
/// sentence holding the flagged words comes out, with the space after it, so the message
/// reads on without a gap. Pure text work, linear in the message.
public enum SentenceRemoval {
    /// `text` without the sentence that holds the UTF-16 span `start..<end`, or nil when the
    /// span is not inside the text or does not hold `excerpt` (the text changed since it was
    /// checked). A sentence ends at `.`, `!`, `?` or `…` (and any closing quotes or brackets
    /// after it) followed by the end of a line, or by a space and then anything but a small
    /// letter ("e.g. the" goes on); it never crosses a line break. An emptied line leaves no
    /// blank paragraph behind.
    public static func removing(_ excerpt: String, at start: Int, _ end: Int, from text: String) -> String? {
        func unit(_ scalar: Unicode.Scalar) -> UInt16 { UInt16(scalar.value) }
        var units = Array(text.utf16)
        guard start >= 0, start < end, end <= units.count,
              String(decoding: units[start..<end], as: UTF16.self) == excerpt else { return nil }
        let newline = unit("\n"), space = unit(" ")
        let stops: Set<UInt16> = [unit("."), unit("!"), unit("?"), 0x2026]
        let carriageReturn = unit("\r")
        func isBreak(_ code: UInt16) -> Bool { code == newline || code == carriageReturn }
        let closers: Set<UInt16> = [unit("\""), unit("'"), 0x201D, 0x2019, unit(")"), unit("]")]
        func isLower(_ code: UInt16) -> Bool { code >= 0x61 && code <= 0x7A }
        /// Whether a sentence ends just before `index` (which is past a stop and any closing
        /// quotes or brackets after it): a space follows and then not a small letter ("e.g. the").
        func endsSentence(stopAt index: Int) -> Bool {
            var after = index + 1
            while after < units.count, closers.contains(units[after]) { after += 1 }
            guard after < units.count else { return true }
            if isBreak(units[after]) { return true }
            guard units[after] == space else { return false }
            var next = after
            while next < units.count, units[next] == space { next += 1 }
            return next == units.count || !isLower(units[next])
        }
        // Back to the end of the previous sentence or the start of the line.
        var from = start
        while from > 0 {
            if isBreak(units[from - 1]) { break }
            if units[from - 1] == space {
                // Past the spaces, any closing quotes or brackets, to a stop that ends a sentence.
                var probe = from - 1
                while probe > 0, units[probe] == space { probe -= 1 }
                while probe > 0, closers.contains(units[probe]) { probe -= 1 }
                if stops.contains(units[probe]), endsSentence(stopAt: probe) { break }
            }
            from -= 1
        }
        // On to the end of this sentence (its stop included) or the end of the line.
        var to = end
        while to < units.count, !isBreak(units[to]) {
            if stops.contains(units[to]), endsSentence(stopAt: to) {
                to += 1
                break
            }
            to += 1
        }
        // Closing quotes or brackets that belong to the sentence go with it, then the spaces after it.
        while to < units.count, closers.contains(units[to]) { to += 1 }
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
