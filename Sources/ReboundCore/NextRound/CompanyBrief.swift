/// Everything Rebound can put together for the next round at one company: the rounds so
/// far, the user's notes on the company, the answers they wish they had given there, what
/// they forgot to say and mean to do differently, and the questions likely to come up.
/// Pure: the caller loads the interviews, notes and bank and passes the time.
public struct CompanyBrief: Equatable, Sendable {
    /// One interview at the company.
    public struct Round: Equatable, Sendable {
        public let interviewID: String
        public let role: String
        public let start: Timestamp
        public let zone: Zone
        public let status: OutcomeStatus
        public let nextRoundAt: Timestamp?
    }

    /// A question asked at the company, with the answer the user wishes they had given.
    public struct Lesson: Equatable, Sendable {
        public let question: String
        public let rating: AnswerRating
        /// Empty when the user has not written one yet.
        public let betterAnswer: String
        public let askedBy: String?
        public let interviewID: String
        public let askedAt: Timestamp
    }

    public let key: CompanyKey
    /// The name as the user last wrote it: in the notes, else in the latest interview.
    public let company: String
    public let notes: CompanyNotes?
    /// Oldest first.
    public let rounds: [Round]
    /// The latest round, when it led to a next round that is still ahead (or not yet dated).
    public let upcoming: Round?
    /// Questions rated weak or given a better answer, latest interview first, weak first.
    public let lessons: [Lesson]
    /// From every debrief at the company, oldest first, without repeats.
    public let forgotToMention: [String]
    public let nextTime: [String]
    public let wentWell: [String]
    public let likelyQuestions: [LikelyQuestion]

    /// The brief for `key`, from all the user's interviews (those at other companies are
    /// left out here), their notes on the company and their question bank.
    public init(key: CompanyKey, interviews: [(id: String, file: InterviewFile)], notes: CompanyNotes?, bank: QuestionBank,
                now: Timestamp, questionCount: Int = 12) {
        let here = interviews.filter { CompanyKey(company: $0.file.interview.company) == key }
            .sorted { ($0.file.interview.start, $0.id) < ($1.file.interview.start, $1.id) }
        self.key = key
        self.notes = notes
        company = notes?.company ?? here.last?.file.interview.company ?? key.rawValue
        rounds = here.map { id, file in
            Round(interviewID: id, role: file.interview.role, start: file.interview.start, zone: file.interview.timeZone,
                  status: file.interview.outcome.status, nextRoundAt: file.interview.outcome.nextRoundAt)
        }
        // Only the latest round counts: an earlier invitation led to the rounds after it.
        upcoming = rounds.last.flatMap { $0.status == .nextRound && ($0.nextRoundAt.map { $0 >= now } ?? true) ? $0 : nil }
        lessons = here.reversed().flatMap { id, file in
            let noted = file.debrief.questions.filter { $0.rating == .weak || !($0.betterAnswer ?? "").isEmpty }
            return (noted.filter { $0.rating == .weak } + noted.filter { $0.rating != .weak }).map {
                Lesson(question: $0.text, rating: $0.rating, betterAnswer: $0.betterAnswer ?? "", askedBy: $0.askedBy,
                       interviewID: id, askedAt: file.interview.start)
            }
        }
        forgotToMention = Self.unique(here.flatMap(\.file.debrief.forgotToMention))
        nextTime = Self.unique(here.flatMap(\.file.debrief.nextTime))
        wentWell = Self.unique(here.flatMap(\.file.debrief.wentWell))
        // The field the user chose for the company, else the one its job titles name.
        let field = notes?.field ?? here.lazy.compactMap { WorkField.guess(fromRole: $0.file.interview.role) }.first
        likelyQuestions = LikelyQuestion.pick(from: bank, company: key, field: field, count: questionCount)
    }

    /// Lines in order, each kept once (compared without case or surrounding space).
    static func unique(_ lines: [String]) -> [String] {
        var seen = Set<String>()
        return lines.filter { seen.insert($0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()).inserted }
    }
}
