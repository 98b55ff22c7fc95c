import Foundation
import ReboundCore

/// Reads what a user imports: one interview file, a JSON list of interview files, or an
/// "export everything" file. Everything is validated before anything is saved; every
/// problem is reported with its JSON path (`interviews[2].file.interview.start: required`).
public enum ImportFile {
    /// The interviews a file holds, ready to save. Interviews from plain interview files
    /// get an ID from `newID`, `now` as their times and a finished debrief.
    public static func records(from bytes: [UInt8], now: Date, newID: () -> InterviewID) throws(ImportError) -> [InterviewRecord] {
        try contents(from: bytes, now: now, newID: newID).records
    }

    /// The interviews and, from an export file, the practised answers and notes on companies a file holds.
    public static func contents(from bytes: [UInt8], now: Date, newID: () -> InterviewID) throws(ImportError) -> ImportContents {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch {
            throw ImportError(issues: [FieldIssue(path: "", problem: "not a JSON document (\(error))")])
        }
        let reader = FieldReader(root: root)
        var records: [InterviewRecord] = []
        var practice: [PracticeAttempt] = []
        var companies: [CompanyNotes] = []
        switch root {
        case .array(let files):
            if files.isEmpty { reader.report("the list holds no interview") }
            for file in reader.elements() {
                if let file = interviewFile(file) { records.append(fresh(file, now: now, id: newID())) }
            }
        case .object where root["format"] == .string(ExportFile.format):
            records = exportRecords(reader, now: now, newID: newID)
            practice = practiceAttempts(reader["practice"])
            companies = companyNotes(reader["companies"], now: now)
        case .object:
            if let file = interviewFile(reader) { records = [fresh(file, now: now, id: newID())] }
        default:
            reader.report("expected an interview file, a list of them or a Rebound export, not \(root.typeName)")
        }
        guard reader.allIssues.isEmpty else { throw ImportError(issues: reader.allIssues) }
        return ImportContents(records: records, practice: practice, companies: companies)
    }

    /// The practised answers of an export (`practice`, absent in older exports).
    private static func practiceAttempts(_ list: FieldReader) -> [PracticeAttempt] {
        var attempts: [PracticeAttempt] = []
        for item in list.elements() where item.expectObject(required: true) {
            let id = item["id"].rawText(required: true, limit: 64)
            let key = item["key"].rawText(required: true, limit: 2000).flatMap { raw -> QuestionKey? in
                guard raw.hasPrefix("starter:") || raw.hasPrefix("own:") else {
                    item["key"].report("must start with starter: or own:")
                    return nil
                }
                return QuestionKey(rawValue: raw)
            }
            let question = item["question"].rawText(required: true, limit: 2000, shape: .freeText)
            let practisedAt = date(item["practisedAt"], required: true)
            let rating = item["rating"].rawText(required: true, limit: 20).flatMap { raw -> AnswerRating? in
                guard let rating = AnswerRating(rawValue: raw) else {
                    item["rating"].report("must be one of weak, ok, strong")
                    return nil
                }
                return rating
            }
            let outline = item["outline"].rawText(required: false, limit: 40_000, shape: .freeText) ?? ""
            var seconds: Int?
            switch item["seconds"].value {
            case nil: break
            case .number(let number)? where number >= 0 && number <= 86_400 && number == number.rounded(): seconds = Int(number)
            default: item["seconds"].report("must be a whole number of seconds from 0 to 86400")
            }
            if let id, let key, let question, let practisedAt, let rating {
                attempts.append(PracticeAttempt(id: id, questionKey: key, questionText: question, practisedAt: practisedAt,
                                                rating: rating, outline: outline, seconds: seconds))
            }
        }
        return attempts
    }

    private static func fresh(_ file: InterviewFile, now: Date, id: InterviewID) -> InterviewRecord {
        InterviewRecord(interview: StoredInterview(id: id, file: file, stage: .done, createdAt: now, updatedAt: now), carriesID: false)
    }

    /// The interview file at the reader's path, its problems reported under that path.
    private static func interviewFile(_ reader: FieldReader) -> InterviewFile? {
        guard let value = reader.value else {
            reader.report("required")
            return nil
        }
        do { return try InterviewFile(jsonValue: value) } catch {
            reader.report(error.issues)
            return nil
        }
    }

    private static func exportRecords(_ root: FieldReader, now: Date, newID: () -> InterviewID) -> [InterviewRecord] {
        let list = root["interviews"]
        guard case .array? = list.value else {
            list.report("required: a list of interviews")
            return []
        }
        var records: [InterviewRecord] = []
        for item in list.elements() where item.expectObject(required: true) {
            let id = item["id"].rawText(required: false, limit: 200).flatMap { raw -> InterviewID? in
                guard raw.utf8.count <= 64, raw.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                    item["id"].report("use letters, digits and dashes, at most 64")
                    return nil
                }
                return InterviewID(raw)
            }
            let stage = item["stage"].rawText(required: false, limit: 200).flatMap { raw -> DebriefStage? in
                guard let stage = DebriefStage(rawValue: raw) else {
                    item["stage"].report("must be one of \(DebriefStage.allCases.map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                return stage
            }
            let createdAt = date(item["createdAt"]) ?? now
            let updatedAt = date(item["updatedAt"]) ?? createdAt
            let file = interviewFile(item["file"])
            var doneSteps: [StepState] = []
            for step in item["doneSteps"].elements() {
                _ = step.expectObject(required: true)
                let key = step["key"].rawText(required: true, limit: 2000)
                let doneAt = date(step["doneAt"], required: true)
                if let key, let doneAt { doneSteps.append(StepState(key: StepKey(rawValue: key), doneAt: doneAt)) }
            }
            var drafts: [SavedDraft] = []
            for draft in item["drafts"].elements() {
                _ = draft.expectObject(required: true)
                let key = draft["key"].rawText(required: true, limit: 1000)
                let subject = draft["subject"].rawText(required: true, limit: 1000)
                let body = draft["body"].rawText(required: true, limit: 100_000, shape: .freeText)
                let updated = date(draft["updatedAt"]) ?? updatedAt
                if let key, let subject, let body {
                    drafts.append(SavedDraft(key: key, subject: subject, body: body, updatedAt: updated))
                }
            }
            if let file {
                let interview = StoredInterview(id: id ?? newID(), file: file, stage: stage ?? .done,
                                                createdAt: createdAt, updatedAt: updatedAt)
                records.append(InterviewRecord(interview: interview, doneSteps: doneSteps, drafts: drafts, carriesID: id != nil))
            }
        }
        return records
    }

    /// An RFC 3339 date-time at the reader's path.
    static func date(_ reader: FieldReader, required: Bool = false) -> Date? {
        guard let text = reader.rawText(required: required, limit: 64) else { return nil }
        guard let stamp = Timestamp(rfc3339: text) else {
            reader.report("not an RFC 3339 date-time")
            return nil
        }
        return stamp.date
    }
}

/// What a file to import holds, checked and ready to save.
public struct ImportContents: Sendable {
    public let records: [InterviewRecord]
    /// Practised answers (only in an export).
    public let practice: [PracticeAttempt]
    /// Notes on companies (only in an export).
    public let companies: [CompanyNotes]
}

/// Why a file cannot be imported: every problem, each with its JSON path.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public let issues: [FieldIssue]

    public init(issues: [FieldIssue]) { self.issues = issues }

    /// The first problem, with a count of the others: fits on one line.
    public var description: String {
        guard let first = issues.first else { return "cannot import this file" }
        return issues.count == 1 ? first.description : "\(first) (and \(issues.count - 1) more)"
    }
}
