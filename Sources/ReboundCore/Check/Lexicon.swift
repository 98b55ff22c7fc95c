/// Every word the patterns mention, each with a number, and a fast way to find which of
/// them a word of a message matches (exactly, by stem, or with one typo).
struct Lexicon {
    private(set) var exact: [String: Int] = [:]
    /// Stems keyed by their first three letters.
    private(set) var stems: [String: [(stem: String, id: Int)]] = [:]
    /// Typo-tolerant words keyed by their first letter.
    private(set) var tolerant: [UInt8: [(bytes: [UInt8], id: Int)]] = [:]
    private(set) var count = 0

    /// The number of a literal as written in a pattern (`word`, `stem*`, `word~`).
    mutating func id(for literal: String) -> Int {
        var word = literal
        let isStem = word.hasSuffix("*")
        let isTolerant = word.hasSuffix("~")
        if isStem || isTolerant { word.removeLast() }
        let key = isStem ? "\(word)*" : word
        if let known = exact[key] {
            if isTolerant { addTolerant(word, id: known) }
            return known
        }
        let id = count
        count += 1
        exact[key] = id
        if isStem { stems[String(word.prefix(3)), default: []].append((word, id)) }
        if isTolerant { addTolerant(word, id: id) }
        return id
    }

    private mutating func addTolerant(_ word: String, id: Int) {
        let bytes = Array(word.utf8)
        guard let first = bytes.first, bytes.count >= 4 else { return }
        if tolerant[first, default: []].contains(where: { $0.id == id }) { return }
        tolerant[first, default: []].append((bytes, id))
    }

    /// The numbers of every literal a normalized word matches.
    func ids(of word: String) -> [Int] {
        var found: [Int] = []
        if let id = exact[word] { found.append(id) }
        let utf8 = word.utf8
        if utf8.count >= 3, let candidates = stems[String(word.prefix(3))] {
            for candidate in candidates where word.hasPrefix(candidate.stem) { found.append(candidate.id) }
        }
        if found.isEmpty, utf8.count >= 4, let first = utf8.first, let candidates = tolerant[first] {
            let bytes = Array(utf8)
            for candidate in candidates where abs(candidate.bytes.count - bytes.count) <= 1 {
                if Self.withinOneEdit(bytes, candidate.bytes) { found.append(candidate.id) }
            }
        }
        return found
    }

    /// Whether two words differ by at most one insertion, deletion, substitution or
    /// swap of neighbours (Damerau–Levenshtein distance at most 1).
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return true }
        if a.count == b.count {
            var mismatches: [Int] = []
            for index in a.indices where a[index] != b[index] {
                mismatches.append(index)
                if mismatches.count > 2 { return false }
            }
            if mismatches.count == 1 { return true }
            let (i, j) = (mismatches[0], mismatches[1])
            return j == i + 1 && a[i] == b[j] && a[j] == b[i]
        }
        let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
        var i = 0, j = 0, skipped = false
        while i < longer.count, j < shorter.count {
            if longer[i] == shorter[j] { i += 1; j += 1; continue }
            if skipped { return false }
            skipped = true
            i += 1
        }
        return true
    }
}
