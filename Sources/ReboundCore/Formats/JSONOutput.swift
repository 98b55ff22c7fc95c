extension CheckReport {
    /// The `--format json` object of `contracts/message-check.md`.
    public var jsonValue: JSONValue {
        let listed: [JSONValue] = findings.map { finding in
            .object([
                "rule": .string(finding.rule.rawValue),
                "start": .number(Double(finding.start)),
                "end": .number(Double(finding.end)),
                "excerpt": .string(finding.excerpt),
                "message": .string(finding.message),
                "suggestion": .string(finding.suggestion),
            ])
        }
        var fields: [(key: String, value: JSONValue)] = [
            ("findings", .array(listed)), ("words", .number(Double(words))), ("paragraphs", .number(Double(paragraphs))),
        ]
        // Only a text with more findings than are reported says how many were left out.
        if omitted > 0 { fields.append(("omitted", .number(Double(omitted)))) }
        return .object(fields)
    }
}

extension RecoveryPlan {
    /// The `plan --format json` object of `contracts/cli.md`.
    public var jsonValue: JSONValue {
        .object(["steps": .array(steps.map(\.jsonValue))])
    }
}

extension PlanStep {
    public var jsonValue: JSONValue {
        .object([
            "kind": .string(kind.rawValue),
            "who": who.map(JSONValue.string),
            "about": about.map(JSONValue.string),
            "due": .string(due.rfc3339),
            "lapses": lapses.map { .string($0.rfc3339) },
            "optional": .bool(optional),
            "late": .bool(late),
            "lapsed": .bool(lapsed),
            "title": .string(title),
            "detail": .string(detail),
            "caution": caution.map(JSONValue.string),
            "minutes": .number(Double(minutes)),
            "draft": draft.map { .string($0.rawValue) },
        ])
    }
}

extension Draft {
    /// One element of `draft --format json`.
    public var jsonValue: JSONValue {
        .object([
            "kind": .string(kind.rawValue),
            "to": .string(to),
            "email": email.map(JSONValue.string),
            "phone": phone.map(JSONValue.string),
            "subject": .string(subject),
            "body": .string(body),
        ])
    }

    /// The `draft --format json` object.
    public static func jsonValue(_ drafts: [Draft]) -> JSONValue {
        .object(["drafts": .array(drafts.map(\.jsonValue))])
    }
}
