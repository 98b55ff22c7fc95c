import Foundation
import ReboundCore
import ReboundStore

/// What a share link shows: the interview, the debrief and the plan's steps with their
/// state, and nothing that changes anything. Contacts' addresses and numbers are left out.
struct SharedView {
    struct Question {
        let text: String
        let rating: String
        let betterAnswer: String?
    }

    struct Step {
        let title: String
        let due: String
        let state: String
    }

    let page: PageChrome
    let sharedBy: String
    let expires: String
    let company: String
    let role: String
    let when: String
    let status: String
    let wentWell: [String]
    let wentWrong: [String]
    let questions: [Question]
    let forgot: [String]
    let nextTime: [String]
    let hasNextTime: Bool
    let steps: [Step]
    /// When the copy to send was made, for its last line.
    var made = ""

    init(page: PageChrome, interview: StoredInterview, states: [StepState], expires: Date, sharedBy: String, now: Date) {
        self.page = page
        self.sharedBy = sharedBy
        self.expires = Formatting.day(expires)
        let file = interview.file
        let zone = file.interview.timeZone
        company = file.interview.company
        role = file.interview.role
        when = Formatting.dateTime(file.interview.start.seconds, in: zone)
        status = InterviewView.statusLabels[file.interview.outcome.status.rawValue] ?? file.interview.outcome.status.rawValue
        wentWell = file.debrief.wentWell
        wentWrong = file.debrief.wentWrong.map { "\($0.text) (\(InsightsView.setbackLabels[$0.kind] ?? $0.kind.rawValue))" }
        questions = file.debrief.questions.map { Question(text: $0.text, rating: $0.rating.rawValue, betterAnswer: $0.betterAnswer) }
        forgot = file.debrief.forgotToMention
        nextTime = file.debrief.nextTime
        hasNextTime = !nextTime.isEmpty
        let done = states.doneAt
        steps = RecoveryPlan(for: file, now: Timestamp(now)).steps.map { step in
            Step(title: step.title, due: Formatting.dateTime(step.due),
                 state: done[step.key] != nil ? "done" : step.lapsed ? "let go" : step.late ? "late" : "to do")
        }
    }
}
