/// A step's identity within one interview's plan: its kind and whom or what it is about.
///
/// The key stays the same while the plan is recomputed (another `now`, a new question
/// noted), so a step marked done stays done. Renaming the person a step is about makes it
/// a new step, which is what the user would expect: the old message went to someone else.
public struct StepKey: Hashable, Sendable, CustomStringConvertible {
    /// `kind`, `kind:who` or `kind~about`, as stored and used in URLs and forms.
    public let rawValue: String

    /// The key of a step of `kind` about a person (`who`) or a question (`about`).
    ///
    /// A step the playbook makes once per plan (`check-in`, `answer-offer`) is the same step
    /// whoever it is addressed to: its key leaves the person out, so a check-in marked done
    /// stays done when a recruiter is added later and it would now go to them.
    public init(kind: StepKind, who: String?, about: String?) {
        var text = kind.rawValue
        if let who, !Self.onePerPlan.contains(kind) { text += ":" + who }
        if let about { text += "~" + about }
        rawValue = text
    }

    /// Kinds made once per plan, addressed to whoever fits best at the time.
    static let onePerPlan: Set<StepKind> = [.checkIn, .answerOffer]

    /// A key read back from storage or a form, as it was written.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The parts of the key: the kind's name and whom or what the step is about. The kind
    /// name never holds `:` or `~`, so the first of them ends it. A playbook step is about a
    /// person or a question, never both, so the rest is read whole as the one or the other.
    public var parts: (kind: String, who: String?, about: String?) {
        guard let end = rawValue.firstIndex(where: { $0 == ":" || $0 == "~" }) else { return (rawValue, nil, nil) }
        let rest = String(rawValue[rawValue.index(after: end)...])
        return rawValue[end] == ":" ? (String(rawValue[..<end]), rest, nil) : (String(rawValue[..<end]), nil, rest)
    }

    public var description: String { rawValue }
}

extension PlanStep {
    /// This step's identity within its plan.
    public var key: StepKey { StepKey(kind: kind, who: who, about: about) }
}

/// When one step of a plan is due, without its wording: what storage keeps to answer
/// "what is due next, what is late" across many interviews without recomputing plans.
public struct StepDue: Equatable, Sendable {
    public let key: StepKey
    public let kind: StepKind
    public let due: Timestamp
    /// When the step's moment passes, for a step that can lapse.
    public let lapses: Timestamp?
    public let optional: Bool
}

extension RecoveryPlan {
    /// The due time of every step the playbook calls for, sorted by due time. Due times do
    /// not depend on the moment the plan is looked at, so they can be stored.
    public static func dueTimes(of file: InterviewFile, rules: [PlaybookRule] = Playbook.rules) -> [StepDue] {
        schedule(file, rules: rules).map { step in
            StepDue(key: StepKey(kind: step.kind, who: step.subject.who, about: step.subject.about),
                    kind: step.kind, due: step.due, lapses: step.lapses, optional: step.optional)
        }
    }
}
