extension InterviewFile {
    /// Reads and validates an interview file from JSON text. Unknown keys are ignored;
    /// every missing or wrong field is reported with its JSON path.
    public init(json text: String) throws(InterviewFileError) {
        try self.init(jsonBytes: Array(text.utf8))
    }

    /// Reads a file Rebound stored itself: as `init(json:)`, except that control characters
    /// stored before Rebound refused them are replaced, so the notes still open.
    public init(storedJSON text: String) throws(InterviewFileError) {
        let root: JSONValue
        do { root = try JSONParser.parse(Array(text.utf8)) } catch { throw .notJSON(error) }
        try self.init(jsonValue: root, repairingText: true)
    }

    /// Reads and validates an interview file from UTF-8 bytes.
    public init(jsonBytes bytes: [UInt8]) throws(InterviewFileError) {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch { throw .notJSON(error) }
        try self.init(jsonValue: root)
    }

    /// Validates an already parsed JSON document. With `repairingText` (a file Rebound stored
    /// itself), control characters a field may not hold are replaced rather than refused.
    public init(jsonValue root: JSONValue, repairingText: Bool = false) throws(InterviewFileError) {
        let reader = FieldReader(root: root, repairingText: repairingText)
        guard case .object = root else {
            throw .invalidFields([FieldIssue(path: "", problem: "an interview file is a JSON object, not \(root.typeName)")])
        }
        let format = reader["format"]
        if let tag = format.text(required: true), tag != Self.format {
            format.report("must be \"\(Self.format)\", not \"\(tag.clipped)\"")
        }
        let interview = Self.readInterview(reader["interview"])
        let debrief = Self.readDebrief(reader["debrief"], interviewers: interview?.interviewers ?? [])
        // Plan steps and drafts name a contact by name, so two contacts may not share one.
        var contactNames = Set<String>()
        let contacts = reader["contacts"].elements().compactMap { item -> Contact? in
            guard let contact = Self.readContact(item) else { return nil }
            if !contactNames.insert(contact.name.lowercased()).inserted {
                item["name"].report("\"\(contact.name.clipped)\" is listed twice")
                return nil
            }
            return contact
        }
        guard reader.allIssues.isEmpty, let interview else { throw .invalidFields(reader.allIssues) }
        self.init(interview: interview, debrief: debrief, contacts: contacts)
    }

    private static func readInterview(_ reader: FieldReader) -> Interview? {
        guard reader.expectObject(required: true) else { return nil }
        let company = reader["company"].text(required: true)
        let role = reader["role"].text(required: true)
        let start = reader["start"].timestamp(required: true)
        let endReader = reader["end"]
        let end = endReader.timestamp(required: false)
        if let start, let end, end < start { endReader.report("is before interview.start") }
        let zoneReader = reader["timeZone"]
        var zone: Zone?
        if let name = zoneReader.text(required: true) {
            zone = Zone(identifier: name)
            if zone == nil { zoneReader.report("unknown IANA time zone \"\(name.clipped)\" (like America/New_York)") }
        }
        let mode = reader["mode"].choice(InterviewMode.self)
        let interviewersReader = reader["interviewers"]
        let interviewerReaders = interviewersReader.elements(required: true)
        if interviewersReader.isPresent, interviewerReaders.isEmpty, case .array? = interviewersReader.value {
            interviewersReader.report("needs at least one interviewer")
        }
        var seenNames = Set<String>()
        let interviewers = interviewerReaders.compactMap { item -> Interviewer? in
            guard let interviewer = readInterviewer(item) else { return nil }
            if !seenNames.insert(interviewer.name.lowercased()).inserted {
                item["name"].report("\"\(interviewer.name.clipped)\" is listed twice")
            }
            return interviewer
        }
        let wantsJob = reader["wantsJob"].bool(default: true)
        let outcome = readOutcome(reader["outcome"])
        let decisionByReader = reader["decisionBy"]
        let decisionBy = decisionByReader.timestamp(required: false)
        if let start, let decisionBy, decisionBy < start {
            decisionByReader.report("is before interview.start: the employer decides after the interview")
        }
        guard let company, let role, let start, let zone, let outcome,
              interviewers.count == interviewerReaders.count, !interviewers.isEmpty else { return nil }
        return Interview(company: company, role: role, start: start, end: end, timeZone: zone, mode: mode,
                         interviewers: interviewers, wantsJob: wantsJob, outcome: outcome, decisionBy: decisionBy)
    }

    private static func readInterviewer(_ reader: FieldReader) -> Interviewer? {
        guard reader.expectObject(required: true) else { return nil }
        let name = reader["name"].text(required: true)
        let interviewer = Interviewer(name: name ?? "", title: reader["title"].text(required: false),
                                      email: reader["email"].email(), phone: reader["phone"].text(required: false),
                                      hiringManager: reader["hiringManager"].bool(default: false))
        return name == nil ? nil : interviewer
    }

    private static func readOutcome(_ reader: FieldReader) -> Outcome? {
        guard reader.isPresent else { return Outcome() }
        guard reader.expectObject(required: false) else { return nil }
        let statusReader = reader["status"]
        let status = statusReader.choice(OutcomeStatus.self) ?? .pending
        let atReader = reader["at"]
        let at = atReader.timestamp(required: false)
        if status != .pending, !atReader.isPresent {
            atReader.report("required when the status is \(status.rawValue): when did you hear?")
        }
        let nextRoundAt = reader["nextRoundAt"].timestamp(required: false)
        return Outcome(status: status, at: at, nextRoundAt: nextRoundAt)
    }

    private static func readDebrief(_ reader: FieldReader, interviewers: [Interviewer]) -> Debrief {
        guard reader.expectObject(required: false) else { return Debrief() }
        let wentWrong = reader["wentWrong"].elements().compactMap { item -> Setback? in
            guard item.expectObject(required: true), let text = item["text"].text(required: true, shape: .freeText) else { return nil }
            return Setback(text: text, kind: item["kind"].choice(SetbackKind.self) ?? .other)
        }
        let names = Set(interviewers.map { $0.name.lowercased() })
        let questions = reader["questions"].elements().compactMap { item -> InterviewQuestion? in
            guard item.expectObject(required: true) else { return nil }
            let text = item["text"].text(required: true, shape: .freeText)
            let askedByReader = item["askedBy"]
            let askedBy = askedByReader.text(required: false)
            if let askedBy, !names.isEmpty, !names.contains(askedBy.lowercased()) {
                askedByReader.report("\"\(askedBy.clipped)\" is not one of the interviewers")
            }
            let rating = item["rating"].choice(AnswerRating.self) ?? .ok
            let better = item["betterAnswer"].text(required: false, shape: .freeText)
            guard let text else { return nil }
            let canonicalAskedBy = askedBy.map { asked in interviewers.first { $0.name.lowercased() == asked.lowercased() }?.name ?? asked }
            return InterviewQuestion(text: text, askedBy: canonicalAskedBy, rating: rating, betterAnswer: better)
        }
        return Debrief(wentWell: reader["wentWell"].texts(shape: .freeText), wentWrong: wentWrong, questions: questions,
                       forgotToMention: reader["forgotToMention"].texts(shape: .freeText),
                       nextTime: reader["nextTime"].texts(shape: .freeText))
    }

    private static func readContact(_ reader: FieldReader) -> Contact? {
        guard reader.expectObject(required: true) else { return nil }
        let name = reader["name"].text(required: true)
        let relation = reader["relation"].choice(ContactRelation.self, required: true)
        let email = reader["email"].email()
        let phone = reader["phone"].text(required: false)
        let mayBeContacted = reader["mayBeContacted"].bool(default: false)
        guard let name, let relation else { return nil }
        return Contact(name: name, relation: relation, email: email, phone: phone, mayBeContacted: mayBeContacted)
    }
}
