/// Finds names that belong to another application: a greeting to someone who is not part
/// of this interview, or another company named as the employer the writer wants to join.
struct NameCheck {
    /// Words in a greeting that are not names.
    static let greetingWords: Set<String> = [
        "hi", "hello", "hey", "dear", "greetings", "good", "morning", "afternoon", "evening", "day", "hiya", "to", "whom",
        "it", "may", "concern", "team", "all", "everyone", "there", "hiring", "manager", "managers", "committee", "panel",
        "sir", "madam", "or", "folks", "recruiter", "recruiting", "recruitment", "talent", "hr", "friends", "colleagues",
        "again", "both", "you", "and", "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sirs", "people",
        "search", "selection", "interview", "interviewers", "members", "of", "the",
    ]
    /// Words before a company name that present it as the employer the writer wants to join.
    static let employerLeadIns: [[String]] = [
        ["role", "at"], ["role", "with"], ["position", "at"], ["position", "with"], ["job", "at"], ["job", "with"],
        ["opportunity", "at"], ["opportunity", "with"], ["opening", "at"], ["vacancy", "at"], ["interview", "at"],
        ["interview", "with"], ["interviewing", "at"], ["interviewing", "with"], ["team", "at"], ["career", "at"],
        ["future", "at"], ["work", "at"], ["work", "for"], ["join"], ["joining"], ["part", "of"], ["culture", "at"],
        ["here", "at"], ["everyone", "at"], ["people", "at"], ["contribute", "to"],
        ["recruiter", "at"], ["recruiters", "at"], ["hr", "at"], ["manager", "at"], ["managers", "at"], ["panel", "at"],
        ["application", "to"], ["application", "at"], ["application", "with"], ["applied", "to"], ["applied", "at"],
        ["applying", "to"], ["applying", "at"], ["apply", "to"], ["offer", "from"], ["start", "at"], ["starting", "at"],
    ]
    /// Words after the role's own words that present the next name as its employer
    /// ("Marketing Coordinator at Pellston Home Goods").
    static let roleLinkKeys = KeyTable(keys: ["at", "with", "for"].map(WordKey.of))
    /// The lead-ins as word keys, grouped by their last word, so each token needs one lookup.
    static let leadInKeys: [[UInt64]] = employerLeadIns.map { $0.map(WordKey.of) }
    /// Lead-ins grouped by the key of their last word: `leadInGroups[leadInsByLastWord.value(key)]`.
    static let (leadInsByLastWord, leadInGroups): (KeyTable, [[Int]]) = {
        let grouped = Array(Dictionary(grouping: leadInKeys.indices, by: { leadInKeys[$0].last! }))
        return (KeyTable(grouped.enumerated().map { ($1.key, $0) }), grouped.map(\.value))
    }()
    static let greetingKeys = KeyTable(keys: greetingWords.map(WordKey.of))
    static let pastMarkerKeys = KeyTable(keys: pastMarkers.map(WordKey.of))
    static let unitKeys = KeyTable(keys: unitWords.map(WordKey.of))
    static let determinerKeys = KeyTable(keys: ["the", "your", "our"].map(WordKey.of))
    /// Words that, earlier in the sentence, mark a story about past work.
    static let pastMarkers: Set<String> = [
        "worked", "spent", "led", "managed", "ran", "built", "previous", "previously", "former", "formerly", "last",
        "prior", "while", "during", "years", "months", "interned", "internship", "earlier", "past", "ago", "used",
    ]
    /// Words after a capitalized name that make it a department, not a company.
    static let unitWords: Set<String> = ["team", "department", "group", "division", "squad", "office", "function", "unit", "crew"]
    static let companySuffixes: Set<String> = [
        "inc", "llc", "ltd", "co", "corp", "corporation", "company", "group", "plc", "gmbh", "sa", "ag", "limited", "the", "and",
    ]

    let knownNameParts: Set<String>
    let companyParts: [String]
    let roleParts: Set<String>
    /// The role's last word (usually its noun), for "Coordinator at …".
    let roleLastKey: UInt64?
    let company: String

    init(file: InterviewFile) {
        let people = file.interview.interviewers.map(\.name) + file.contacts.map(\.name)
        knownNameParts = Set(people.flatMap(Self.parts))
        company = file.interview.company
        companyParts = Self.parts(of: company).filter { !Self.companySuffixes.contains($0) }
        roleParts = Set(Self.parts(of: file.interview.role))
        roleLastKey = Self.parts(of: file.interview.role).last.map(WordKey.of)
    }

    /// The lowercased words of a name without accents: "Zoë O'Neill" gives ["zoe", "oneill"].
    static func parts(of name: String) -> [String] {
        // Plain ASCII, the usual case: lower-case letters and digits, split at anything else.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var parts: [String] = []
            var current: [UInt8] = []
            for byte in name.utf8 {
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    current.append(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    current.append(byte + 32)
                } else if byte != UInt8(ascii: "'") {
                    if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
                    current.removeAll(keepingCapacity: true)
                }
            }
            if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
            return parts
        }
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { parts.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    current.append(scalar)
                } else if value >= 0x41 && value <= 0x5A {
                    current.append(Unicode.Scalar(value + 32)!)
                } else if scalar != "'" {
                    flush()
                }
            } else if scalar == "’" || scalar == "‘" {
                continue
            } else if Tokenizer.isWordCharacter(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if let base = accentFree[lower] { current.append(contentsOf: base.unicodeScalars) } else { current.append(lower) }
                }
            } else {
                flush()
            }
        }
        flush()
        return parts
    }

    /// Latin letters with accents and their plain forms, for comparing names as people type them.
    static let accentFree: [Unicode.Scalar: String] = {
        let groups = ["a": "àáâãäåāăą", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ",
                      "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏő",
                      "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
                      "ss": "ß", "ae": "æ", "oe": "œ"]
        var table: [Unicode.Scalar: String] = [:]
        for (base, accented) in groups { for scalar in accented.unicodeScalars { table[scalar] = base } }
        return table
    }()

    func wrongNames(tokenizer: Tokenizer, greeting: TextRange?) -> [TextRange] {
        var ranges: [TextRange] = []
        if let greeting { ranges += wrongGreeting(tokenizer.tokens.filter { greeting.contains($0.start) }, tokenizer: tokenizer) }
        ranges += wrongEmployers(tokenizer, greeting: greeting)
        return ranges
    }

    /// Greeting words that are names but not of anyone in this application (or its company).
    private func wrongGreeting(_ greetingTokens: [Token], tokenizer: Tokenizer) -> [TextRange] {
        let unknown = greetingTokens.filter { token in
            guard !Self.greetingKeys.contains(token.key) else { return false }
            let part = Self.parts(of: tokenizer.word(token)).joined()
            return !isKnownName(part) && !companyParts.contains(part) && !roleParts.contains(part)
        }
        guard let first = unknown.first, let last = unknown.last else { return [] }
        return [TextRange(start: first.start, end: last.end)]
    }

    private func isKnownName(_ part: String) -> Bool {
        if knownNameParts.contains(part) { return true }
        // A short form of a known name: "Sam" for "Samantha", "Chris" for "Christopher".
        return part.count >= 3 && knownNameParts.contains { $0.hasPrefix(part) }
    }

    /// Capitalized names after "the role at", "join", … that are not this company.
    private func wrongEmployers(_ tokenizer: Tokenizer, greeting: TextRange?) -> [TextRange] {
        let tokens = tokenizer.tokens
        var ranges: [TextRange] = []
        // The first word of the current sentence that puts it in the past ("used to", "was"),
        // noted on the way so no word is looked at twice (a sentence's words are contiguous).
        var markedSentence = -1, firstPastMarker = Int.max
        for index in tokens.indices {
            let sentence = tokens[index].sentence
            if sentence != markedSentence { markedSentence = sentence; firstPastMarker = .max }
            if firstPastMarker == .max, Self.pastMarkerKeys.contains(tokens[index].key) { firstPastMarker = index }
            if tokens[index].isQuoted { continue }
            var leadLength = 0
            if let group = Self.leadInsByLastWord.value(tokens[index].key),
               let leadIn = Self.leadInGroups[group].map({ Self.leadInKeys[$0] }).first(where: { leadIn in
                   index + 1 >= leadIn.count && leadIn.enumerated().allSatisfy { offset, key in
                       let position = index - (leadIn.count - 1) + offset
                       return tokens[position].key == key && tokens[position].sentence == sentence
                   }
               }) {
                leadLength = leadIn.count
            } else if index > 0, Self.roleLinkKeys.contains(tokens[index].key), let roleLastKey,
                      tokens[index - 1].key == roleLastKey, tokens[index - 1].sentence == sentence {
                leadLength = 2
            }
            guard leadLength > 0 else { continue }
            let leadStart = index - (leadLength - 1)
            if firstPastMarker < leadStart { continue }
            var position = index + 1
            if position < tokens.count, Self.determinerKeys.contains(tokens[position].key) { position += 1 }
            var nameEnd = position
            while nameEnd < tokens.count, tokens[nameEnd].sentence == sentence, tokens[nameEnd].isCapitalized,
                  tokens[nameEnd].clause == tokens[index].clause || nameEnd == position {
                nameEnd += 1
            }
            guard nameEnd > position else { continue }
            if nameEnd < tokens.count, Self.unitKeys.contains(tokens[nameEnd].key) { continue }
            let candidate = tokens[position..<nameEnd].flatMap { Self.parts(of: tokenizer.word($0)) }
                .filter { !Self.companySuffixes.contains($0) }
            guard !candidate.isEmpty, !isThisCompany(candidate),
                  !candidate.allSatisfy({ roleParts.contains($0) || isKnownName($0) }) else { continue }
            if let greeting, greeting.contains(tokens[position].start) { continue }
            ranges.append(TextRange(start: tokens[position].start, end: tokens[nameEnd - 1].end))
        }
        return ranges
    }

    private func isThisCompany(_ candidate: [String]) -> Bool {
        guard !companyParts.isEmpty else { return true }
        if candidate.first == companyParts.first { return true }
        let candidateText = candidate.joined(), companyText = companyParts.joined()
        return candidateText.hasPrefix(companyText) || companyText.hasPrefix(candidateText)
    }
}
