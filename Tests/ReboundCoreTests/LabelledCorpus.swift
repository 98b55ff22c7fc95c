import Foundation
import ReboundCore
import Testing

/// The labelled messages under `Corpus/`: each with its kind, the rules it should trigger,
/// and whether it is checked against the example interview.
struct LabelledMessage {
    let kind: MessageKind
    let expected: Set<CheckRule>
    let usesContext: Bool
    let text: String
    let line: Int
}

enum LabelledCorpus {
    static func load(_ name: String) throws -> [LabelledMessage] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Corpus"))
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        var messages: [LabelledMessage] = []
        var header: (String, Int)?
        var body: [String] = []
        func flush() throws {
            guard let (text, line) = header else { return }
            let fields = text.dropFirst(4).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let kind = try #require(MessageKind(rawValue: fields[0]), "line \(line): kind")
            let rules: Set<CheckRule> = fields[1] == "clean" ? [] : Set(try fields[1].split(separator: ",").map {
                try #require(CheckRule(rawValue: $0.trimmingCharacters(in: .whitespaces)), "line \(line): rule \($0)")
            })
            let message = body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
            messages.append(LabelledMessage(kind: kind, expected: rules, usesContext: fields.count > 2 && fields[2] == "context",
                                            text: message, line: line))
        }
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("=== ") {
                try flush()
                header = (line, index + 1)
                body = []
            } else if header != nil {
                body.append(line)
            }
        }
        try flush()
        return messages
    }

    static func context() throws -> InterviewFile {
        let url = try #require(Bundle.module.url(forResource: "context", withExtension: "json", subdirectory: "Corpus"))
        return try InterviewFile(jsonBytes: [UInt8](Data(contentsOf: url)))
    }
}

/// Precision and recall per rule over a set of labelled messages.
struct CorpusScore {
    struct Counts { var truePositives = 0, falsePositives = 0, falseNegatives = 0 }
    var counts: [CheckRule: Counts] = [:]
    var mistakes: [String] = []

    init(_ messages: [LabelledMessage], checker: MessageChecker, context: InterviewFile) {
        for message in messages {
            let report = checker.check(message.text, kind: message.kind, context: message.usesContext ? context : nil)
            let found = Set(report.findings.map(\.rule))
            for rule in CheckRule.allCases {
                switch (found.contains(rule), message.expected.contains(rule)) {
                case (true, true): counts[rule, default: Counts()].truePositives += 1
                case (true, false):
                    counts[rule, default: Counts()].falsePositives += 1
                    let excerpt = report.findings.first { $0.rule == rule }?.excerpt ?? ""
                    mistakes.append("line \(message.line): unexpected \(rule.rawValue): “\(excerpt)”")
                case (false, true):
                    counts[rule, default: Counts()].falseNegatives += 1
                    mistakes.append("line \(message.line): missed \(rule.rawValue)")
                case (false, false): break
                }
            }
        }
    }

    func precision(_ rule: CheckRule) -> Double {
        let c = counts[rule] ?? Counts()
        return c.truePositives + c.falsePositives == 0 ? 1 : Double(c.truePositives) / Double(c.truePositives + c.falsePositives)
    }

    func recall(_ rule: CheckRule) -> Double {
        let c = counts[rule] ?? Counts()
        return c.truePositives + c.falseNegatives == 0 ? 1 : Double(c.truePositives) / Double(c.truePositives + c.falseNegatives)
    }

    /// Precision, recall and F1 over every rule's decisions together (micro-averaged).
    var micro: (precision: Double, recall: Double, f1: Double) {
        let all = counts.values.reduce(Counts()) { total, c in
            Counts(truePositives: total.truePositives + c.truePositives, falsePositives: total.falsePositives + c.falsePositives,
                   falseNegatives: total.falseNegatives + c.falseNegatives)
        }
        let precision = all.truePositives + all.falsePositives == 0 ? 1 : Double(all.truePositives) / Double(all.truePositives + all.falsePositives)
        let recall = all.truePositives + all.falseNegatives == 0 ? 1 : Double(all.truePositives) / Double(all.truePositives + all.falseNegatives)
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
    }

    /// A table of rule, labelled positives, precision and recall, and the micro-averaged figures.
    func table(title: String) -> String {
        var lines = [title, "rule             positives  precision  recall"]
        for rule in CheckRule.allCases {
            let c = counts[rule] ?? Counts()
            let positives = c.truePositives + c.falseNegatives
            lines.append(rule.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
                + String(positives).leftPad(9) + "  " + String(format: "%9.2f", precision(rule)) + "  " + String(format: "%6.2f", recall(rule)))
        }
        let (p, r, f1) = micro
        lines.append(String(format: "all rules (micro)          %9.3f  %6.3f  F1 %.3f", p, r, f1))
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
