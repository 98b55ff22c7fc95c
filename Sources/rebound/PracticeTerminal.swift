import Foundation
import ReboundCore

/// The question-and-answer exchange of `rebound practice`, in plain lines on standard input
/// and output: no cursor movement or full-screen drawing, so it reads well in tmux and
/// through a screen reader, and scripts can drive it.
struct PracticeTerminal {
    /// Seconds to aim for, when the user asked for a timer.
    let timer: Int?
    private let readLine: () -> String?
    private let write: (String) -> Void

    init(timer: Int?, readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) },
         write: @escaping (String) -> Void = Output.write) {
        self.timer = timer
        self.readLine = readLine
        self.write = write
    }

    /// One answer: its outline, the time taken (with the timer on) and the user's rating.
    struct Answer {
        let outline: String
        let seconds: Int?
        let rating: AnswerRating
    }

    /// Asks `question` and reads the outline and rating; nil when the user stops (q or the
    /// end of input), in which case nothing is recorded for it.
    mutating func ask(_ question: BankQuestion, number: Int, of total: Int, isRepeat: Bool) -> Answer? {
        write("\n" + PracticeListing.heading(question, number: number, of: total, isRepeat: isRepeat) + "\n")
        write(question.text + "\n")
        if let better = question.betterAnswer {
            write("Last time you wished you had said: \(better)\n")
        }
        if let timer { write("Aim for about \(DurationText.of(timer)) out loud; the clock starts now.\n") }
        let started = ContinuousClock.now
        guard let outline = readOutline(story: question.wantsStory) else { return nil }
        var seconds: Int?
        if let timer {
            let taken = Int((ContinuousClock.now - started).components.seconds)
            seconds = taken
            write("You took \(DurationText.of(taken)) (aim: \(DurationText.of(timer))).\n")
        }
        guard let rating = readRating() else { return nil }
        return Answer(outline: outline, seconds: seconds, rating: rating)
    }

    /// A story question gets one line per STAR part; any other an outline ended by an empty line.
    private func readOutline(story: Bool) -> String? {
        if story {
            write("Outline your story, one line per part (Enter skips a part):\n")
            var parts: [String] = []
            for part in StarOutline.allCases {
                write("\(part.title) (\(part.prompt)): ")
                guard let line = readLine() else { return nil }
                if line.trimmingCharacters(in: .whitespaces).lowercased() == "q" { return nil }
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { parts.append("\(part.title): \(line)") }
            }
            return parts.joined(separator: "\n")
        }
        write("Outline your answer in a few lines; an empty line ends it:\n")
        var lines: [String] = []
        while let line = readLine() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { return lines.joined(separator: "\n") }
            if lines.isEmpty, line.trimmingCharacters(in: .whitespaces).lowercased() == "q" { return nil }
            lines.append(line)
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// Asks until the answer is w, o, s (or the words) or q; nil for q or the end of input.
    private func readRating() -> AnswerRating? {
        while true {
            write("How did it go? weak, ok or strong (w/o/s, q to stop): ")
            guard let line = readLine() else { return nil }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "w", "weak": return .weak
            case "o", "ok": return .ok
            case "s", "strong": return .strong
            case "q", "quit", "stop": return nil
            default: write("Please type w, o or s (or q to stop).\n")
            }
        }
    }
}
