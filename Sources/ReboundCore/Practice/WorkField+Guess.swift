extension WorkField {
    /// The field a job title most likely belongs to ("Year 4 Teacher" is teaching, "Shift Lead,
    /// Retail" is retail), or nil when the title names none. Words are matched whole, without
    /// case; the first field whose word appears wins, in the order of `roleWords`.
    public static func guess(fromRole role: String) -> WorkField? {
        let list = role.lowercased().split { !$0.isLetter }.map(String.init)
        let words = Set(list)
        // "Social worker", "social work": two words that name the field only together.
        let pairs = Set(zip(list, list.dropFirst()).map { "\($0) \($1)" })
        return roleWords.first { _, names in names.contains { words.contains($0) || pairs.contains($0) } }?.field
    }

    /// Words of job titles, per field, as reviewable data.
    static let roleWords: [(field: WorkField, names: [String])] = [
        (.nursing, ["nurse", "nursing", "midwife", "rn", "lpn", "carer", "healthcare"]),
        (.teaching, ["teacher", "teaching", "tutor", "lecturer", "instructor", "educator", "headteacher", "teachers"]),
        (.software, ["developer", "programmer", "software", "devops", "frontend", "backend", "sre", "qa", "software engineer"]),
        (.socialWork, ["social worker", "social work", "caseworker", "counsellor", "counselor"]),
        (.trades, ["electrician", "plumber", "carpenter", "welder", "mechanic", "technician", "apprentice", "joiner", "builder"]),
        (.hospitality, ["chef", "cook", "waiter", "waitress", "barista", "bartender", "hotel", "restaurant", "kitchen", "sous"]),
        (.retail, ["retail", "store", "shop", "cashier", "merchandiser", "sales"]),
        (.finance, ["accountant", "accounting", "finance", "financial", "auditor", "bookkeeper"]),
        (.marketing, ["marketing", "brand", "content", "seo", "communications", "copywriter"]),
        (.logistics, ["warehouse", "logistics", "driver", "dispatcher", "forklift", "supply", "fulfilment", "fulfillment"]),
    ]
}

extension BankQuestion {
    /// Whether the question belongs in a sheet for `field`: a starter question of that field
    /// or of any job; one of the user's own asked for a job of that field or of a title that
    /// names none; or, asked only for jobs of other fields, a question that carries over (a
    /// story, a motive, pay, a closing question) rather than one about the work itself ("How
    /// do you deal with an upset customer?" is not for a teaching post). Without a field,
    /// every question fits.
    public func fits(_ field: WorkField?) -> Bool {
        guard let field else { return true }
        if !fields.isEmpty { return fields.contains(field) }
        let askedFor = Set(asked.compactMap { WorkField.guess(fromRole: $0.role) })
        if askedFor.isEmpty || askedFor.contains(field) { return true }
        return kind.map(Self.carriesOver.contains) ?? false
    }

    /// Kinds of question that fit any field, wherever they were asked.
    static let carriesOver: Set<QuestionKind> = [.behavioural, .motivation, .closing, .salary]
}
