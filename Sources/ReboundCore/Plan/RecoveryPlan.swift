/// The dated recovery plan for one interview, computed from the playbook at a given moment.
public struct RecoveryPlan: Equatable, Sendable {
    /// Steps sorted by due time; late steps therefore come first.
    public let steps: [PlanStep]

    /// Applies `Playbook.rules` to an interview file as seen at `now`.
    public init(for file: InterviewFile, now: Timestamp, rules: [PlaybookRule] = Playbook.rules) {
        steps = Self.schedule(file, rules: rules).map { Self.step($0, of: file, late: $0.due < now) }
    }

    /// The plan of `outline` as seen at `now`: the same as the plan of the outline's file.
    public init(_ outline: Outline, now: Timestamp) {
        steps = outline.steps.map { $0.onTime.due < now ? $0.late : $0.onTime }
    }

    /// A plan before the moment it is looked at: each step with its due time and its wording
    /// both on time and late. Making one costs about what making a plan costs; the plan at
    /// any moment is then only a choice per step, so a page shown often can keep the outline.
    public struct Outline: Sendable {
        let steps: [(onTime: PlanStep, late: PlanStep)]

        public init(for file: InterviewFile, rules: [PlaybookRule] = Playbook.rules) {
            steps = RecoveryPlan.schedule(file, rules: rules).map {
                (RecoveryPlan.step($0, of: file, late: false), RecoveryPlan.step($0, of: file, late: true))
            }
        }
    }

    /// A scheduled step put into words, on time or late.
    private static func step(_ scheduled: ScheduledStep, of file: InterviewFile, late: Bool) -> PlanStep {
        let subject = scheduled.subject
        let advice = StepAdvice.compiledForKind(scheduled.kind, relation: subject.relation)
        // A handful of slots: a small list is cheaper to build and search than a dictionary.
        var slots = [(name: "{company}", value: file.interview.company), (name: "{role}", value: file.interview.role)]
        if let who = subject.who { slots.append(("{who}", who)) }
        if let about = subject.about { slots.append(("{about}", "“\(about)”")) }
        let value = { (name: String) in slots.first { $0.name == name }?.value }
        return PlanStep(
            kind: scheduled.kind, who: subject.who, about: subject.about, due: scheduled.due, optional: scheduled.optional,
            late: late, title: advice.title.rendered(value), detail: (late ? advice.lateDetail : advice.detail).rendered(value),
            caution: subject.relation == .insider ? StepAdvice.compiledInsiderCaution.rendered(value) : nil,
            minutes: advice.minutes, draft: scheduled.draft)
    }

    /// A step before it is put into words: its rule, whom or what it is about, and when it is due.
    struct ScheduledStep {
        let kind: StepKind
        let optional: Bool
        let draft: DraftKind?
        let subject: Subject
        let due: Timestamp
    }

    /// The steps the rules call for, sorted by due time (ties in rule order, then file order).
    static func schedule(_ file: InterviewFile, rules: [PlaybookRule] = Playbook.rules) -> [ScheduledStep] {
        let scheduler = DueScheduler(interview: file.interview)
        var made: [ScheduledStep] = []
        // Several rules share a due rule; each distinct one is reckoned once.
        var dues: [(rule: PlaybookRule.Due, due: Timestamp)] = []
        for rule in rules where applies(rule, to: file) {
            let subjects = subjects(of: rule, in: file)
            guard !subjects.isEmpty else { continue }
            let due: Timestamp
            if let known = dues.first(where: { $0.rule == rule.due }) {
                due = known.due
            } else {
                due = file.interview.timeZone.timestamp(scheduler.dueSeconds(for: rule.due))
                dues.append((rule.due, due))
            }
            made += subjects.map { ScheduledStep(kind: rule.kind, optional: rule.optional, draft: rule.draft, subject: $0, due: due) }
        }
        return made.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
    }

    /// Steps whose due time has passed.
    public var lateSteps: [PlanStep] { steps.filter(\.late) }

    struct Subject {
        var who: String?
        var about: String?
        var relation: ContactRelation?
    }

    private static func applies(_ rule: PlaybookRule, to file: InterviewFile) -> Bool {
        let interview = file.interview
        return rule.statuses.contains(interview.outcome.status)
            && (!rule.needsWantsJob || interview.wantsJob)
            && (!rule.needsWeakQuestion || !file.debrief.weakQuestions.isEmpty)
    }

    private static func subjects(of rule: PlaybookRule, in file: InterviewFile) -> [Subject] {
        switch rule.subject {
        case .plan:
            return [Subject()]
        case .eachInterviewer:
            return file.interview.interviewers.map { Subject(who: $0.name) }
        case .hiringManager:
            return file.interview.hiringManager.map { [Subject(who: $0.name)] } ?? []
        case .eachContact(let relations, let onlyIfMayBeContacted):
            return file.contacts
                .filter { relations.contains($0.relation) && (!onlyIfMayBeContacted || $0.mayBeContacted) }
                .map { Subject(who: $0.name, relation: $0.relation) }
        case .eachWeakQuestion:
            return file.debrief.weakQuestions.map { Subject(about: $0.text) }
        }
    }
}

/// Turns the playbook's due rules into instants, reckoning days in the interview's zone.
struct DueScheduler {
    let interview: Interview

    func dueSeconds(for due: PlaybookRule.Due) -> Int64 {
        let zone = interview.timeZone
        let end = interview.effectiveEnd.seconds
        switch due {
        case .endOfInterviewDay:
            return zone.endOfDay(zone.day(of: end))
        case .endOfNextBusinessDay:
            return zone.endOfDay(zone.day(of: end).nextBusinessDay)
        case .hoursAfterInterview(let hours):
            return end + Int64(hours) * 3600
        case .hoursAfterOutcome(let hours):
            return (interview.outcome.at?.seconds ?? end) + Int64(hours) * 3600
        case .hoursBeforeNextRound(let hours, let fallback):
            if let next = interview.outcome.nextRoundAt { return next.seconds - Int64(hours) * 3600 }
            return end + Int64(fallback) * 3600
        }
    }
}
