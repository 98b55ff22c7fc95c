/// One thing wrong with one field of an interview file.
public struct FieldIssue: Equatable, Sendable, CustomStringConvertible {
    /// The JSON path, such as `interview.interviewers[1].name`.
    public let path: String
    /// What is wrong, such as `required`.
    public let problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { path.isEmpty ? problem : "\(path): \(problem)" }
}

/// Why an interview file cannot be used: not JSON at all, or JSON with wrong fields.
public enum InterviewFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a JSON document.
    case notJSON(JSONParseError)
    /// The JSON has one or more fields that are missing or wrong, in document order.
    case invalidFields([FieldIssue])

    /// All the problems, one per line.
    public var issues: [FieldIssue] {
        switch self {
        case .notJSON(let error): [FieldIssue(path: "", problem: error.description)]
        case .invalidFields(let issues): issues
        }
    }

    /// The first problem, with a count of the others: fits on one line.
    public var description: String {
        let all = issues
        guard let first = all.first else { return "invalid interview file" }
        return all.count == 1 ? first.description : "\(first) (and \(all.count - 1) more)"
    }
}
