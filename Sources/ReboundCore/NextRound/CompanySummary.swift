/// A line of the list of companies: one company the user has interviewed at or written
/// notes on.
public struct CompanySummary: Equatable, Sendable {
    public let key: CompanyKey
    /// The name as the user last wrote it.
    public let company: String
    public let interviewCount: Int
    /// The latest interview's outcome; nil when there are only notes.
    public let latestStatus: OutcomeStatus?
    /// When the latest interview began; nil when there are only notes.
    public let latestStart: Timestamp?
    /// The latest interview's zone, for showing its times as the user lived them.
    public let zone: Zone?
    /// When the next round is, if the latest interview led to one still ahead.
    public let nextRoundAt: Timestamp?
    public let hasNotes: Bool

    /// The user's companies: those with a next round ahead first (soonest first), then the
    /// rest by latest interview, newest first; companies with only notes last, by name.
    public static func list(interviews: [(id: String, file: InterviewFile)], notes: [CompanyNotes], now: Timestamp) -> [CompanySummary] {
        var byKey: [CompanyKey: [InterviewFile]] = [:]
        for (_, file) in interviews {
            guard let key = CompanyKey(company: file.interview.company) else { continue }
            byKey[key, default: []].append(file)
        }
        let notesByKey = Dictionary(notes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let summaries = Set(byKey.keys).union(notesByKey.keys).map { key in
            let files = (byKey[key] ?? []).sorted { $0.interview.start < $1.interview.start }
            let latest = files.last?.interview.outcome
            let ahead = latest?.status == .nextRound ? latest?.nextRoundAt.flatMap { $0 >= now ? $0 : nil } : nil
            return CompanySummary(key: key, company: notesByKey[key]?.company ?? files.last?.interview.company ?? key.rawValue,
                                  interviewCount: files.count, latestStatus: files.last?.interview.outcome.status,
                                  latestStart: files.last?.interview.start, zone: files.last?.interview.timeZone,
                                  nextRoundAt: ahead,
                                  hasNotes: notesByKey[key].map { !$0.isBlank } ?? false)
        }
        return summaries.sorted { lhs, rhs in
            switch (lhs.nextRoundAt, rhs.nextRoundAt) {
            case let (left?, right?): return (left, lhs.key) < (right, rhs.key)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): break
            }
            switch (lhs.latestStart, rhs.latestStart) {
            case let (left?, right?): return left != right ? left > right : lhs.key < rhs.key
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return lhs.company.lowercased() < rhs.company.lowercased()
            }
        }
    }
}
