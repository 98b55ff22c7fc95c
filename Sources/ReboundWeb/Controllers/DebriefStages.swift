import ReboundStore

/// The guided debrief's pages in order, with the words each page opens with. It starts with
/// what went well on purpose: the user arrives sure they failed, and the plan needs the
/// strengths as much as the slips.
struct DebriefPage {
    let stage: DebriefStage
    let heading: String
    let prompt: String

    static let all: [DebriefPage] = [
        DebriefPage(stage: .wentWell, heading: "What went well",
                    prompt: "Start here, while it is fresh: the answers that landed, a moment of rapport, a question you handled. Even on a rough day there is something."),
        DebriefPage(stage: .wentWrong, heading: "What went wrong",
                    prompt: "Now the parts that bother you, one per line, plainly. Naming the kind helps: a blank is fixed differently from a clash of styles."),
        DebriefPage(stage: .questions, heading: "The questions",
                    prompt: "Write down the questions you remember, who asked, and how you think you answered. For a weak one, write the answer you wish you had given: it goes into your thank-you."),
        DebriefPage(stage: .forgot, heading: "What you forgot to mention",
                    prompt: "Skills, results or qualifications that never came up. A follow-up can carry one or two of them."),
        DebriefPage(stage: .interviewers, heading: "Who interviewed you",
                    prompt: "Titles and e-mail addresses let Rebound write each person their own thank-you. Mark the hiring manager, if you know who it is."),
        DebriefPage(stage: .contacts, heading: "The people around this application",
                    prompt: "References the employer may call, your recruiter, someone you know inside the company, whoever introduced you, a mentor. Each one gets a short, fitting note."),
        DebriefPage(stage: .wantsJob, heading: "Do you still want this job?",
                    prompt: "An interview also shows you the team and the boss. If it is not right for you, the plan becomes a polite close instead of a push."),
    ]

    static func page(_ stage: DebriefStage) -> DebriefPage? { all.first { $0.stage == stage } }

    /// The page after `stage`, or `.done` after the last.
    static func after(_ stage: DebriefStage) -> DebriefStage {
        guard let index = all.firstIndex(where: { $0.stage == stage }), index + 1 < all.count else { return .done }
        return all[index + 1].stage
    }

    static func before(_ stage: DebriefStage) -> DebriefStage? {
        guard let index = all.firstIndex(where: { $0.stage == stage }), index > 0 else { return nil }
        return all[index - 1].stage
    }

    /// True when `a` comes after `b` in the debrief (`.done` comes after every page).
    static func isLater(_ a: DebriefStage, than b: DebriefStage) -> Bool {
        let order = all.map(\.stage) + [.done]
        return (order.firstIndex(of: a) ?? 0) > (order.firstIndex(of: b) ?? 0)
    }
}
