import Foundation
import ReboundCore

/// The page for preparing the next round at one company: the rounds so far, the answers
/// the user wishes they had given there, reminders, likely questions, and their notes on
/// the company (a form).
struct CompanyView {
    struct RoundRow {
        let href: String
        let role: String
        let when: String
        let status: String
    }

    struct LessonRow {
        let question: String
        let rating: String
        let weak: Bool
        /// Nil until the user writes one; the page then offers the debrief to write it in.
        let betterAnswer: String?
        let editHref: String
        let practiseHref: String
    }

    struct LikelyRow {
        let text: String
        let kind: String?
        let reason: String
        let practiseHref: String
    }

    let page: PageChrome
    let company: String
    let href: String
    let upcoming: String?
    let rounds: [RoundRow]
    let hasRounds: Bool
    let lessons: [LessonRow]
    let hasLessons: Bool
    let forgot: [String]
    let nextTime: [String]
    let wentWell: [String]
    let hasForgot: Bool
    let hasNextTime: Bool
    let hasWentWell: Bool
    let hasReminders: Bool
    let likely: [LikelyRow]
    let mockHref: String
    let notesCompany: String
    let fields: [Choice]
    let history: String
    let strengths: String
    let achievements: String
    let goals: String
    let hasNotes: Bool
    let savedOn: String?

    /// How each note is named in a problem message and on the form.
    static let noteLabels = ["history": "History", "strengths": "Strengths", "achievements": "Achievements",
                             "goals": "Where it is heading"]

    /// `form` is what the notes form shows: the saved notes, or those just sent when they had
    /// a problem; nil for an empty form.
    init(page: PageChrome, brief: CompanyBrief, company: String, form: CompanyNotes?, now: Date) {
        self.page = page
        self.company = company
        href = CompanyController.href(brief.key)
        upcoming = brief.upcoming.map { round in
            guard let at = round.nextRoundAt else { return "You are invited to the next round; the day is not set yet." }
            return "Your next round is on \(Formatting.dateTime(at.seconds, in: round.zone)) (\(Formatting.relative(at.seconds, from: now)))."
        }
        rounds = brief.rounds.reversed().map { round in
            RoundRow(href: "/interviews/\(round.interviewID)", role: round.role,
                     when: Formatting.dateTime(round.start.seconds, in: round.zone),
                     status: InterviewView.statusLabels[round.status.rawValue] ?? round.status.rawValue)
        }
        hasRounds = !rounds.isEmpty
        lessons = brief.lessons.map { lesson in
            LessonRow(question: lesson.question, rating: lesson.rating == .weak ? "weak" : lesson.rating.rawValue,
                      weak: lesson.rating == .weak, betterAnswer: lesson.betterAnswer.isEmpty ? nil : lesson.betterAnswer,
                      editHref: "/interviews/\(lesson.interviewID)/debrief/questions",
                      practiseHref: PracticeController.href(question: lesson.question))
        }
        hasLessons = !lessons.isEmpty
        forgot = brief.forgotToMention
        nextTime = brief.nextTime
        wentWell = brief.wentWell
        hasForgot = !forgot.isEmpty
        hasNextTime = !nextTime.isEmpty
        hasWentWell = !wentWell.isEmpty
        hasReminders = hasForgot || hasNextTime || hasWentWell
        likely = brief.likelyQuestions.map { item in
            LikelyRow(text: item.question.text, kind: item.question.kind?.label, reason: Self.reason(item),
                      practiseHref: PracticeController.href(question: item.question.text))
        }
        let role = brief.rounds.last?.role ?? ""
        mockHref = "/mock?go=1&company=\(company.queryValueEncoded)&role=\(role.queryValueEncoded)"
            + "&field=\((brief.notes?.field?.rawValue ?? "").queryValueEncoded)&count=10"
        notesCompany = form?.company ?? company
        fields = Choice.workFields(selected: form?.field, anyLabel: "Any job")
        history = form?.history ?? ""
        strengths = form?.strengths ?? ""
        achievements = form?.achievements ?? ""
        goals = form?.goals ?? ""
        hasNotes = brief.notes != nil
        savedOn = brief.notes.map { Formatting.day($0.updatedAt) }
    }

    /// Why a question is on the list, in a few words.
    static func reason(_ item: LikelyQuestion) -> String {
        switch item.reason {
        case .askedHere: "Asked here before"
        case .aboutTheEmployer: "About them: nearly every employer asks"
        case .weakElsewhere: "Weak in another interview"
        case .common: item.question.fields.first.map { "Common in \($0.label.lowercased())" } ?? "Common in any job"
        case .closing: "The last question: have yours ready"
        }
    }
}
