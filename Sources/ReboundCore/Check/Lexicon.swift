/// Every word the patterns mention, each with a number, and a fast way to find which of
/// them a word of a message matches: exactly, by stem (`stem*`), or with one typo (`word~`).
struct Lexicon {
    private var exact: [UInt64: Int] = [:]
    private var stems: [(stem: [UInt8], id: Int)] = []
    private var tolerant: [(bytes: [UInt8], id: Int)] = []
    private(set) var count = 0

    /// The number of a literal as written in a pattern (`word`, `stem*`, `word~`).
    mutating func id(for literal: String) -> Int {
        var word = literal
        let isStem = word.hasSuffix("*")
        let isTolerant = word.hasSuffix("~")
        if isStem || isTolerant { word.removeLast() }
        // Stems and whole words live apart: "apolog*" and "apolog" are different literals.
        let key = isStem ? WordKey.of(word + "*") : WordKey.of(word)
        let id: Int
        if let known = exact[key] {
            id = known
        } else {
            id = count
            count += 1
            exact[key] = id
            if isStem { stems.append((Array(word.utf8), id)) }
        }
        if isTolerant, word.utf8.count >= 4, !tolerant.contains(where: { $0.id == id }) {
            tolerant.append((Array(word.utf8), id))
        }
        return id
    }

    /// The lexicon ready for matching.
    func compiled() -> CompiledLexicon {
        var stemGroups: [UInt64: [(stem: [UInt8], id: Int)]] = [:]
        for stem in stems { stemGroups[WordKey.of(stem.stem.prefix(3)), default: []].append(stem) }
        let stemLists = Array(stemGroups.values)
        var tolerantByFirst = [[(bytes: [UInt8], id: Int)]](repeating: [], count: 256)
        for word in tolerant { tolerantByFirst[Int(word.bytes[0])].append(word) }
        return CompiledLexicon(
            // Stems are stored under "stem*", a key no word of a message can have.
            exact: KeyTable(exact.map { ($0.key, $0.value) }),
            stemGroups: KeyTable(stemGroups.keys.enumerated().map { ($1, $0) }),
            stemLists: stemLists, tolerantByFirst: tolerantByFirst)
    }
}

/// The lookup side of the lexicon: which literal numbers a word matches.
struct CompiledLexicon: Sendable {
    let exact: KeyTable
    let stemGroups: KeyTable
    let stemLists: [[(stem: [UInt8], id: Int)]]
    let tolerantByFirst: [[(bytes: [UInt8], id: Int)]]

    /// Appends the numbers of every literal the token matches.
    func ids(of token: Token, bytes: [UInt8], into found: inout [Int32]) {
        let before = found.count
        if let id = exact.value(token.key) { found.append(Int32(id)) }
        if token.prefixKey != 0, let group = stemGroups.value(token.prefixKey) {
            for candidate in stemLists[group] where candidate.stem.count <= token.byteCount {
                var matches = true
                for offset in 0..<candidate.stem.count where bytes[token.byteStart + offset] != candidate.stem[offset] {
                    matches = false
                    break
                }
                if matches { found.append(Int32(candidate.id)) }
            }
        }
        guard found.count == before, token.byteCount >= 4 else { return }
        let first = bytes[token.byteStart]
        for candidate in tolerantByFirst[Int(first)] where abs(candidate.bytes.count - token.byteCount) <= 1 {
            if Self.withinOneEdit(bytes, token.byteStart, token.byteCount, candidate.bytes) {
                found.append(Int32(candidate.id))
            }
        }
    }

    /// Whether the word at `bytes[start..<start + count]` and `other` differ by at most one
    /// insertion, deletion, substitution or swap of neighbours (Damerau–Levenshtein distance ≤ 1).
    static func withinOneEdit(_ bytes: [UInt8], _ start: Int, _ count: Int, _ other: [UInt8]) -> Bool {
        if count == other.count {
            var first = -1, second = -1
            for index in 0..<count where bytes[start + index] != other[index] {
                if first < 0 { first = index } else if second < 0 { second = index } else { return false }
            }
            if first < 0 || second < 0 { return true }
            return second == first + 1 && bytes[start + first] == other[second] && bytes[start + second] == other[first]
        }
        // One letter more in one of them: walk both, allowing a single skip in the longer.
        let longerIsWord = count > other.count
        let longer = longerIsWord ? count : other.count, shorter = longerIsWord ? other.count : count
        var i = 0, j = 0, skipped = false
        while i < longer, j < shorter {
            let a = longerIsWord ? bytes[start + i] : other[i]
            let b = longerIsWord ? other[j] : bytes[start + j]
            if a == b { i += 1; j += 1; continue }
            if skipped { return false }
            skipped = true
            i += 1
        }
        return true
    }
}
