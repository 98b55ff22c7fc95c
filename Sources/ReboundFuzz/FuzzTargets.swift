import Foundation
import ReboundCore
import ReboundForms

/// What each fuzz target does with one input, and what must hold afterwards. A broken
/// promise stops the run with `fatalError`, which libFuzzer reports with the input.
enum FuzzTarget: String, CaseIterable {
    /// The interview-file reader: never crashes; a file it accepts writes back to the same
    /// file, and its plan, drafts, calendar and mail never let a value start a line of its own.
    case interviewFile = "interview-file"
    /// The message check, for every kind: never crashes; every finding lies inside the text.
    case check
    /// The urlencoded form reader: never crashes; rows stay within the fields.
    case form
    /// The multipart reader: the first line of the input is the boundary, the rest the body.
    case multipart

    static let moment = Timestamp(rfc3339: "2026-11-21T09:00:00-05:00")!

    func run(_ bytes: [UInt8]) {
        switch self {
        case .interviewFile: Self.interviewFile(bytes)
        case .check: Self.check(bytes)
        case .form: Self.form(bytes)
        case .multipart: Self.multipart(bytes)
        }
    }

    private static func interviewFile(_ bytes: [UInt8]) {
        guard let file = try? InterviewFile(jsonBytes: bytes) else { return }
        guard let again = try? InterviewFile(json: file.jsonText()), again == file else {
            fatalError("an accepted file does not read back from what Rebound writes of it")
        }
        let plan = RecoveryPlan(for: file, now: moment)
        let calendar = CalendarExport.ics(for: plan, interview: file.interview, stamp: moment)
        for line in calendar.components(separatedBy: "\r\n") where !line.isEmpty {
            guard line.first == " " || knownProperties.contains(where: { line.hasPrefix($0) }) else {
                fatalError("a value started a calendar line of its own: \(line)")
            }
        }
        for (index, draft) in DraftWriter(file: file, now: moment, senderName: "Alex").drafts().enumerated() {
            let eml = MailExport.eml(for: draft, from: "Alex <alex@example.org>", date: moment, sequence: index)
            let head = eml.components(separatedBy: "\r\n\r\n")[0]
            for line in head.components(separatedBy: "\r\n") {
                guard line.first == " " || mailFields.contains(where: { line.hasPrefix($0 + ":") }) else {
                    fatalError("a value started a mail header of its own: \(line)")
                }
                guard line.utf8.count <= 998 else { fatalError("a header line of \(line.utf8.count) octets") }
            }
            _ = MailtoLink.url(to: draft.email ?? "a@b.example", subject: draft.subject, body: draft.body)
        }
    }

    private static let knownProperties = [
        "BEGIN:", "END:", "VERSION:", "PRODID:", "CALSCALE:", "METHOD:", "X-WR-CALNAME:", "UID:", "DTSTAMP:", "DTSTART:", "DTEND:",
        "SUMMARY:", "DESCRIPTION:", "CATEGORIES:", "TRANSP:", "STATUS:", "ACTION:", "TRIGGER:",
    ]
    private static let mailFields = ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                                     "Content-Transfer-Encoding", "X-Unsent"]

    private static func check(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let length = text.utf16.count
        for kind in MessageKind.allCases {
            let report = MessageChecker.standard.check(text, kind: kind)
            for finding in report.findings where finding.start < 0 || finding.start > finding.end || finding.end > length {
                fatalError("a \(finding.rule.rawValue) finding at \(finding.start)..<\(finding.end) in a text of \(length)")
            }
        }
    }

    private static func form(_ bytes: [UInt8]) {
        let form = FormData(urlEncoded: Substring(String(decoding: bytes, as: UTF8.self)))
        guard form.rows("p").count <= form.fields.count else { fatalError("more rows than fields") }
        _ = form.lines("item")
    }

    private static func multipart(_ bytes: [UInt8]) {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return }
        let boundary = String(decoding: bytes[..<newline], as: UTF8.self)
        guard let checked = Multipart.boundary(contentType: "multipart/form-data; boundary=\(boundary)") else { return }
        _ = Multipart.fields(Array(bytes[(newline + 1)...]), boundary: checked)
    }
}
