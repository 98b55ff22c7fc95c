import Foundation
import ReboundCore
import ReboundStore

/// The interview page: the plan as a checklist, late steps first, with the notes beside it.
struct InterviewView {
    struct StepRow: Equatable {
        let key: String
        let anchor: String
        let title: String
        let detail: String
        let caution: String?
        let due: String
        let dueRelative: String
        let late: Bool
        /// The step's moment has passed: shown apart, muted, with why letting it go is fine.
        let lapsed: Bool
        let optional: Bool
        let done: Bool
        let minutes: Int
        let draftHref: String?
        /// For a practice step: the practice page for its question.
        let practiceHref: String?
        /// For the step that prepares the next round: the company's page.
        let prepareHref: String?
    }

    let page: PageChrome
    let id: String
    let company: String
    let role: String
    let when: String
    let zone: String
    let status: String
    let debriefUnfinished: Bool
    let resumeHref: String
    /// The plan's checklist (`interview-plan`), rendered apart from the page.
    struct PlanPart: Equatable, Sendable {
        let id: String
        /// The form token for the steps' done and undo buttons.
        let csrf: String
        let lateSteps: [StepRow]
        let upcomingSteps: [StepRow]
        let lapsedSteps: [StepRow]
        let doneSteps: [StepRow]
        var hasLate: Bool { !lateSteps.isEmpty }
        var hasUpcoming: Bool { !upcomingSteps.isEmpty }
        var hasLapsed: Bool { !lapsedSteps.isEmpty }
        var hasDone: Bool { !doneSteps.isEmpty }
    }

    let planPart: PlanPart
    /// `planPart` as rendered, set by the page before it is shown.
    var planSection = RenderedHTML.empty
    let outcomes: [Choice]
    let outcomeDate: String
    let nextRoundDate: String
    let nextRoundTime: String
    /// The day the employer said they would decide, for the outcome form's date field.
    let decisionBy: String
    /// "Did they say when they would decide?" is asked while the user waits to hear.
    let waiting: Bool
    /// The user was offered the job: the page congratulates and points to the reply.
    let offered: Bool
    let invitesReread: Bool
    let nextTime: String
    /// The same notes for showing, nil when there are none (an empty string would still show the heading).
    let nextTimeNotes: String?
    let wentWell: [String]
    let wentWrong: [String]
    let questions: [String]
    let weakQuestions: [String]
    let wantsJob: Bool
    /// The page for preparing the next round at this company.
    let companyHref: String?
    let invitedBack: Bool

    static let statusLabels: [String: String] = [
        "pending": "Waiting to hear", "next-round": "Invited to the next round", "rejected": "Not offered the job",
        "offer": "Offered the job", "withdrawn": "I withdrew",
    ]

    /// The page of `interview` at `now`, showing `plan`: its plan at that moment.
    init(chrome: PageChrome, interview: StoredInterview, plan: RecoveryPlan, states: [StepState], now: Date) {
        page = chrome
        let file = interview.file
        let zone = file.interview.timeZone
        id = interview.id.rawValue
        company = file.interview.company
        role = file.interview.role
        let companyHref = CompanyController.href(company: file.interview.company)
        self.companyHref = companyHref
        invitedBack = file.interview.outcome.status == .nextRound && companyHref != nil
        when = Formatting.dateTime(file.interview.start.seconds, in: zone)
        self.zone = zone.identifier
        status = Self.statusLabels[file.interview.outcome.status.rawValue] ?? file.interview.outcome.status.rawValue
        debriefUnfinished = interview.stage != .done
        resumeHref = "/interviews/\(interview.id)/debrief/\(interview.stage == .done ? DebriefStage.wentWell.rawValue : interview.stage.rawValue)"

        let doneAt = states.doneAt
        let rows = plan.steps.map { step in
            let stepKey = step.key
            let key = stepKey.rawValue
            let done = doneAt[stepKey] != nil
            return StepRow(
                key: key, anchor: "step-" + Self.anchor(key), title: step.title, detail: step.detail, caution: step.caution,
                due: Formatting.dateTime(step.due), dueRelative: Formatting.relative(step.due.seconds, from: now),
                late: step.late && !done, lapsed: step.lapsed && !done, optional: step.optional, done: done, minutes: step.minutes,
                draftHref: step.lapsed ? nil : step.draft.map { kind in
                    step.who.map { DraftController.href(interview.id, "\(kind.rawValue):\($0)") } ?? "/interviews/\(interview.id)/drafts"
                },
                practiceHref: step.kind == .practice ? step.about.map(PracticeController.href(question:)) : nil,
                prepareHref: step.kind == .prepareNextRound ? companyHref : nil)
        }
        planPart = PlanPart(id: id, csrf: chrome.csrf, lateSteps: rows.filter { $0.late },
                            upcomingSteps: rows.filter { !$0.late && !$0.lapsed && !$0.done },
                            lapsedSteps: rows.filter(\.lapsed), doneSteps: rows.filter(\.done))

        let outcome = file.interview.outcome
        outcomes = Choice.list(OutcomeStatus.allCases.map(\.rawValue), selected: outcome.status.rawValue, labels: Self.statusLabels)
        outcomeDate = Formatting.inputValues(outcome.at?.seconds ?? Int64(now.timeIntervalSince1970), in: zone).date
        let nextRound = outcome.nextRoundAt.map { Formatting.inputValues($0.seconds, in: zone) }
        nextRoundDate = nextRound?.date ?? ""
        nextRoundTime = nextRound?.time ?? ""
        decisionBy = DecisionDateField.value(of: file.interview)
        waiting = outcome.status == .pending
        offered = outcome.status == .offer

        // Two days after the interview, with a cooler head, the notes are worth a reread.
        invitesReread = now.timeIntervalSince1970 >= Double(file.interview.effectiveEnd.seconds + 2 * 86_400)
        nextTime = file.debrief.nextTime.joined(separator: "\n")
        nextTimeNotes = nextTime.isEmpty ? nil : nextTime
        wentWell = file.debrief.wentWell
        wentWrong = file.debrief.wentWrong.map(\.text)
        questions = file.debrief.questions.filter { $0.rating != .weak }.map(\.text)
        weakQuestions = file.debrief.weakQuestions.map(\.text)
        wantsJob = file.interview.wantsJob
        rejected = outcome.status == .rejected
        traps = rejected ? ThinkingTrap.common.map { TrapRow(thought: $0.thought, reframe: $0.reframe) } : []
    }

    /// A thinking trap and its reframe, shown after a rejection.
    struct TrapRow {
        let thought: String
        let reframe: String
    }

    let rejected: Bool
    let traps: [TrapRow]

    /// An active share link, as its owner sees it.
    struct ShareRow {
        let id: String
        let linkID: String
        let created: String
        let expires: String
    }

    var shareLinks: [ShareRow] = []
    var hasShareLinks = false
    /// A link just made, shown this once.
    var newShareURL: String?
    let shareDays = Choice.list(["1", "7", "30"], selected: "7", labels: ["1": "1 day", "7": "7 days", "30": "30 days"])

    /// The app was reached at this computer's own address, so a link opens nowhere else.
    var shareIsLocal = false

    /// Adds the interview's active share links and, just after making one, its URL. On a
    /// loopback address (`local`), the page says a link only works on this computer.
    mutating func showShares(_ links: [ShareLink], newURL: String?, local: Bool) {
        shareLinks = links.map { ShareRow(id: id, linkID: $0.id, created: Formatting.day($0.createdAt), expires: Formatting.day($0.expiresAt)) }
        hasShareLinks = !links.isEmpty
        newShareURL = newURL
        shareIsLocal = local
    }

    /// An HTML id from a step key: letters and digits kept, the rest as `-`.
    static func anchor(_ key: String) -> String {
        if let ascii = asciiAnchor(key) { return ascii }
        var anchor = ""
        anchor.reserveCapacity(min(key.utf8.count, 80))
        for scalar in key.unicodeScalars.prefix(80) {
            let kept = switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
            case 0..<0x80: false
            default: scalar.properties.isAlphabetic
            }
            anchor.unicodeScalars.append(kept ? scalar : "-")
        }
        return anchor
    }

    /// `anchor` for a key that is all ASCII, a byte at a time; nil for other keys.
    private static func asciiAnchor(_ key: String) -> String? {
        var anchor: [UInt8] = []
        anchor.reserveCapacity(min(key.utf8.count, 80))
        for byte in key.utf8.prefix(80) {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                anchor.append(byte)
            default: anchor.append(UInt8(ascii: "-"))
            }
        }
        return String(decoding: anchor, as: UTF8.self)
    }
}
