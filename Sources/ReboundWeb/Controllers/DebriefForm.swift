import ReboundCore
import ReboundForms
import ReboundStore

/// Reads one debrief page's form into the interview file. Blank rows are dropped; rows are
/// named `rows[i].field` so a list keeps its order without any script.
enum DebriefForm {
    static func apply(_ form: FormData, stage: DebriefStage, to file: inout InterviewFile) {
        switch stage {
        case .wentWell:
            file.debrief.wentWell = lines(form.all("item"))
        case .wentWrong:
            file.debrief.wentWrong = form.rows("wrong").compactMap { row in
                guard let text = clean(row["text"]) else { return nil }
                return Setback(text: text, kind: row["kind"].flatMap(SetbackKind.init(rawValue:)) ?? .other)
            }
        case .questions:
            file.debrief.questions = form.rows("q").compactMap { row in
                guard let text = clean(row["text"]) else { return nil }
                return InterviewQuestion(text: text, askedBy: clean(row["askedBy"]),
                                         rating: row["rating"].flatMap(AnswerRating.init(rawValue:)) ?? .ok,
                                         betterAnswer: clean(row["better"]))
            }
        case .forgot:
            file.debrief.forgotToMention = lines(form.all("item"))
        case .interviewers:
            let people = form.rows("p").compactMap { row -> Interviewer? in
                guard let name = clean(row["name"]) else { return nil }
                return Interviewer(name: name, title: clean(row["title"]), email: clean(row["email"]), phone: clean(row["phone"]),
                                   hiringManager: row["hiringManager"] == "yes")
            }
            file.interview.interviewers = people
            // A question asked by someone no longer listed keeps its text but loses the name.
            let names = Set(people.map { $0.name.lowercased() })
            for index in file.debrief.questions.indices {
                if let asker = file.debrief.questions[index].askedBy, !names.contains(asker.lowercased()) {
                    file.debrief.questions[index].askedBy = nil
                }
            }
        case .contacts:
            file.contacts = form.rows("c").compactMap { row in
                guard let name = clean(row["name"]), let relation = row["relation"].flatMap(ContactRelation.init(rawValue:))
                else { return nil }
                return Contact(name: name, relation: relation, email: clean(row["email"]), phone: clean(row["phone"]),
                               mayBeContacted: row["mayBeContacted"] == "yes")
            }
        case .wantsJob:
            file.interview.wantsJob = form["wantsJob"] != "no"
        case .done:
            break
        }
    }

    /// The reader's one-line complaint, with the file's JSON path put in the page's words.
    static func describe(_ error: any Error) -> String {
        var text = "\(error)"
        let words: [(String, String)] = [
            ("interview.interviewers", "Interviewer"), ("debrief.questions", "Question"), ("debrief.wentWrong", "What went wrong"),
            ("debrief.wentWell", "What went well"), ("debrief.forgotToMention", "Forgot to mention"), ("contacts", "Person"),
        ]
        for (path, label) in words where text.hasPrefix(path) {
            var rest = Substring(text.dropFirst(path.count))
            if rest.hasPrefix("["), let close = rest.firstIndex(of: "]"), let index = Int(rest.dropFirst().prefix(while: \.isNumber)) {
                rest = rest[rest.index(after: close)...]
                text = "\(label) \(index + 1)" + (rest.hasPrefix(".") ? ", " + rest.dropFirst() : String(rest))
            } else {
                text = label + rest
            }
            break
        }
        return text
    }

    private static func lines(_ values: [String]) -> [String] { values.compactMap(clean) }

    private static func clean(_ value: String?) -> String? { FormData.nonBlank(value) }
}
