import ReboundCore
import ReboundStore

/// One page of the guided debrief: the stage's rows with a few blank ones to fill.
struct DebriefView {
    struct Step {
        let number: Int
        let heading: String
        let href: String
        let current: Bool
    }

    struct Item {
        let index: Int
        /// How the row is numbered for people: from 1.
        var number: Int { index + 1 }
        /// The first empty row after "Add another": it takes the focus.
        var focused = false
        let text: String
    }

    struct WrongRow {
        let index: Int
        /// How the row is numbered for people: from 1.
        var number: Int { index + 1 }
        /// The first empty row after "Add another": it takes the focus.
        var focused = false
        let text: String
        let kinds: [Choice]
    }

    struct QuestionRow {
        let index: Int
        /// How the row is numbered for people: from 1.
        var number: Int { index + 1 }
        /// The first empty row after "Add another": it takes the focus.
        var focused = false
        /// A blank or weak answer noted under what went wrong, offered as the question to name
        /// (shown beside the empty box, never saved as a question by itself).
        var noted: String?
        let text: String
        let askers: [Choice]
        let ratings: [Choice]
        let better: String
    }

    struct PersonRow {
        let index: Int
        /// How the row is numbered for people: from 1.
        var number: Int { index + 1 }
        /// The first empty row after "Add another": it takes the focus.
        var focused = false
        let name: String
        let title: String
        let email: String
        let phone: String
        let hiringManager: Bool
    }

    struct ContactRow {
        let index: Int
        /// How the row is numbered for people: from 1.
        var number: Int { index + 1 }
        /// The first empty row after "Add another": it takes the focus.
        var focused = false
        let name: String
        let relations: [Choice]
        let email: String
        let phone: String
        let mayBeContacted: Bool
    }

    let page: PageChrome
    let interviewID: String
    let company: String
    let role: String
    let heading: String
    let prompt: String
    let stage: String
    let number: Int
    let count: Int
    let steps: [Step]
    let isFirst: Bool
    let isLast: Bool
    let isWentWell: Bool
    let isWentWrong: Bool
    let isQuestions: Bool
    let isForgot: Bool
    let isInterviewers: Bool
    let isContacts: Bool
    let isWantsJob: Bool
    let items: [Item]
    let wrongs: [WrongRow]
    let questions: [QuestionRow]
    let people: [PersonRow]
    let contacts: [ContactRow]
    let wantsJob: Bool

    static let kindLabels: [String: String] = [
        "blank": "Drew a blank", "weak-answer": "Weak answer", "improper-remark": "Said something I regret", "nerves": "Nerves",
        "logistics": "Late, lost or technical trouble", "chemistry": "No rapport", "other": "Something else",
    ]
    static let ratingLabels: [String: String] = ["strong": "Strong", "ok": "All right", "weak": "Weak"]
    static let relationLabels: [String: String] = [
        "reference": "Reference", "recruiter": "Recruiter", "insider": "Works at the company", "referrer": "Introduced me",
        "mentor": "Mentor",
    ]

    /// How many question rows were carried over from what went wrong.
    let fromSetbacks: Int

    /// The page of `page` for `file`, with one empty row to fill; after "Add another"
    /// (`focusNewRow`) that row takes the focus, so the user types straight into it.
    init(chrome: PageChrome, interview: StoredInterview, file: InterviewFile, page: DebriefPage, focusNewRow: Bool = false) {
        let focus = focusNewRow
        self.page = chrome
        interviewID = interview.id.rawValue
        company = file.interview.company
        role = file.interview.role
        heading = page.heading
        prompt = page.prompt
        stage = page.stage.rawValue
        let pages = DebriefPage.all
        let position = pages.firstIndex { $0.stage == page.stage } ?? 0
        number = position + 1
        count = pages.count
        steps = pages.enumerated().map { index, item in
            Step(number: index + 1, heading: item.heading, href: "/interviews/\(interview.id)/debrief/\(item.stage.rawValue)",
                 current: index == position)
        }
        isFirst = position == 0
        isLast = position == pages.count - 1
        isWentWell = page.stage == .wentWell
        isWentWrong = page.stage == .wentWrong
        isQuestions = page.stage == .questions
        isForgot = page.stage == .forgot
        isInterviewers = page.stage == .interviewers
        isContacts = page.stage == .contacts
        isWantsJob = page.stage == .wantsJob
        // One empty row ready to fill; "Add another" saves and offers a fresh one, focused.
        let blanks = 1
        let debrief = file.debrief

        let listed = page.stage == .forgot ? debrief.forgotToMention : debrief.wentWell
        items = (listed + Array(repeating: "", count: max(blanks, 3 - listed.count))).enumerated()
            .map { Item(index: $0.offset, focused: focus && $0.offset == listed.count, text: $0.element) }

        let kinds = SetbackKind.allCases.map(\.rawValue)
        wrongs = (debrief.wentWrong.map { ($0.text, $0.kind.rawValue) } + Array(repeating: ("", "other"), count: blanks))
            .enumerated().map { index, row in
                WrongRow(index: index, focused: focus && index == debrief.wentWrong.count, text: row.0,
                         kinds: Choice.list(kinds, selected: row.1, labels: Self.kindLabels))
            }

        let askers = [""] + file.interview.interviewers.map(\.name)
        let ratings = AnswerRating.allCases.map(\.rawValue)
        // A blank or a weak answer noted under what went wrong comes forward, the first time
        // this page is filled, as an empty question rated weak with the note beside it: the
        // user names the question; the note itself ("I blanked…") never becomes one.
        let carried = debrief.questions.isEmpty ? debrief.wentWrong.filter { $0.kind == .blank || $0.kind == .weakAnswer }.map(\.text) : []
        fromSetbacks = carried.count
        let filled = debrief.questions + carried.map { _ in InterviewQuestion(text: "", rating: .weak) }
        questions = (filled + Array(repeating: InterviewQuestion(text: ""), count: blanks)).enumerated().map { index, question in
            QuestionRow(index: index, focused: focus && index == filled.count,
                        noted: index >= debrief.questions.count && index < filled.count ? carried[index - debrief.questions.count] : nil,
                        text: question.text,
                        askers: Choice.list(askers, selected: question.askedBy ?? "", labels: ["": "Not sure"]),
                        ratings: Choice.list(ratings, selected: question.rating.rawValue, labels: Self.ratingLabels),
                        better: question.betterAnswer ?? "")
        }

        people = (file.interview.interviewers + Array(repeating: Interviewer(name: ""), count: max(1, blanks - 1))).enumerated()
            .map { index, person in
                PersonRow(index: index, focused: focus && index == file.interview.interviewers.count, name: person.name, title: person.title ?? "", email: person.email ?? "",
                          phone: person.phone ?? "", hiringManager: person.hiringManager)
            }

        let relations = ContactRelation.allCases.map(\.rawValue)
        contacts = (file.contacts.map(Optional.some) + Array(repeating: nil, count: blanks)).enumerated().map { index, contact in
            ContactRow(index: index, focused: focus && index == file.contacts.count, name: contact?.name ?? "",
                       relations: Choice.list(relations, selected: contact?.relation.rawValue ?? "reference", labels: Self.relationLabels),
                       email: contact?.email ?? "", phone: contact?.phone ?? "", mayBeContacted: contact?.mayBeContacted ?? false)
        }
        wantsJob = file.interview.wantsJob
    }
}
