/// The dated recovery plan for one interview, computed from the playbook at a given moment.
public struct RecoveryPlan: Equatable, Sendable {
    /// Late steps first, then upcoming steps by due time, then lapsed steps
    /// (`contracts/playbook.md`, "A step at a moment now").
    public let steps: [PlanStep]

    /// Applies `Playbook.rules` to an interview file as seen at `now`.
    public init(for file: InterviewFile, now: Timestamp, rules: [PlaybookRule] = Playbook.rules) {
        steps = Self.arranged(Self.schedule(file, rules: rules).map { scheduled in
            Self.step(scheduled, of: file, state: StepState(due: scheduled.due, lapses: scheduled.lapses, now: now))
        })
    }

    /// The plan of `outline` as seen at `now`: the same as the plan of the outline's file.
    public init(_ outline: Outline, now: Timestamp) {
        steps = Self.arranged(outline.steps.map { wordings in
            switch StepState(due: wordings.onTime.due, lapses: wordings.onTime.lapses, now: now) {
            case .upcoming: wordings.onTime
            case .late: wordings.late
            case .lapsed: wordings.lapsed ?? wordings.late
            }
        })
    }

    /// Where a step stands at a moment: exactly one of the three.
    enum StepState {
        case upcoming, late, lapsed

        init(due: Timestamp, lapses: Timestamp?, now: Timestamp) {
            if let lapses, lapses < now {
                self = .lapsed
            } else {
                self = due < now ? .late : .upcoming
            }
        }
    }

    /// Steps sorted by due time, with the lapsed ones moved to the end (in due order). Late
    /// steps are due before every upcoming one, so they already come first.
    private static func arranged(_ steps: [PlanStep]) -> [PlanStep] {
        guard steps.contains(where: \.lapsed) else { return steps }
        return steps.filter { !$0.lapsed } + steps.filter(\.lapsed)
    }

    /// A plan before the moment it is looked at: each step with its due time and its wording
    /// on time, late and (for a step that can lapse) lapsed. Making one costs about what
    /// making a plan costs; the plan at any moment is then only a choice per step, so a page
    /// shown often can keep the outline.
    public struct Outline: Sendable {
        let steps: [(onTime: PlanStep, late: PlanStep, lapsed: PlanStep?)]

        public init(for file: InterviewFile, rules: [PlaybookRule] = Playbook.rules) {
            steps = RecoveryPlan.schedule(file, rules: rules).map {
                (RecoveryPlan.step($0, of: file, state: .upcoming), RecoveryPlan.step($0, of: file, state: .late),
                 $0.lapses == nil ? nil : RecoveryPlan.step($0, of: file, state: .lapsed))
            }
        }
    }

    /// A scheduled step put into words, as it stands.
    private static func step(_ scheduled: ScheduledStep, of file: InterviewFile, state: StepState) -> PlanStep {
        let subject = scheduled.subject
        let advice = StepAdvice.compiledForKind(scheduled.kind, relation: subject.relation)
        // A handful of slots: a small list is cheaper to build and search than a dictionary.
        var slots = [(name: "{company}", value: file.interview.company), (name: "{role}", value: file.interview.role)]
        if let who = subject.who { slots.append(("{who}", who)) }
        if let about = subject.about { slots.append(("{about}", "“\(about)”")) }
        let value = { (name: String) in slots.first { $0.name == name }?.value }
        let detail = switch state {
        case .upcoming: advice.detail
        case .late: advice.lateDetail
        case .lapsed: advice.lapsedDetail ?? advice.lateDetail
        }
        return PlanStep(
            kind: scheduled.kind, who: subject.who, about: subject.about, due: scheduled.due, lapses: scheduled.lapses,
            optional: scheduled.optional, late: state == .late, lapsed: state == .lapsed,
            title: advice.title.rendered(value), detail: detail.rendered(value),
            caution: scheduled.kind == .tellConnection && subject.relation == .insider
                ? StepAdvice.compiledInsiderCaution.rendered(value) : nil,
            minutes: advice.minutes, draft: scheduled.draft)
    }

    /// A step before it is put into words: its rule, whom or what it is about, when it is
    /// due and when it lapses.
    struct ScheduledStep {
        let kind: StepKind
        let optional: Bool
        let draft: DraftKind?
        let subject: Subject
        let due: Timestamp
        let lapses: Timestamp?
    }

    /// The steps the rules call for, sorted by due time (ties in rule order, then file order).
    static func schedule(_ file: InterviewFile, rules: [PlaybookRule] = Playbook.rules) -> [ScheduledStep] {
        let scheduler = DueScheduler(interview: file.interview)
        let zone = file.interview.timeZone
        var made: [ScheduledStep] = []
        // Several rules share a due rule; each distinct one is reckoned once.
        var dues: [(rule: PlaybookRule.Due, due: Int64)] = []
        for rule in rules where applies(rule, to: file) {
            let subjects = subjects(of: rule, in: file)
            guard !subjects.isEmpty else { continue }
            let due: Int64
            if let known = dues.first(where: { $0.rule == rule.due }) {
                due = known.due
            } else {
                due = scheduler.dueSeconds(for: rule.due)
                dues.append((rule.due, due))
            }
            let lapses = scheduler.lapseSeconds(for: rule.lapse, due: due).map(zone.timestamp)
            let dueStamp = zone.timestamp(due)
            made += subjects.map {
                ScheduledStep(kind: rule.kind, optional: rule.optional, draft: rule.draft, subject: $0, due: dueStamp, lapses: lapses)
            }
        }
        return made.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
    }

    /// Steps whose due time has passed and whose moment has not.
    public var lateSteps: [PlanStep] { steps.filter(\.late) }

    /// Steps whose moment has passed.
    public var lapsedSteps: [PlanStep] { steps.filter(\.lapsed) }

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
        case .firstOf(let addressees):
            for addressee in addressees {
                switch addressee {
                case .contact(let relation):
                    if let contact = file.contacts.first(where: { $0.relation == relation }) {
                        return [Subject(who: contact.name, relation: contact.relation)]
                    }
                case .hiringManager:
                    if let manager = file.interview.hiringManager { return [Subject(who: manager.name)] }
                case .firstInterviewer:
                    if let first = file.interview.interviewers.first { return [Subject(who: first.name)] }
                }
            }
            return []
        case .eachContact(let relations, let onlyIfMayBeContacted):
            return file.contacts
                .filter { relations.contains($0.relation) && (!onlyIfMayBeContacted || $0.mayBeContacted) }
                .map { Subject(who: $0.name, relation: $0.relation) }
        case .eachWeakQuestion:
            return file.debrief.weakQuestions.map { Subject(about: $0.text) }
        }
    }
}

extension Playbook {
    /// When a step of `kind` lapses for `interview` under `rules`, whatever the interview's
    /// status now: nil when the kind never lapses. Insights use it to tell a thank-you marked
    /// sent in time from one marked done after its moment had passed.
    public static func lapse(of kind: StepKind, for interview: Interview, rules: [PlaybookRule] = Playbook.rules) -> Timestamp? {
        guard let rule = rules.first(where: { $0.kind == kind }) else { return nil }
        let scheduler = DueScheduler(interview: interview)
        return scheduler.lapseSeconds(for: rule.lapse, due: scheduler.dueSeconds(for: rule.due)).map(interview.timeZone.timestamp)
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
        case .endOfNextBusinessDayAfterOutcome:
            return zone.endOfDay(zone.day(of: interview.outcome.at?.seconds ?? end).nextBusinessDay)
        case .businessDaysAfterDecision(let afterDecision, let afterInterview):
            if let decision = interview.decisionBy {
                return zone.endOfDay(zone.day(of: decision.seconds).businessDays(after: afterDecision))
            }
            return zone.endOfDay(zone.day(of: end).businessDays(after: afterInterview))
        case .hoursBeforeNextRound(let hours, let fallback):
            if let next = interview.outcome.nextRoundAt { return next.seconds - Int64(hours) * 3600 }
            return end + Int64(fallback) * 3600
        }
    }

    /// When a step due at `due` lapses, or nil when it never does. Elapsed time.
    func lapseSeconds(for lapse: PlaybookRule.Lapse, due: Int64) -> Int64? {
        switch lapse {
        case .never: return nil
        case .hoursAfterDue(let hours): return due + Int64(hours) * 3600
        case .atNextRound: return interview.outcome.nextRoundAt?.seconds
        }
    }
}
