import Foundation
import ReboundCore

/// Reads what a user imports: one interview file, a JSON list of interview files, or an
/// "export everything" file. Everything is validated before anything is saved; every
/// problem is reported with its JSON path (`interviews[2].file.interview.start: required`).
public enum ImportFile {
    /// The interviews a file holds, ready to save. Interviews from plain interview files
    /// get an ID from `newID`, `now` as their times and a finished debrief.
    public static func records(from bytes: [UInt8], now: Date, newID: () -> InterviewID) throws(ImportError) -> [InterviewRecord] {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch {
            throw ImportError(issues: [FieldIssue(path: "", problem: "not a JSON document (\(error))")])
        }
        var issues: [FieldIssue] = []
        var records: [InterviewRecord] = []
        switch root {
        case .array(let files):
            if files.isEmpty { issues.append(FieldIssue(path: "", problem: "the list holds no interview")) }
            for (index, file) in files.enumerated() {
                if let file = interviewFile(file, at: "[\(index)]", issues: &issues) {
                    records.append(fresh(file, now: now, id: newID()))
                }
            }
        case .object where root["format"] == .string(ExportFile.format):
            records = exportRecords(root, now: now, newID: newID, issues: &issues)
        case .object:
            if let file = interviewFile(root, at: "", issues: &issues) { records = [fresh(file, now: now, id: newID())] }
        default:
            issues.append(FieldIssue(path: "", problem: "expected an interview file, a list of them or a Rebound export, not \(root.typeName)"))
        }
        guard issues.isEmpty else { throw ImportError(issues: issues) }
        return records
    }

    private static func fresh(_ file: InterviewFile, now: Date, id: InterviewID) -> InterviewRecord {
        InterviewRecord(interview: StoredInterview(id: id, file: file, stage: .done, createdAt: now, updatedAt: now))
    }

    private static func interviewFile(_ value: JSONValue, at path: String, issues: inout [FieldIssue]) -> InterviewFile? {
        do { return try InterviewFile(jsonValue: value) } catch {
            issues += error.issues.map { FieldIssue(path: join(path, $0.path), problem: $0.problem) }
            return nil
        }
    }

    private static func exportRecords(_ root: JSONValue, now: Date, newID: () -> InterviewID,
                                      issues: inout [FieldIssue]) -> [InterviewRecord] {
        guard case .array(let items)? = root["interviews"] else {
            issues.append(FieldIssue(path: "interviews", problem: "required: a list of interviews"))
            return []
        }
        var records: [InterviewRecord] = []
        for (index, item) in items.enumerated() {
            let path = "interviews[\(index)]"
            guard case .object = item else {
                issues.append(FieldIssue(path: path, problem: "must be an object, not \(item.typeName)"))
                continue
            }
            var fields = Fields(value: item, path: path)
            let id = fields.text("id", required: false).flatMap { raw -> InterviewID? in
                guard raw.utf8.count <= 64, raw.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                    fields.report("id", "use letters, digits and dashes, at most 64")
                    return nil
                }
                return InterviewID(raw)
            }
            let stage = fields.text("stage", required: false).flatMap { raw -> DebriefStage? in
                guard let stage = DebriefStage(rawValue: raw) else {
                    fields.report("stage", "must be one of \(DebriefStage.allCases.map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                return stage
            }
            let createdAt = fields.date("createdAt") ?? now
            let updatedAt = fields.date("updatedAt") ?? createdAt
            let file = item["file"].map { interviewFile($0, at: path + ".file", issues: &fields.issues) } ?? {
                fields.report("file", "required")
                return nil
            }()
            var doneSteps: [StepState] = []
            for (stepIndex, step) in fields.list("doneSteps").enumerated() {
                var stepFields = Fields(value: step, path: "\(path).doneSteps[\(stepIndex)]")
                let key = stepFields.text("key", required: true, limit: 2000)
                let doneAt = stepFields.date("doneAt", required: true)
                fields.issues += stepFields.issues
                if let key, let doneAt { doneSteps.append(StepState(key: StepKey(rawValue: key), doneAt: doneAt)) }
            }
            var drafts: [SavedDraft] = []
            for (draftIndex, draft) in fields.list("drafts").enumerated() {
                var draftFields = Fields(value: draft, path: "\(path).drafts[\(draftIndex)]")
                let key = draftFields.text("key", required: true, limit: 1000)
                let subject = draftFields.text("subject", required: true, limit: 1000)
                let body = draftFields.text("body", required: true, limit: 100_000)
                let updated = draftFields.date("updatedAt") ?? updatedAt
                fields.issues += draftFields.issues
                if let key, let subject, let body {
                    drafts.append(SavedDraft(key: key, subject: subject, body: body, updatedAt: updated))
                }
            }
            issues += fields.issues
            if let file {
                let interview = StoredInterview(id: id ?? newID(), file: file, stage: stage ?? .done,
                                                createdAt: createdAt, updatedAt: updatedAt)
                records.append(InterviewRecord(interview: interview, doneSteps: doneSteps, drafts: drafts))
            }
        }
        return records
    }

    static func join(_ prefix: String, _ path: String) -> String {
        if prefix.isEmpty { return path }
        if path.isEmpty { return prefix }
        return path.hasPrefix("[") ? prefix + path : prefix + "." + path
    }

    /// The members of one JSON object, read with their paths for error messages.
    private struct Fields {
        let value: JSONValue
        let path: String
        var issues: [FieldIssue] = []

        init(value: JSONValue, path: String) {
            self.value = value
            self.path = path
            if case .object = value {} else {
                issues.append(FieldIssue(path: path, problem: "must be an object, not \(value.typeName)"))
            }
        }

        mutating func report(_ key: String, _ problem: String) {
            issues.append(FieldIssue(path: ImportFile.join(path, key), problem: problem))
        }

        mutating func text(_ key: String, required: Bool, limit: Int = 200) -> String? {
            guard let member = value[key], member != .null else {
                if required { report(key, "required") }
                return nil
            }
            guard case .string(let text) = member else {
                report(key, "must be text, not \(member.typeName)")
                return nil
            }
            guard text.utf8.count <= limit else {
                report(key, "too long (at most \(limit) bytes)")
                return nil
            }
            return text
        }

        mutating func date(_ key: String, required: Bool = false) -> Date? {
            guard let text = text(key, required: required, limit: 64) else { return nil }
            guard let stamp = Timestamp(rfc3339: text) else {
                report(key, "not an RFC 3339 date-time")
                return nil
            }
            return stamp.date
        }

        mutating func list(_ key: String) -> [JSONValue] {
            guard let member = value[key], member != .null else { return [] }
            guard case .array(let items) = member else {
                report(key, "must be a list, not \(member.typeName)")
                return []
            }
            return items
        }
    }
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
