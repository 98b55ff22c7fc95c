/// The message check of `contracts/message-check.md`: finds what would hurt a message sent
/// after an interview, with the exact span, why it hurts and a better wording.
///
/// The checker is built once from a `Phrasebook` (compiling its patterns) and then checks
/// any number of messages; it holds no mutable state and is safe to share.
public struct MessageChecker: Sendable {
    /// A body longer than this many words is `too-long`.
    public static let wordLimit = 200
    /// At most this many findings are reported, the first in the text; the rest are counted
    /// (`CheckReport.omitted`). A real message has a handful; a pasted book should not cost
    /// a report the size of the book.
    public static let findingLimit = 100
    /// The longest excerpt given, in UTF-16 code units (a body of some 600 words); a longer
    /// span's excerpt ends with "…".
    public static let excerptLimit = 4_000

    /// A checker over the standard phrasebook, compiled once.
    public static let standard = MessageChecker()

    private let phrasebook: Phrasebook
    private let lexicon: CompiledLexicon
    private let patterns: PatternSet
    /// For lexicon number `n`, the entries whose pattern can start with it are
    /// `firstEntries[firstStart[n]..<firstStart[n + 1]]`.
    private let firstStart: [Int32]
    private let firstEntries: [Int32]
    private let rules: [CompiledEntry]
    private let negators: KeyTable
    private let lexiconSize: Int
    private let tags: CueTags

    /// One phrasebook entry, ready for the hot path.
    private struct CompiledEntry: Sendable {
        /// The cue tag the entry sets, or -1 for a finding.
        let tag: Int
        let rule: CheckRule?
        let group: String?
        let requires: UInt64
        /// Sentences on either side whose cues count for `requires`.
        let nearby: Int
        let unless: UInt64
        let unlessCovering: UInt64
        /// The first required tag, whose nearest match widens the span (-1: none).
        let widenTo: Int
        let skipInStory: Bool
        let storyStrongOnly: Bool
        let negatable: Bool
    }

    /// The cue tags, numbered so a sentence's cues fit in one 64-bit mask.
    private struct CueTags: Sendable {
        let numbers: [String: Int]
        func bit(_ tag: String) -> UInt64 { numbers[tag].map { 1 << UInt64($0) } ?? 0 }
    }

    public init(phrasebook: Phrasebook = .standard) {
        self.phrasebook = phrasebook
        var lexicon = Lexicon()
        var patterns = PatternSet()
        var starters: [[Int]] = []
        var tagNumbers: [String: Int] = [:]
        func tagNumber(_ tag: String) -> Int {
            if let known = tagNumbers[tag] { return known }
            precondition(tagNumbers.count < 64, "the phrasebook uses more than 64 cue tags")
            tagNumbers[tag] = tagNumbers.count
            return tagNumbers[tag]!
        }
        func bits(_ tags: [String]) -> UInt64 { tags.reduce(UInt64(0)) { $0 | 1 << UInt64(tagNumber($1)) } }
        var compiled: [CompiledEntry] = []
        for (index, entry) in phrasebook.entries.enumerated() {
            for id in Set(patterns.add(entry.pattern, lexicon: &lexicon)) {
                while starters.count <= id { starters.append([]) }
                starters[id].append(index)
            }
            let requires = bits(entry.requires), unless = bits(entry.unless), covering = bits(entry.unlessCovering)
            let widen = entry.requires.first.flatMap { $0 == "self" ? nil : tagNumber($0) } ?? -1
            // A cue sets its tag; a finding reports its rule.
            let (tag, rule, group): (Int, CheckRule?, String?) = switch entry.meaning {
            case .cue(let tag): (tagNumber(tag), nil, nil)
            case .finding(let rule, let group): (-1, rule, group)
            }
            compiled.append(CompiledEntry(tag: tag, rule: rule, group: group, requires: requires, nearby: entry.nearby,
                                          unless: unless, unlessCovering: covering, widenTo: widen, skipInStory: entry.skipInStory,
                                          storyStrongOnly: entry.storyStrongOnly, negatable: entry.negatable))
        }
        for tag in ["story", "story-strong", "interview", "thanks", "interest"] { _ = tagNumber(tag) }
        while starters.count < lexicon.count { starters.append([]) }
        var start: [Int32] = [0]
        var entries: [Int32] = []
        for list in starters {
            entries += list.map(Int32.init)
            start.append(Int32(entries.count))
        }
        self.lexicon = lexicon.compiled()
        lexiconSize = lexicon.count
        self.patterns = patterns
        firstStart = start
        firstEntries = entries
        rules = compiled
        negators = KeyTable(keys: phrasebook.negators.map(WordKey.of))
        tags = CueTags(numbers: tagNumbers)
    }

    /// Checks a message of a kind; with `context`, also checks names against the interview.
    /// Rules in `ignoring` are left out (the user turned them off).
    public func check(_ text: String, kind: MessageKind = .followUp, context: InterviewFile? = nil,
                      ignoring: Set<CheckRule> = []) -> CheckReport {
        check(text, kind: kind, context: context.map(CheckContext.init), ignoring: ignoring)
    }

    /// Checks a message against an interview prepared once with `CheckContext(_:)`, for callers
    /// that check many messages of one interview.
    public func check(_ text: String, kind: MessageKind = .followUp, context: CheckContext?,
                      ignoring: Set<CheckRule> = []) -> CheckReport {
        let units = Self.utf16Units(of: text)
        let layout = MessageLayout(text, units: units)
        let breaks = [layout.subject?.end, layout.greeting?.start, layout.greeting?.end, layout.body.start,
                      layout.body.end, layout.signOff?.start].compactMap { $0 }
        let tokenizer = Tokenizer(units, breaks: breaks)
        let tokens = tokenizer.tokens
        let analysis = analyze(tokenizer)

        var found: [Candidate] = []
        for hit in analysis.findings {
            let entry = rules[hit.entry]
            guard let rule = entry.rule, rule.applies(to: kind) else { continue }
            let (first, last) = span(of: hit, analysis: analysis, tokens: tokens)
            var lastClause = tokens[last].clause
            // A clause of a word or two ("Sorry," "Honestly,") says little on its own: the
            // span takes in the clause after it, in the same sentence.
            if Self.words(in: lastClause, around: last, tokens: tokens) < 3, last + 1 < tokens.count,
               tokens[last + 1].sentence == tokens[last].sentence {
                lastClause = tokens[last + 1].clause
            }
            found.append(Candidate(rule: rule, group: entry.group,
                                   range: TextRange(start: tokenizer.clauseRanges[tokens[first].clause].start,
                                                    end: tokenizer.clauseRanges[lastClause].end)))
        }
        found = Self.merge(found)

        var bodyWords = 0
        for token in tokens where layout.body.contains(token.start) { bodyWords += 1 }
        let bodyRange = Self.trimmed(layout.body, in: units)
        if CheckRule.tooLong.applies(to: kind), bodyWords > Self.wordLimit {
            found.append(Candidate(rule: .tooLong, group: nil, range: bodyRange))
        }
        if CheckRule.noThanks.applies(to: kind), !analysis.hasCue(tags.bit("thanks")) {
            found.append(Candidate(rule: .noThanks, group: nil, range: bodyRange))
        }
        if CheckRule.noInterest.applies(to: kind), !analysis.hasCue(tags.bit("interest")) {
            found.append(Candidate(rule: .noInterest, group: nil, range: bodyRange))
        }
        for range in PlaceholderScanner.placeholders(in: units, tokenizer: tokenizer, lines: layout.lines) {
            found.append(Candidate(rule: .placeholder, group: nil, range: range))
        }
        if let names = context?.names {
            for range in names.wrongNames(tokenizer: tokenizer, greeting: layout.greeting) {
                found.append(Candidate(rule: .wrongName, group: nil, range: range))
            }
        }

        let company = (context?.names.company ?? "the company").trimmingFinalStop()
        let kept = found.filter { !ignoring.contains($0.rule) }
            .sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        let findings = kept.prefix(Self.findingLimit).map { candidate in
            // A rule about the whole message spans the body; its excerpt stops at a length
            // anyone would read (the span itself still covers the whole body).
            let shown = TextRange(start: candidate.range.start, end: min(candidate.range.end, candidate.range.start + Self.excerptLimit))
            let excerpt = Self.slice(units, shown) + (shown.end < candidate.range.end ? "…" : "")
            let advice = CheckAdvice.forRule(candidate.rule, group: candidate.group)
            func fill(_ template: String) -> String {
                template.replacingSlots(["{excerpt}": excerpt.clipped, "{words}": String(bodyWords), "{company}": company])
            }
            return Finding(rule: candidate.rule, start: candidate.range.start, end: candidate.range.end, excerpt: excerpt,
                           message: fill(advice.message), suggestion: fill(advice.suggestion))
        }
        return CheckReport(findings: Array(findings), omitted: kept.count - findings.count, words: bodyWords,
                           paragraphs: Self.paragraphs(in: units, body: layout.body))
    }

    // MARK: - Matching

    private struct Hit {
        let entry: Int
        let first: Int
        let last: Int
    }

    private struct Candidate {
        let rule: CheckRule
        let group: String?
        var range: TextRange
    }

    /// Every accepted finding, and the cues found in each sentence.
    private struct Analysis {
        var findings: [Hit] = []
        /// Per sentence, a bit for each cue tag present.
        var sentenceCues: [UInt64] = []
        /// Every cue match in token order, for widening spans to the cue a finding needed and
        /// for the exceptions that cover a match.
        var cueHits: [(tag: Int, sentence: Int, first: Int, last: Int)] = []
        /// For sentence `s`, its cue matches are `cueHits[cueHitStart[s]..<cueHitStart[s + 1]]`.
        var cueHitStart: [Int] = []

        func hasCue(_ bit: UInt64) -> Bool { sentenceCues.contains { $0 & bit != 0 } }

        /// The cue matches of one sentence.
        func cueHits(in sentence: Int) -> ArraySlice<(tag: Int, sentence: Int, first: Int, last: Int)> {
            cueHits[cueHitStart[sentence]..<cueHitStart[sentence + 1]]
        }

        /// The cues of a sentence and of `radius` sentences on either side.
        func cues(around sentence: Int, radius: Int) -> UInt64 {
            var cues: UInt64 = 0
            for index in max(0, sentence - radius)...min(sentenceCues.count - 1, sentence + radius) { cues |= sentenceCues[index] }
            return cues
        }
    }

    private func analyze(_ tokenizer: Tokenizer) -> Analysis {
        let tokens = tokenizer.tokens
        var idStart: [Int32] = [0]
        idStart.reserveCapacity(tokens.count + 1)
        var ids: [Int32] = []
        ids.reserveCapacity(tokens.count)
        for token in tokens {
            lexicon.ids(of: token, bytes: tokenizer.bytes, into: &ids)
            idStart.append(Int32(ids.count))
        }
        let words = PatternSet.Words(tokens: tokens, idStart: idStart, ids: ids)
        // Which lexicon words occur at all, and so which patterns could match (-1 unknown, 0 no, 1 yes).
        var present = [UInt64](repeating: 0, count: lexiconSize / 64 + 1)
        for id in ids { present[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        var possible = [Int8](repeating: -1, count: rules.count)
        var analysis = Analysis()
        analysis.sentenceCues = Array(repeating: 0, count: (tokens.last?.sentence ?? -1) + 1)
        var candidates: [Hit] = []
        var matched: [Int] = []
        matched.reserveCapacity(8)
        var tried: [Int32] = []
        for position in tokens.indices where !tokens[position].isQuoted {
            tried.removeAll(keepingCapacity: true)
            for idIndex in Int(idStart[position])..<Int(idStart[position + 1]) {
                let id = Int(ids[idIndex])
                for entryIndex in Int(firstStart[id])..<Int(firstStart[id + 1]) {
                    let entry = firstEntries[entryIndex]
                    if possible[Int(entry)] < 0 { possible[Int(entry)] = patterns.canMatch(Int(entry), present: present) ? 1 : 0 }
                    if possible[Int(entry)] == 0 || tried.contains(entry) { continue }
                    tried.append(entry)
                    guard patterns.match(Int(entry), at: position, in: words, matched: &matched) else { continue }
                    let compiled = rules[Int(entry)]
                    if compiled.negatable, isNegated(matched, tokens: tokens) { continue }
                    if compiled.tag >= 0 {
                        let sentence = tokens[position].sentence
                        analysis.sentenceCues[sentence] |= 1 << UInt64(compiled.tag)
                        analysis.cueHits.append((compiled.tag, sentence, matched.first!, matched.last!))
                    } else {
                        candidates.append(Hit(entry: Int(entry), first: matched.first!, last: matched.last!))
                    }
                }
            }
        }
        // Cue matches were found in token order, so each sentence's are one stretch.
        analysis.cueHitStart = Array(repeating: 0, count: analysis.sentenceCues.count + 1)
        for hit in analysis.cueHits { analysis.cueHitStart[hit.sentence + 1] += 1 }
        for index in analysis.sentenceCues.indices { analysis.cueHitStart[index + 1] += analysis.cueHitStart[index] }
        let story = tags.bit("story"), strongStory = tags.bit("story-strong"), interview = tags.bit("interview")
        analysis.findings = candidates.filter { hit in
            let entry = rules[hit.entry]
            let sentence = tokens[hit.first].sentence
            let cues = analysis.sentenceCues[sentence]
            let around = entry.nearby > 0 ? analysis.cues(around: sentence, radius: entry.nearby) : cues
            if around & entry.requires != entry.requires { return false }
            if cues & entry.unless != 0 { return false }
            if entry.unlessCovering != 0, analysis.cueHits(in: sentence).contains(where: { cue in
                entry.unlessCovering & (1 << UInt64(cue.tag)) != 0 && cue.first <= hit.last && cue.last >= hit.first
            }) { return false }
            if entry.skipInStory,
               cues & strongStory != 0 || (!entry.storyStrongOnly && cues & story != 0 && cues & interview == 0) { return false }
            return true
        }
        return analysis
    }

    /// A negation just before the match, or inside one of its gaps, in the same clause.
    private func isNegated(_ matched: [Int], tokens: [Token]) -> Bool {
        guard let first = matched.first, let last = matched.last else { return false }
        let clause = tokens[first].clause
        for position in max(0, first - 3)..<last where tokens[position].clause == clause && !matched.contains(position) {
            if negators.contains(tokens[position].key) { return true }
        }
        return false
    }

    /// The first and last token of a finding, widened to the nearest cue it required.
    private func span(of hit: Hit, analysis: Analysis, tokens: [Token]) -> (Int, Int) {
        var first = hit.first, last = hit.last
        let tag = rules[hit.entry].widenTo
        guard tag >= 0 else { return (first, last) }
        let sentence = tokens[first].sentence
        var best: (first: Int, last: Int)?
        var bestDistance = Int.max
        for cue in analysis.cueHits(in: sentence) where cue.tag == tag {
            let distance = cue.last < first ? first - cue.last : (cue.first > last ? cue.first - last : 0)
            if distance < bestDistance { bestDistance = distance; best = (cue.first, cue.last) }
        }
        if let best {
            first = min(first, best.first)
            last = max(last, best.last)
        }
        return (first, last)
    }

    /// How many words the clause of token `index` holds (counting at most three on each side).
    private static func words(in clause: Int, around index: Int, tokens: [Token]) -> Int {
        var count = 1
        var before = index - 1, after = index + 1
        while before >= 0, tokens[before].clause == clause, count < 4 { count += 1; before -= 1 }
        while after < tokens.count, tokens[after].clause == clause, count < 4 { count += 1; after += 1 }
        return count
    }

    /// Joins overlapping findings of the same rule into one; one pass after sorting.
    private static func merge(_ candidates: [Candidate]) -> [Candidate] {
        var merged: [Candidate] = []
        var lastOfRule: [CheckRule: Int] = [:]
        for candidate in candidates.sorted(by: { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }) {
            if let index = lastOfRule[candidate.rule], merged[index].range.end >= candidate.range.start {
                merged[index].range.end = max(merged[index].range.end, candidate.range.end)
            } else {
                lastOfRule[candidate.rule] = merged.count
                merged.append(candidate)
            }
        }
        return merged
    }

    // MARK: - Text helpers

    /// The UTF-16 code units of a text; ASCII is copied byte by byte, the rest transcoded.
    static func utf16Units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            // A text never has more UTF-16 code units than UTF-8 bytes.
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, written in
                var index = 0, count = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        units[count] = UInt16(byte)
                        count += 1
                        index += 1
                        continue
                    }
                    // A multi-byte sequence: decode one scalar (the text is valid UTF-8).
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1..<length where index + offset < bytes.count {
                        value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                    }
                    for unit in (Unicode.Scalar(value) ?? "\u{FFFD}").utf16 {
                        units[count] = unit
                        count += 1
                    }
                    index += length
                }
                written = count
            }
        }
    }

    /// The text of a range of UTF-16 offsets.
    static func slice(_ units: [UInt16], _ range: TextRange) -> String {
        let start = min(max(0, range.start), units.count), end = min(max(start, range.end), units.count)
        return UTF16Text.string(units[start..<end])
    }

    static func slice(_ text: String, _ range: TextRange) -> String { slice(Array(text.utf16), range) }

    /// A range without the white space at its edges.
    static func trimmed(_ range: TextRange, in units: [UInt16]) -> TextRange {
        func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 }
        var start = range.start, end = min(range.end, units.count)
        while start < end, isSpace(units[start]) { start += 1 }
        while end > start, isSpace(units[end - 1]) { end -= 1 }
        return TextRange(start: start, end: end)
    }

    static func trimmed(_ range: TextRange, in text: String) -> TextRange { trimmed(range, in: Array(text.utf16)) }

    /// Blocks of non-blank lines in the body.
    static func paragraphs(in units: [UInt16], body: TextRange) -> Int {
        var count = 0
        var inParagraph = false
        for line in MessageLayout.lines(of: units, in: body) {
            if line.isBlank { inParagraph = false } else if !inParagraph { count += 1; inParagraph = true }
        }
        return count
    }
}
