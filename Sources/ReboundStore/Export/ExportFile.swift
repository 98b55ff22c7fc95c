import Foundation
import ReboundCore

/// "Export everything": one JSON file with the account's name and address, every
/// interview with its done marks and edited drafts, every practised answer and the notes on
/// companies (`rebound.export/1`; `practice` and `companies` were added after the first
/// release and may be absent). Each interview's
/// notes are an interview file of the contract's format, so any part can be used alone.
public enum ExportFile {
    public static let format = "rebound.export/1"

    /// The export of `records` for `user`, made at `exportedAt`.
    public static func json(user: User, records: [InterviewRecord], practice: [PracticeAttempt] = [],
                            companies: [CompanyNotes] = [], exportedAt: Date) -> String {
        let document = JSONValue.object([
            "format": .string(format),
            "exportedAt": .string(stamp(exportedAt)),
            "account": .object(["email": .string(user.email), "name": .string(user.name)]),
            "interviews": .array(records.map(value(of:))),
            "practice": .array(practice.map(value(of:))),
            "companies": .array(companies.map(value(of:))),
        ])
        return JSONWriter.write(document) + "\n"
    }

    /// Several interview files (`rebound.interview/1`) as one JSON list.
    public static func interviewFiles(_ interviews: [StoredInterview]) -> String {
        JSONWriter.write(.array(interviews.map(\.file.jsonValue))) + "\n"
    }

    static func value(of record: InterviewRecord) -> JSONValue {
        let interview = record.interview
        return .object([
            "id": .string(interview.id.rawValue),
            "stage": .string(interview.stage.rawValue),
            "createdAt": .string(stamp(interview.createdAt)),
            "updatedAt": .string(stamp(interview.updatedAt)),
            "file": interview.file.jsonValue,
            "doneSteps": .array(record.doneSteps.compactMap { step in
                step.doneAt.map { .object(["key": .string(step.key.rawValue), "doneAt": .string(stamp($0))]) }
            }),
            "drafts": .array(record.drafts.map { draft in
                .object([
                    "key": .string(draft.key), "subject": .string(draft.subject), "body": .string(draft.body),
                    "updatedAt": .string(stamp(draft.updatedAt)),
                ])
            }),
        ])
    }

    static func value(of attempt: PracticeAttempt) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [
            ("id", .string(attempt.id)), ("key", .string(attempt.questionKey.rawValue)), ("question", .string(attempt.questionText)),
            ("practisedAt", .string(stamp(attempt.practisedAt))), ("rating", .string(attempt.rating.rawValue)),
            ("outline", .string(attempt.outline)),
        ]
        if let seconds = attempt.seconds { fields.append(("seconds", .number(Double(seconds)))) }
        return .object(fields)
    }

    static func value(of notes: CompanyNotes) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [("company", .string(notes.company))]
        if let field = notes.field { fields.append(("field", .string(field.rawValue))) }
        fields += notes.sections.map { ($0.name, JSONValue.string($0.text)) }
        fields.append(("updatedAt", .string(stamp(notes.updatedAt))))
        return .object(fields)
    }

    /// RFC 3339 in UTC, whole seconds (what the store keeps).
    public static func stamp(_ date: Date) -> String {
        Timestamp(seconds: Int64(date.timeIntervalSince1970.rounded(.down)), offsetSeconds: 0, isZulu: true).rfc3339
    }
}
