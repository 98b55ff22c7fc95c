/// Every phrasebook pattern compiled into flat arrays: for each pattern its places, for each
/// place the lexicon numbers it accepts. The pattern syntax is documented on `PhraseEntry`.
struct PatternSet: Sendable {
    struct Place: Sendable {
        /// Where the accepted numbers are in `placeIDs`; a count of 0 marks a gap.
        let idStart: Int32
        let idCount: Int32
        let optional: Bool
        /// For a gap: how many words it may skip.
        let gap: Int8
    }

    private(set) var places: [Place] = []
    private(set) var placeIDs: [Int32] = []
    /// For each pattern, where its places are.
    private(set) var patternStart: [Int32] = []
    private(set) var patternCount: [Int32] = []

    /// Compiles a pattern and returns the lexicon numbers that can start it.
    mutating func add(_ pattern: String, lexicon: inout Lexicon) -> [Int] {
        patternStart.append(Int32(places.count))
        var first: [Int] = []
        for part in pattern.split(separator: " ") {
            if part.hasPrefix("...") {
                let count = part == "..." ? 3 : Int(part.dropFirst(3)) ?? 0
                precondition((1...9).contains(count), "pattern \"\(pattern)\": a gap is ... or ...1 to ...9")
                places.append(Place(idStart: 0, idCount: 0, optional: false, gap: Int8(count)))
                continue
            }
            var body = String(part)
            let optional = body.hasSuffix("?")
            if optional { body.removeLast() }
            let ids = body.split(separator: "|").map { lexicon.id(for: String($0)) }
            if places.count == Int(patternStart.last!) {
                precondition(!optional, "pattern \"\(pattern)\" must start with a required word")
                first = ids
            }
            places.append(Place(idStart: Int32(placeIDs.count), idCount: Int32(ids.count), optional: optional, gap: 0))
            placeIDs += ids.map(Int32.init)
        }
        patternCount.append(Int32(places.count) - patternStart.last!)
        requiredPlaces.append(places[Int(patternStart.last!)...].filter { $0.idCount > 0 && !$0.optional }
            .map { Int($0.idStart)..<Int($0.idStart + $0.idCount) })
        return first
    }

    /// For each pattern, the places a match cannot do without (required words), as ranges of `placeIDs`.
    private(set) var requiredPlaces: [[Range<Int>]] = []

    /// Whether every required word of a pattern occurs somewhere in the message, given a bit
    /// per lexicon number present. Patterns that fail this cannot match and are skipped.
    func canMatch(_ pattern: Int, present: [UInt64]) -> Bool {
        for place in requiredPlaces[pattern] {
            var found = false
            for index in place {
                let id = Int(placeIDs[index])
                if present[id >> 6] & (1 << UInt64(id & 63)) != 0 { found = true; break }
            }
            if !found { return false }
        }
        return true
    }

    /// The per-message state the matcher reads: tokens and the lexicon numbers each matches.
    struct Words {
        let tokens: [Token]
        /// For token `t`, its numbers are `ids[idStart[t]..<idStart[t + 1]]`.
        let idStart: [Int32]
        let ids: [Int32]
    }

    /// Matches pattern `pattern` at token `start`; on success `matched` holds the tokens that
    /// matched its words (gaps left out).
    func match(_ pattern: Int, at start: Int, in words: Words, matched: inout [Int]) -> Bool {
        matched.removeAll(keepingCapacity: true)
        return match(place: Int(patternStart[pattern]), end: Int(patternStart[pattern] + patternCount[pattern]),
                     token: start, sentence: words.tokens[start].sentence, words: words, matched: &matched)
    }

    private func accepts(_ place: Place, _ token: Int, _ words: Words) -> Bool {
        let tokenIDs = Int(words.idStart[token])..<Int(words.idStart[token + 1])
        if tokenIDs.isEmpty { return false }
        for placeID in Int(place.idStart)..<Int(place.idStart + place.idCount) {
            let wanted = placeIDs[placeID]
            for tokenID in tokenIDs where words.ids[tokenID] == wanted { return true }
        }
        return false
    }

    private func match(place: Int, end: Int, token: Int, sentence: Int, words: Words, matched: inout [Int]) -> Bool {
        if place == end { return true }
        let current = places[place]
        if current.idCount == 0 {
            for skip in 0...Int(current.gap) {
                let next = token + skip
                if skip > 0, next - 1 >= words.tokens.count || words.tokens[next - 1].sentence != sentence { break }
                if match(place: place + 1, end: end, token: next, sentence: sentence, words: words, matched: &matched) { return true }
            }
            return false
        }
        if token < words.tokens.count, words.tokens[token].sentence == sentence, accepts(current, token, words) {
            matched.append(token)
            if match(place: place + 1, end: end, token: token + 1, sentence: sentence, words: words, matched: &matched) { return true }
            matched.removeLast()
        }
        return current.optional && match(place: place + 1, end: end, token: token, sentence: sentence, words: words, matched: &matched)
    }
}
