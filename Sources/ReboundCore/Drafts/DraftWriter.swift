/// Writes every message the recovery plan sends, personal to each reader.
///
/// Drafts follow the plan's steps: one thank-you per interviewer, a call script for the
/// hiring manager, a heads-up per reference, a note per connection, a feedback request
/// after a rejection. The user's own notes are woven in only after each piece has passed
/// the message check on its own, so raw notes ("I blanked, sorry") never leak into a draft.
public struct DraftWriter: Sendable {
    /// Longest better answer, in words, quoted into a draft; longer ones are cut at a sentence.
    static let answerWordLimit = 70
    /// Longest question, in words, quoted into a draft.
    static let questionWordLimit = 22

    public let file: InterviewFile
    public let now: Timestamp
    /// The user's name for sign-offs and the call script; drafts read naturally without it.
    public let senderName: String?
    /// The user's notes (clipped) that passed the check on their own, each vetted once.
    private let safeNotes: Set<String>
    /// Each note as clipped for a draft, by its original text.
    private let clippedNotes: [String: String]
    /// Each question as clipped for quoting, by its original text.
    private let clippedQuestions: [String: String]
    /// The slots every draft shares: role, company, day and verb.
    private let sharedSlots: [String: String]

    public init(file: InterviewFile, now: Timestamp, senderName: String? = nil, checker: MessageChecker = .standard) {
        self.file = file
        self.now = now
        self.senderName = senderName.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        let context = CheckContext(file)
        var clipped: [String: String] = [:]
        for answer in file.debrief.questions.compactMap(\.betterAnswer) where clipped[answer] == nil {
            clipped[answer] = Self.clip(answer, words: Self.answerWordLimit)
        }
        for note in file.debrief.forgotToMention + file.debrief.wentWell where clipped[note] == nil {
            clipped[note] = Self.clip(note, words: Self.noteWordLimit)
        }
        clippedNotes = clipped
        var questions: [String: String] = [:]
        for question in file.debrief.questions where questions[question.text] == nil {
            questions[question.text] = Self.clip(question.text, words: Self.questionWordLimit)
        }
        clippedQuestions = questions
        safeNotes = Self.vet(Array(Set(clipped.values)).sorted(), checker: checker, context: context)
        let verb = switch file.interview.mode {
        case .inPerson?: "meet"
        case .phone?: "speak"
        default: "talk"
        }
        sharedSlots = ["{role}": file.interview.role, "{company}": file.interview.company,
                       "{day}": Self.dayPhrase(of: file.interview, at: now), "{verb}": verb]
    }

    /// The notes that bring no finding into a message. All notes are checked in one message,
    /// each its own paragraph (so no sentence spans two notes), and a finding rules out the
    /// note it falls in.
    static func vet(_ notes: [String], checker: MessageChecker, context: CheckContext) -> Set<String> {
        guard !notes.isEmpty else { return [] }
        var text = "Notes:\n\n"
        var spans: [(note: String, start: Int, end: Int)] = []
        for note in notes {
            let start = text.utf16.count
            text += note
            spans.append((note, start, text.utf16.count))
            text += "\n\n"
        }
        let findings = checker.check(text, kind: .referenceNote, context: context).findings.filter { $0.rule != .tooLong }
        return Set(spans.filter { span in !findings.contains { $0.start < span.end && $0.end > span.start } }.map(\.note))
    }

    /// Longest note (a highlight, a forgotten item), in words, quoted into a draft.
    static let noteWordLimit = 30

    /// Every draft the plan calls for, in plan order: one per step that sends a message and
    /// whose moment has not passed at `now`.
    public func drafts() -> [Draft] {
        var drafts: [Draft] = []
        var thankYouIndex = 0
        for scheduled in RecoveryPlan.schedule(file) {
            guard let kind = scheduled.draft else { continue }
            if let lapses = scheduled.lapses, lapses < now { continue }
            let step = scheduled.subject
            let made = drafts.count
            switch kind {
            case .thankYou:
                if let interviewer = interviewer(named: step.who) {
                    drafts.append(thankYou(to: interviewer, variant: thankYouIndex))
                    thankYouIndex += 1
                }
            case .callScript:
                if let interviewer = interviewer(named: step.who) { drafts.append(callScript(to: interviewer)) }
            case .briefReference:
                if let contact = contact(named: step.who) { drafts.append(referenceNote(to: contact)) }
            case .tellConnection:
                if let contact = contact(named: step.who) { drafts.append(connectionNote(to: contact)) }
            case .askFeedback:
                drafts.append(feedbackRequest())
            case .checkIn:
                if let reader = reader(named: step.who, relation: step.relation) { drafts.append(checkIn(to: reader)) }
            case .answerOffer:
                if let interviewer = interviewer(named: step.who) { drafts.append(offerReply(to: interviewer)) }
            case .shareNews:
                if let contact = contact(named: step.who) { drafts.append(goodNews(for: contact)) }
            }
            // Each draft made for this step knows it, so sending it can mark the step done.
            for index in made..<drafts.count {
                drafts[index].step = StepKey(kind: scheduled.kind, who: step.who, about: step.about)
            }
        }
        return drafts
    }

    // MARK: - The drafts

    func thankYou(to interviewer: Interviewer, variant: Int) -> Draft {
        typealias Phrases = DraftPhrases.ThankYou
        let question = questionToAddress(for: interviewer)
        var paragraphs = [pick(Phrases.openings, variant).replacingSlots(slots(for: interviewer))]
        var added = false
        if let question, let answer = usableAnswer(question) {
            let templates = question.askedBy == interviewer.name ? Phrases.betterAnswerByReader : Phrases.betterAnswerByOthers
            paragraphs.append(pick(templates, variant).replacingSlots(
                ["{question}": quoted(question.text), "{answer}": answer]))
            added = true
        }
        let forgotten = usableTexts(file.debrief.forgotToMention).rotated(by: variant).prefix(2)
        if !forgotten.isEmpty {
            paragraphs.append(pick(Phrases.forgotten, variant).replacingSlots(["{items}": Self.list(Array(forgotten).map { $0.trimmingFinalStop().loweringNoteStart() })]))
            added = true
        }
        if !added { paragraphs.append(pick(Phrases.noAddition, variant)) }
        let interest = file.interview.wantsJob ? Phrases.interest : Phrases.courtesyInterest
        paragraphs.append(pick(interest, variant).replacingSlots(slots(for: interviewer)))
        var body = compose(greeting: greeting(for: interviewer.name), paragraphs: paragraphs,
                           signOff: pick(Phrases.signOffs, variant))
        // Keep well under the word limit: drop the forgotten items first if the answer was long.
        if Self.wordCount(body) > MessageChecker.wordLimit - 20, paragraphs.count > 3 {
            paragraphs.remove(at: 2)
            body = compose(greeting: greeting(for: interviewer.name), paragraphs: paragraphs, signOff: pick(Phrases.signOffs, variant))
        }
        return Draft(kind: .thankYou, to: interviewer.name, email: interviewer.email, phone: interviewer.phone,
                     subject: pick(Phrases.subjects, variant).replacingSlots(slots(for: interviewer)).collapsingDoubleStops(), body: body)
    }

    func callScript(to manager: Interviewer) -> Draft {
        typealias Phrases = DraftPhrases.CallScript
        var values = slots(for: manager)
        values["{self}"] = senderName.map { "this is \($0). " } ?? ""
        let question = questionToAddress(for: manager)
        values["{question}"] = question.map { quoted($0.text) } ?? "the role"
        let point: String
        if let question, let answer = usableAnswer(question) {
            point = Phrases.point.replacingSlots(values.merging(["{answer}": answer]) { $1 })
        } else {
            point = Phrases.pointWithoutAnswer.replacingSlots(values)
        }
        var voicemailValues = values
        voicemailValues["{self}"] = senderName.map { "this is \($0), " } ?? "I'm "
        let phoneLine = manager.phone.map { "Phone: \($0)\n\n" } ?? ""
        let body = phoneLine
            + "When they answer:\n“\(Phrases.opening.replacingSlots(values))”\n\n"
            + Phrases.pause + "\n\n"
            + "“\(point) \(Phrases.close)”\n\n"
            + "If you reach voicemail (under 30 seconds):\n“\(Phrases.voicemail.replacingSlots(voicemailValues))”"
        return Draft(kind: .callScript, to: manager.name, email: manager.email, phone: manager.phone,
                     subject: Phrases.subject.replacingSlots(values), body: body)
    }

    func referenceNote(to reference: Contact) -> Draft {
        typealias Phrases = DraftPhrases.Reference
        let values = slots(forName: reference.name)
        var paragraphs = [Phrases.opening.replacingSlots(values)]
        let asked = file.debrief.questions.prefix(2).map { "“\(quoted($0.text))”" }
        if !asked.isEmpty { paragraphs.append(Phrases.focus.replacingSlots(["{questions}": Self.list(asked)])) }
        var boosts: [String] = []
        for question in file.debrief.weakQuestions.prefix(2) {
            if let answer = usableAnswer(question) { boosts.append("- \(answer)") }
        }
        boosts += usableTexts(file.debrief.forgotToMention).prefix(2).map { "- \($0)" }
        paragraphs.append(boosts.isEmpty ? Phrases.boostFallback : ([Phrases.boostIntro] + boosts).joined(separator: "\n"))
        paragraphs.append(Phrases.close)
        return Draft(kind: .briefReference, to: reference.name, email: reference.email, phone: reference.phone,
                     subject: Phrases.subject.replacingSlots(values),
                     body: compose(greeting: greeting(for: reference.name, casual: true), paragraphs: paragraphs, signOff: "Many thanks,"))
    }

    func connectionNote(to contact: Contact) -> Draft {
        typealias Phrases = DraftPhrases.Connection
        let relation = contact.relation
        var values = slots(forName: contact.name)
        values["{names}"] = Self.list(file.interview.interviewers.map(\.name))
        var paragraphs = [(Phrases.openings[relation] ?? Phrases.openings[.recruiter]!).replacingSlots(values)]
        var middle: [String] = []
        if let highlight = usableTexts(file.debrief.wentWell).first {
            middle.append(Phrases.highlight.replacingSlots(["{highlight}": highlight.trimmingFinalStop()]))
        }
        if relation == .recruiter, let weak = file.debrief.weakQuestions.first {
            middle.append(Phrases.followedUp.replacingSlots(["{question}": quoted(weak.text)]))
        }
        if !middle.isEmpty { paragraphs.append(middle.joined(separator: " ")) }
        paragraphs.append((Phrases.closings[relation] ?? Phrases.closings[.recruiter]!).replacingSlots(values))
        return Draft(kind: .tellConnection, to: contact.name, email: contact.email, phone: contact.phone,
                     subject: (Phrases.subjects[relation] ?? Phrases.subjects[.recruiter]!).replacingSlots(values),
                     body: compose(greeting: greeting(for: contact.name, casual: true), paragraphs: paragraphs, signOff: "Thanks,"))
    }

    func feedbackRequest() -> Draft {
        typealias Phrases = DraftPhrases.Feedback
        let reader = file.interview.hiringManager ?? file.interview.interviewers[0]
        let values = slots(for: reader)
        var paragraphs = [Phrases.opening.replacingSlots(values), Phrases.request]
        if file.interview.wantsJob { paragraphs.append(Phrases.stayInTouch.replacingSlots(values)) }
        paragraphs.append(Phrases.close)
        return Draft(kind: .askFeedback, to: reader.name, email: reader.email, phone: reader.phone,
                     subject: Phrases.subject, body: compose(greeting: greeting(for: reader.name), paragraphs: paragraphs,
                                                             signOff: "Best regards,"))
    }

    func checkIn(to reader: Reader) -> Draft {
        typealias Phrases = DraftPhrases.CheckIn
        var values = slots(forName: reader.name)
        let when = file.interview.decisionBy.map { "by " + Self.datePhrase(file.interview.timeZone.day(of: $0.seconds)) }
        if let when { values["{when}"] = when }
        let paragraphs: [String]
        if reader.relation == .recruiter {
            paragraphs = [Phrases.recruiterOpening.replacingSlots(values),
                          when == nil ? Phrases.recruiterAskWithoutDate : Phrases.recruiterAskWithDate.replacingSlots(values),
                          Phrases.recruiterInterest.replacingSlots(values)]
        } else {
            paragraphs = [Phrases.opening.replacingSlots(values),
                          when == nil ? Phrases.askWithoutDate : Phrases.askWithDate.replacingSlots(values),
                          Phrases.interest.replacingSlots(values)]
        }
        return Draft(kind: .checkIn, to: reader.name, email: reader.email, phone: reader.phone,
                     subject: Phrases.subject.replacingSlots(values),
                     body: compose(greeting: greeting(for: reader.name, casual: reader.relation != nil),
                                   paragraphs: paragraphs, signOff: Phrases.signOff))
    }

    func offerReply(to reader: Interviewer) -> Draft {
        typealias Phrases = DraftPhrases.AnswerOffer
        var values = slots(for: reader)
        let zone = file.interview.timeZone
        // A few working days to read the details, counted from the day the user heard, or
        // from today when the draft is opened later, so it never promises a day gone by.
        let heard = zone.day(of: (file.interview.outcome.at ?? file.interview.effectiveEnd).seconds)
        let from = max(heard, zone.day(of: now.seconds))
        values["{answerBy}"] = Self.datePhrase(from.businessDays(after: Self.offerAnswerBusinessDays))
        let paragraphs = [Phrases.opening.replacingSlots(values), Phrases.confirm,
                          Phrases.answerBy.replacingSlots(values), Phrases.close]
        return Draft(kind: .answerOffer, to: reader.name, email: reader.email, phone: reader.phone,
                     subject: Phrases.subject.replacingSlots(values),
                     body: compose(greeting: greeting(for: reader.name), paragraphs: paragraphs, signOff: Phrases.signOff))
    }

    /// Business days after hearing of an offer (or after today) that the reply proposes to answer by.
    static let offerAnswerBusinessDays = 4

    func goodNews(for contact: Contact) -> Draft {
        typealias Phrases = DraftPhrases.ShareNews
        let values = slots(forName: contact.name)
        let relation = contact.relation
        let paragraphs = [Phrases.news.replacingSlots(values),
                          (Phrases.thanks[relation] ?? Phrases.thanks[.mentor]!).replacingSlots(values), Phrases.close]
        return Draft(kind: .shareNews, to: contact.name, email: contact.email, phone: contact.phone,
                     subject: (Phrases.subjects[relation] ?? Phrases.subjects[.mentor]!).replacingSlots(values),
                     body: compose(greeting: greeting(for: contact.name, casual: true), paragraphs: paragraphs, signOff: Phrases.signOff))
    }

    // MARK: - Pieces

    /// Whom a plan-wide message goes to: an interviewer (no relation) or a contact.
    struct Reader {
        let name: String
        let email: String?
        let phone: String?
        let relation: ContactRelation?
    }

    private func interviewer(named name: String?) -> Interviewer? { file.interview.interviewers.first { $0.name == name } }
    private func contact(named name: String?) -> Contact? { file.contacts.first { $0.name == name } }

    /// The contact of that name for a step about a contact (a recruiter), else the interviewer.
    private func reader(named name: String?, relation: ContactRelation?) -> Reader? {
        if relation != nil, let contact = contact(named: name) {
            return Reader(name: contact.name, email: contact.email, phone: contact.phone, relation: contact.relation)
        }
        return interviewer(named: name).map { Reader(name: $0.name, email: $0.email, phone: $0.phone, relation: nil) }
    }

    /// "Friday 4 December".
    static func datePhrase(_ day: CivilDate) -> String { "\(weekdays[day.weekday]) \(day.day) \(months[day.month - 1])" }

    /// The question the thank-you to `name` speaks about, when it has no better answer yet:
    /// the one where "the answer you wish you had given" would go. Nil when the note already
    /// carries an answer, or when there is no interviewer of that name or no such question.
    public func questionWantingAnswer(for name: String) -> Int? {
        guard let interviewer = interviewer(named: name), let question = questionToAddress(for: interviewer),
              question.betterAnswer == nil else { return nil }
        return file.debrief.questions.firstIndex(of: question)
    }

    /// Whether the better answer to the question at `index` reads well enough to go into a
    /// draft (it passed the check on its own).
    public func usesAnswer(ofQuestion index: Int) -> Bool {
        file.debrief.questions.indices.contains(index) && usableAnswer(file.debrief.questions[index]) != nil
    }

    /// The weakest question this interviewer asked, preferring ones with a better answer;
    /// failing that, the weakest question overall.
    func questionToAddress(for interviewer: Interviewer) -> InterviewQuestion? {
        // Rank once per question: weak before ok, with a usable better answer first; never strong.
        let ranked = file.debrief.questions.enumerated().compactMap { index, question -> (rank: Int, index: Int, hasAnswer: Bool)? in
            guard question.rating != .strong else { return nil }
            let hasAnswer = usableAnswer(question) != nil
            return ((question.rating == .weak ? 0 : 2) + (hasAnswer ? 0 : 1), index, hasAnswer)
        }
        let own = ranked.filter { file.debrief.questions[$0.index].askedBy == interviewer.name }
        let pool = own.contains(where: \.hasAnswer) ? own : ranked
        return pool.min { ($0.rank, $0.index) < ($1.rank, $1.index) }.map { file.debrief.questions[$0.index] }
    }

    /// The question's better answer, clipped, when it reads well in a message.
    func usableAnswer(_ question: InterviewQuestion) -> String? {
        guard let answer = question.betterAnswer, let clipped = clippedNotes[answer] else { return nil }
        return isSafe(clipped) ? Self.endingWithStop(clipped) : nil
    }

    /// The texts that pass the check on their own, clipped to a reasonable length.
    func usableTexts(_ texts: [String]) -> [String] {
        texts.compactMap { clippedNotes[$0] }.filter(isSafe)
    }

    /// Whether a piece of the user's own text brings no finding into a draft.
    private func isSafe(_ text: String) -> Bool { safeNotes.contains(text) }

    private func slots(for interviewer: Interviewer) -> [String: String] {
        var values = slots(forName: interviewer.name)
        values["{title}"] = interviewer.title.map { " as \($0)" } ?? ""
        return values
    }

    private func slots(forName name: String) -> [String: String] {
        var values = sharedSlots
        values["{first}"] = Self.addressName(name)
        return values
    }

    private func greeting(for name: String, casual: Bool = false) -> String {
        "\(casual ? "Hi" : "Dear") \(Self.addressName(name)),"
    }

    private func compose(greeting: String, paragraphs: [String], signOff: String) -> String {
        let signature = senderName.map { "\n\($0)" } ?? ""
        return ([greeting] + paragraphs + ["\(signOff)\(signature)"]).joined(separator: "\n\n").collapsingDoubleStops() + "\n"
    }

    private func pick<Phrase>(_ variants: [Phrase], _ index: Int) -> Phrase { variants[index % variants.count] }

    private func quoted(_ question: String) -> String {
        (clippedQuestions[question] ?? Self.clip(question, words: Self.questionWordLimit)).trimmingFinalStop()
    }

    /// "today", "yesterday", "on Friday" or "on 20 November": when the interview was, seen from `now`.
    var dayPhrase: String { sharedSlots["{day}"]! }

    static func dayPhrase(of interview: Interview, at now: Timestamp) -> String {
        let zone = interview.timeZone
        let day = zone.day(of: interview.start.seconds)
        let today = zone.day(of: now.seconds)
        switch today.daysSinceEpoch - day.daysSinceEpoch {
        case ...0: return "today"
        case 1: return "yesterday"
        case 2...6: return "on " + weekdays[day.weekday]
        default: return "on \(day.day) \(months[day.month - 1])"
        }
    }

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
}
