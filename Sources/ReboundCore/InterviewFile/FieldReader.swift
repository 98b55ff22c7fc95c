/// Reads typed fields out of a JSON object while remembering the path it is at and
/// collecting every problem it meets, so a file is checked whole in one pass. The
/// interview file is read with it, and so is any document that holds interview files.
public struct FieldReader {
    /// The value at this path; nil when absent or null.
    public let value: JSONValue?
    /// The JSON path, such as `interview.interviewers[1]`.
    public let path: String
    private let issues: IssueLog

    /// A log shared by every reader of one document.
    final class IssueLog {
        var issues: [FieldIssue] = []
        /// When true, characters a text may not hold are replaced instead of reported (a
        /// file stored before Rebound refused them must still open).
        let repairsText: Bool

        init(repairsText: Bool) { self.repairsText = repairsText }
    }

    /// A reader of a whole document. With `repairingText`, control characters where a text
    /// may not hold them are replaced by spaces (or dropped) instead of being reported.
    public init(root: JSONValue, repairingText: Bool = false) {
        value = root
        path = ""
        issues = IssueLog(repairsText: repairingText)
    }

    private init(value: JSONValue?, path: String, issues: IssueLog) {
        self.value = value
        self.path = path
        self.issues = issues
    }

    /// Every problem met by any reader of this document, in the order met.
    public var allIssues: [FieldIssue] { issues.issues }

    /// Records a problem with the value at this path.
    public func report(_ problem: String) { issues.issues.append(FieldIssue(path: path, problem: problem)) }

    /// Records the problems of a document read on its own (an interview file inside an
    /// export), their paths placed under this one.
    public func report(_ nested: [FieldIssue]) {
        for issue in nested {
            let joined = path.isEmpty || issue.path.isEmpty || issue.path.hasPrefix("[")
                ? path + issue.path : path + "." + issue.path
            issues.issues.append(FieldIssue(path: joined, problem: issue.problem))
        }
    }

    /// The reader for a key of this object; absent or null both read as missing.
    public subscript(key: String) -> FieldReader {
        var child: JSONValue?
        if case .object = value, let found = value?[key], found != .null { child = found }
        return FieldReader(value: child, path: path.isEmpty ? key : "\(path).\(key)", issues: issues)
    }

    var isPresent: Bool { value != nil }

    /// Checks that this value is an object (when present); reports otherwise.
    public func expectObject(required: Bool) -> Bool {
        switch value {
        case .object?: return true
        case nil:
            if required { report("required") }
            return false
        case let other?:
            report("must be an object, not \(other.typeName)")
            return false
        }
    }

    /// The readers for each element of a list; reports when it is not a list.
    public func elements(required: Bool = false) -> [FieldReader] {
        switch value {
        case .array(let items)?:
            return items.enumerated().map { FieldReader(value: $1, path: "\(path)[\($0)]", issues: issues) }
        case nil:
            if required { report("required") }
            return []
        case let other?:
            report("must be a list, not \(other.typeName)")
            return []
        }
    }

    /// Text exactly as written, empty allowed (a message body), of at most `limit` UTF-8 bytes,
    /// holding only the characters its `shape` allows.
    public func rawText(required: Bool, limit: Int, shape: TextShape = .oneLine) -> String? {
        switch value {
        case .string(let text)?:
            guard text.utf8.count <= limit else {
                report("too long (at most \(limit) bytes)")
                return nil
            }
            return allowed(text, shape: shape)
        case nil:
            if required { report("required") }
            return nil
        case let other?:
            report("must be text, not \(other.typeName)")
            return nil
        }
    }

    /// Non-empty text, trimmed of surrounding white space, holding only the characters its
    /// `shape` allows (checked before trimming: a name may not end in a line break either).
    public func text(required: Bool, shape: TextShape = .oneLine) -> String? {
        switch value {
        case .string(let raw)?:
            guard let raw = allowed(raw, shape: shape) else { return nil }
            let trimmed = raw.trimmingWhitespace()
            if trimmed.isEmpty {
                report("must not be empty")
                return nil
            }
            return trimmed
        case nil:
            if required { report("required") }
            return nil
        case let other?:
            report("must be text, not \(other.typeName)")
            return nil
        }
    }

    func bool(default fallback: Bool) -> Bool {
        switch value {
        case .bool(let flag)?: return flag
        case nil: return fallback
        case let other?:
            report("must be true or false, not \(other.typeName)")
            return fallback
        }
    }

    /// One of an enumeration's raw values.
    func choice<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type, required: Bool = false) -> Choice?
    where Choice.RawValue == String {
        guard let raw = text(required: required) else { return nil }
        if let choice = Choice(rawValue: raw) { return choice }
        report("\"\(raw.clipped)\" is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    func timestamp(required: Bool) -> Timestamp? {
        guard let raw = text(required: required) else { return nil }
        if let stamp = Timestamp(rfc3339: raw) { return stamp }
        report("not an RFC 3339 date-time with an offset (like 2026-11-20T10:30:00-05:00)")
        return nil
    }

    /// Text that looks like an e-mail address: one `@` with something before it and a dot
    /// after it, and none of the characters that would end or split an address in a mail
    /// header (spaces, `<>()[],;:"\\`).
    func email() -> String? {
        guard let raw = text(required: false) else { return nil }
        if EmailAddress.isPlausible(raw) { return raw }
        report("\"\(raw.clipped)\" is not an e-mail address")
        return nil
    }

    /// A list of non-empty texts.
    func texts(shape: TextShape = .oneLine) -> [String] { elements().compactMap { $0.text(required: true, shape: shape) } }

    /// The text when every character is one its shape allows; otherwise the first problem
    /// is reported and nil returned, or, for a repairing reader, the text is repaired.
    private func allowed(_ text: String, shape: TextShape) -> String? {
        guard let problem = shape.firstProblem(in: text) else { return text }
        if issues.repairsText { return shape.repaired(text) }
        report(problem)
        return nil
    }
}

extension String {
    /// The text without leading and trailing white space and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpace })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// At most 40 characters (Unicode scalars), on one line, for quoting user input in a message.
    var clipped: String {
        var result = String.UnicodeScalarView()
        var count = 0
        for scalar in unicodeScalars {
            if count == 40 {
                result.removeLast()
                result.append("…")
                break
            }
            result.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
            count += 1
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    /// White space, with a fast path for ASCII.
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }
}
