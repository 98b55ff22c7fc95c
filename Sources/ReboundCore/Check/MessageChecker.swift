/// The message check of `contracts/message-check.md`: finds what would hurt a message sent
/// after an interview, with the exact span, why it hurts and a better wording.
///
/// The checker is built once from a `Phrasebook` (compiling its patterns) and then checks
/// any number of messages; it holds no mutable state and is safe to share.
public struct MessageChecker: Sendable {
    /// A body longer than this many words is `too-long`.
    public static let wordLimit = 200

    /// A checker over the standard phrasebook, compiled once.
    public static let standard = MessageChecker()

    private let phrasebook: Phrasebook
    private let lexicon: Lexicon
    private let patterns: [CompiledPattern]
    /// For each lexicon id, the entries whose pattern can start with it.
    private let entriesByFirstID: [[Int]]

    public init(phrasebook: Phrasebook = .standard) {
        self.phrasebook = phrasebook
        var lexicon = Lexicon()
        patterns = phrasebook.entries.map { CompiledPattern($0.pattern, lexicon: &lexicon) }
        var index = [[Int]](repeating: [], count: lexicon.count)
        for (entry, pattern) in patterns.enumerated() {
            for id in Set(pattern.firstIDs) { index[id].append(entry) }
        }
        self.lexicon = lexicon
        entriesByFirstID = index
    }

    /// Checks a message of a kind; with `context`, also checks names against the interview.
    public func check(_ text: String, kind: MessageKind = .followUp, context: InterviewFile? = nil) -> CheckReport {
        let layout = MessageLayout(text)
        let breaks = [layout.subject?.end, layout.greeting?.start, layout.greeting?.end, layout.body.start,
                      layout.body.end, layout.signOff?.start].compactMap { $0 }
        let tokenizer = Tokenizer(text, breaks: breaks)
        let tokens = tokenizer.tokens
        let analysis = analyze(tokens)

        var found: [Candidate] = []
        for hit in analysis.findings {
            guard case .finding(let rule, let group) = phrasebook.entries[hit.entry].meaning, rule.applies(to: kind) else { continue }
            let (first, last) = span(of: hit, analysis: analysis, tokens: tokens)
            found.append(Candidate(rule: rule, group: group,
                                   range: TextRange(start: tokenizer.clauseRanges[tokens[first].clause].start,
                                                    end: tokenizer.clauseRanges[tokens[last].clause].end)))
        }
        found = Self.merge(found)

        let bodyTokens = tokens.filter { layout.body.contains($0.start) }
        let bodyRange = Self.trimmed(layout.body, in: text)
        if CheckRule.tooLong.applies(to: kind), bodyTokens.count > Self.wordLimit {
            found.append(Candidate(rule: .tooLong, group: nil, range: bodyRange))
        }
        if CheckRule.noThanks.applies(to: kind), !analysis.hasCue("thanks") {
            found.append(Candidate(rule: .noThanks, group: nil, range: bodyRange))
        }
        if CheckRule.noInterest.applies(to: kind), !analysis.hasCue("interest") {
            found.append(Candidate(rule: .noInterest, group: nil, range: bodyRange))
        }
        for range in PlaceholderScanner.placeholders(in: text, tokens: tokens) {
            found.append(Candidate(rule: .placeholder, group: nil, range: range))
        }
        if let context {
            let names = NameCheck(file: context, kind: kind)
            for range in names.wrongNames(in: text, tokens: tokens, greeting: layout.greeting) {
                found.append(Candidate(rule: .wrongName, group: nil, range: range))
            }
        }

        let company = (context?.interview.company ?? "the company").trimmingFinalStop()
        let findings = found.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }.map { candidate in
            let excerpt = Self.slice(text, candidate.range)
            let advice = CheckAdvice.forRule(candidate.rule, group: candidate.group)
            func fill(_ template: String) -> String {
                template.replacingSlots(["{excerpt}": excerpt.clipped, "{words}": String(bodyTokens.count), "{company}": company])
            }
            return Finding(rule: candidate.rule, start: candidate.range.start, end: candidate.range.end, excerpt: excerpt,
                           message: fill(advice.message), suggestion: fill(advice.suggestion))
        }
        return CheckReport(findings: findings, words: bodyTokens.count, paragraphs: Self.paragraphs(in: text, body: layout.body))
    }

    // MARK: - Matching

    private struct Hit {
        let entry: Int
        let matched: [Int]
    }

    private struct Candidate {
        let rule: CheckRule
        let group: String?
        var range: TextRange
    }

    /// Every accepted match, and the cues found in each sentence.
    private struct Analysis {
        var findings: [Hit] = []
        /// Per sentence: each cue tag with the matches that set it.
        var cues: [[String: [[Int]]]] = []

        func hasCue(_ tag: String) -> Bool { cues.contains { $0[tag] != nil } }
        func cue(_ tag: String, in sentence: Int) -> [[Int]]? { sentence < cues.count ? cues[sentence][tag] : nil }
    }

    private func analyze(_ tokens: [Token]) -> Analysis {
        let ids = tokens.map { lexicon.ids(of: $0.normalized) }
        var analysis = Analysis()
        analysis.cues = Array(repeating: [:], count: (tokens.last?.sentence ?? -1) + 1)
        var candidates: [Hit] = []
        for position in tokens.indices {
            var tried = Set<Int>()
            for id in ids[position] {
                for entry in entriesByFirstID[id] where tried.insert(entry).inserted {
                    guard let matched = patterns[entry].match(at: position, in: tokens, ids: ids) else { continue }
                    if phrasebook.entries[entry].negatable, isNegated(matched, tokens: tokens) { continue }
                    switch phrasebook.entries[entry].meaning {
                    case .cue(let tag): analysis.cues[tokens[position].sentence][tag, default: []].append(matched)
                    case .finding: candidates.append(Hit(entry: entry, matched: matched))
                    }
                }
            }
        }
        analysis.findings = candidates.filter { hit in
            let entry = phrasebook.entries[hit.entry]
            let sentence = tokens[hit.matched[0]].sentence
            let cues = analysis.cues[sentence]
            if !entry.requires.allSatisfy({ cues[$0] != nil }) { return false }
            if entry.unless.contains(where: { cues[$0] != nil }) { return false }
            if entry.skipInStory, cues["story-strong"] != nil || (cues["story"] != nil && cues["interview"] == nil) { return false }
            return true
        }
        return analysis
    }

    /// A negation just before the match, or inside one of its gaps, in the same clause.
    private func isNegated(_ matched: [Int], tokens: [Token]) -> Bool {
        guard let first = matched.first, let last = matched.last else { return false }
        let clause = tokens[first].clause
        for position in max(0, first - 3)..<last where tokens[position].clause == clause && !matched.contains(position) {
            if phrasebook.negators.contains(tokens[position].normalized) { return true }
        }
        return false
    }

    /// The first and last token of a finding, widened to the nearest cue it required.
    private func span(of hit: Hit, analysis: Analysis, tokens: [Token]) -> (Int, Int) {
        var first = hit.matched.first!, last = hit.matched.last!
        let entry = phrasebook.entries[hit.entry]
        if let tag = entry.requires.first, tag != "self",
           let cueMatches = analysis.cue(tag, in: tokens[first].sentence),
           let nearest = cueMatches.min(by: { distance($0, first, last) < distance($1, first, last) }) {
            first = min(first, nearest.first!)
            last = max(last, nearest.last!)
        }
        return (first, last)
    }

    private func distance(_ match: [Int], _ first: Int, _ last: Int) -> Int {
        if match.last! < first { return first - match.last! }
        if match.first! > last { return match.first! - last }
        return 0
    }

    /// Joins overlapping findings of the same rule into one.
    private static func merge(_ candidates: [Candidate]) -> [Candidate] {
        var merged: [Candidate] = []
        for candidate in candidates.sorted(by: { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }) {
            if let index = merged.lastIndex(where: { $0.rule == candidate.rule }),
               merged[index].range.end >= candidate.range.start {
                merged[index].range.end = max(merged[index].range.end, candidate.range.end)
            } else {
                merged.append(candidate)
            }
        }
        return merged
    }

    // MARK: - Text helpers

    static func slice(_ text: String, _ range: TextRange) -> String {
        let utf16 = text.utf16
        guard let start = utf16.index(utf16.startIndex, offsetBy: range.start, limitedBy: utf16.endIndex),
              let end = utf16.index(utf16.startIndex, offsetBy: range.end, limitedBy: utf16.endIndex),
              start <= end else { return "" }
        return String(text[start..<end])
    }

    /// A range without the white space at its edges.
    static func trimmed(_ range: TextRange, in text: String) -> TextRange {
        let content = slice(text, range)
        let leading = content.prefix(while: \.isWhitespace).utf16.count
        let trailing = content.reversed().prefix(while: \.isWhitespace).reduce(0) { $0 + $1.utf16.count }
        let start = range.start + leading
        return TextRange(start: start, end: max(start, range.end - trailing))
    }

    static func paragraphs(in text: String, body: TextRange) -> Int {
        var count = 0
        var inParagraph = false
        for line in MessageLayout.lines(of: slice(text, body)) {
            if line.isBlank { inParagraph = false } else if !inParagraph { count += 1; inParagraph = true }
        }
        return count
    }
}

extension String {
    /// The text with each `{slot}` replaced by its value.
    func replacingSlots(_ values: [String: String]) -> String {
        guard contains("{") else { return self }
        var result = self
        for (slot, value) in values where result.contains(slot) {
            result = result.split(separator: slot, omittingEmptySubsequences: false).joined(separator: value)
        }
        return result
    }
}
