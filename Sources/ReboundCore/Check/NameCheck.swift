import Foundation

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
    ]
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
    let company: String

    init(file: InterviewFile, kind: MessageKind) {
        let people = file.interview.interviewers.map(\.name) + file.contacts.map(\.name)
        knownNameParts = Set(people.flatMap(Self.parts))
        company = file.interview.company
        companyParts = Self.parts(of: company).filter { !Self.companySuffixes.contains($0) }
        roleParts = Set(Self.parts(of: file.interview.role))
    }

    static func parts(of name: String) -> [String] {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).replacingApostrophes()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    func wrongNames(in text: String, tokens: [Token], greeting: TextRange?) -> [TextRange] {
        var ranges: [TextRange] = []
        if let greeting { ranges += wrongGreeting(tokens.filter { greeting.contains($0.start) }, text: text) }
        ranges += wrongEmployers(tokens, greeting: greeting)
        return ranges
    }

    /// Greeting words that are names but not of anyone in this application (or its company).
    private func wrongGreeting(_ greetingTokens: [Token], text: String) -> [TextRange] {
        let nameTokens = greetingTokens.filter { !Self.greetingWords.contains($0.normalized) }
        let unknown = nameTokens.filter { token in
            let part = Self.parts(of: token.normalized).joined()
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
    private func wrongEmployers(_ tokens: [Token], greeting: TextRange?) -> [TextRange] {
        var ranges: [TextRange] = []
        for index in tokens.indices {
            guard let leadIn = Self.employerLeadIns.first(where: { leadIn in
                index + 1 >= leadIn.count && leadIn.enumerated().allSatisfy { offset, word in
                    let position = index - (leadIn.count - 1) + offset
                    return tokens[position].normalized == word && tokens[position].sentence == tokens[index].sentence
                }
            }) else { continue }
            let sentence = tokens[index].sentence
            let leadStart = index - (leadIn.count - 1)
            if tokens[..<leadStart].contains(where: { $0.sentence == sentence && Self.pastMarkers.contains($0.normalized) }) {
                continue
            }
            var position = index + 1
            if position < tokens.count, ["the", "your", "our"].contains(tokens[position].normalized) { position += 1 }
            var nameEnd = position
            while nameEnd < tokens.count, tokens[nameEnd].sentence == sentence, tokens[nameEnd].isCapitalized,
                  tokens[nameEnd].clause == tokens[index].clause || nameEnd == position {
                nameEnd += 1
            }
            guard nameEnd > position else { continue }
            if nameEnd < tokens.count, Self.unitWords.contains(tokens[nameEnd].normalized) { continue }
            let candidate = tokens[position..<nameEnd].flatMap { Self.parts(of: $0.normalized) }
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
