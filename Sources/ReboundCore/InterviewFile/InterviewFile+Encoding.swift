extension InterviewFile {
    /// The file as a JSON value: every field the model holds, defaults written out, so
    /// reading it back gives an equal `InterviewFile`.
    public var jsonValue: JSONValue {
        .object([
            "format": .string(Self.format),
            "interview": interview.jsonValue,
            "debrief": debrief.jsonValue,
            "contacts": .array(contacts.map(\.jsonValue)),
        ])
    }

    /// The file as indented JSON text.
    public func jsonText() -> String { JSONWriter.write(jsonValue) + "\n" }
}

extension Interview {
    var jsonValue: JSONValue {
        .object([
            "company": .string(company),
            "role": .string(role),
            "start": .string(start.rfc3339),
            "end": end.map { .string($0.rfc3339) },
            "timeZone": .string(timeZone.identifier),
            "mode": mode.map { .string($0.rawValue) },
            "interviewers": .array(interviewers.map(\.jsonValue)),
            "wantsJob": .bool(wantsJob),
            "outcome": .object([
                "status": .string(outcome.status.rawValue),
                "at": outcome.at.map { .string($0.rfc3339) },
                "nextRoundAt": outcome.nextRoundAt.map { .string($0.rfc3339) },
            ]),
            "decisionBy": decisionBy.map { .string($0.rfc3339) },
        ])
    }
}

extension Interviewer {
    var jsonValue: JSONValue {
        .object([
            "name": .string(name),
            "title": title.map(JSONValue.string),
            "email": email.map(JSONValue.string),
            "phone": phone.map(JSONValue.string),
            "hiringManager": .bool(hiringManager),
        ])
    }
}

extension Debrief {
    var jsonValue: JSONValue {
        .object([
            "wentWell": .array(wentWell.map(JSONValue.string)),
            "wentWrong": .array(wentWrong.map { .object(["text": .string($0.text), "kind": .string($0.kind.rawValue)]) }),
            "questions": .array(questions.map { question in
                .object([
                    "text": .string(question.text),
                    "askedBy": question.askedBy.map(JSONValue.string),
                    "rating": .string(question.rating.rawValue),
                    "betterAnswer": question.betterAnswer.map(JSONValue.string),
                ])
            }),
            "forgotToMention": .array(forgotToMention.map(JSONValue.string)),
            // Written only when there is something, so files without it stay as they were.
            "nextTime": nextTime.isEmpty ? nil : .array(nextTime.map(JSONValue.string)),
        ])
    }
}

extension Contact {
    var jsonValue: JSONValue {
        .object([
            "name": .string(name),
            "relation": .string(relation.rawValue),
            "email": email.map(JSONValue.string),
            "phone": phone.map(JSONValue.string),
            "mayBeContacted": .bool(mayBeContacted),
        ])
    }
}
