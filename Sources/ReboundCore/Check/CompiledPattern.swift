/// A pattern turned into places to match, each a set of lexicon numbers.
struct CompiledPattern {
    enum Place {
        case word(ids: [Int], optional: Bool)
        case gap(maximum: Int)
    }

    let places: [Place]

    /// Compiles the syntax described on `PhraseEntry`. The first place must be a required word.
    init(_ pattern: String, lexicon: inout Lexicon) {
        var places: [Place] = []
        for part in pattern.split(separator: " ") {
            if part == "..." {
                places.append(.gap(maximum: 3))
                continue
            }
            var body = String(part)
            let optional = body.hasSuffix("?")
            if optional { body.removeLast() }
            let ids = body.split(separator: "|").map { lexicon.id(for: String($0)) }
            places.append(.word(ids: ids, optional: optional))
        }
        guard case .word(_, optional: false)? = places.first else {
            preconditionFailure("pattern \"\(pattern)\" must start with a required word")
        }
        self.places = places
    }

    /// The ids that can start a match.
    var firstIDs: [Int] {
        if case .word(let ids, _) = places[0] { return ids }
        return []
    }

    /// The tokens that matched the pattern's words (gaps left out), or nil when there is no match at `start`.
    func match(at start: Int, in tokens: [Token], ids tokenIDs: [[Int]]) -> [Int]? {
        var matched: [Int] = []
        return match(place: 0, token: start, sentence: tokens[start].sentence, matched: &matched, tokens: tokens, ids: tokenIDs)
            ? matched : nil
    }

    private func match(place: Int, token: Int, sentence: Int, matched: inout [Int], tokens: [Token], ids tokenIDs: [[Int]]) -> Bool {
        if place == places.count { return true }
        switch places[place] {
        case .word(let ids, let optional):
            if token < tokens.count, tokens[token].sentence == sentence, tokenIDs[token].contains(where: ids.contains) {
                matched.append(token)
                if match(place: place + 1, token: token + 1, sentence: sentence, matched: &matched, tokens: tokens, ids: tokenIDs) {
                    return true
                }
                matched.removeLast()
            }
            return optional && match(place: place + 1, token: token, sentence: sentence, matched: &matched, tokens: tokens, ids: tokenIDs)
        case .gap(let maximum):
            for skip in 0...maximum {
                let next = token + skip
                if skip > 0, next - 1 >= tokens.count || tokens[next - 1].sentence != sentence { break }
                if match(place: place + 1, token: next, sentence: sentence, matched: &matched, tokens: tokens, ids: tokenIDs) {
                    return true
                }
            }
            return false
        }
    }
}
