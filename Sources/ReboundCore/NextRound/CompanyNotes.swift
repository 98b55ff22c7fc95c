import Foundation

/// What the user has found out about a company before the next round: its history, its
/// strengths, what it has achieved, and where it wants to be in five to ten years. Free
/// text the user writes; Rebound only keeps it and shows it beside the questions.
public struct CompanyNotes: Equatable, Sendable {
    /// The most characters one note may hold.
    public static let textLimit = 5_000

    public let key: CompanyKey
    /// The company's name as the user last wrote it.
    public var company: String
    /// The line of work, which picks the likely questions; nil for questions that suit any job.
    public var field: WorkField?
    public var history: String
    public var strengths: String
    public var achievements: String
    /// Where the company wants to be in five to ten years.
    public var goals: String
    public var updatedAt: Date

    public init(key: CompanyKey, company: String, field: WorkField? = nil, history: String = "", strengths: String = "",
                achievements: String = "", goals: String = "", updatedAt: Date) {
        self.key = key
        self.company = company
        self.field = field
        self.history = history
        self.strengths = strengths
        self.achievements = achievements
        self.goals = goals
        self.updatedAt = updatedAt
    }

    /// The four notes with their names, in the order the page asks for them.
    public var sections: [(name: String, text: String)] {
        [("history", history), ("strengths", strengths), ("achievements", achievements), ("goals", goals)]
    }

    /// Whether nothing has been written in any of the four notes.
    public var isBlank: Bool { sections.allSatisfy { $0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }

    /// The first note longer than `textLimit`, by name; nil when all fit.
    public var tooLong: String? { sections.first { $0.text.count > Self.textLimit }?.name }
}
