import Foundation
import ReboundCore
import Testing

/// The check measured on labelled messages written for it: real phrasing, typos, lowercase,
/// bullet lists, non-native English, stories about past work, negations.
@Suite struct MessageCheckCorpusTests {
    @Test func theCorpusHasAtLeast150LabelledMessages() throws {
        let total = try LabelledCorpus.load("development").count + LabelledCorpus.load("holdout").count
        #expect(total >= 150)
    }

    @Test func developmentSetIsCaughtPreciselyForEveryRule() throws {
        let score = CorpusScore(try LabelledCorpus.load("development"), checker: .standard, context: try LabelledCorpus.context())
        print(score.table(title: "Message check, development set"))
        for mistake in score.mistakes { print("  " + mistake) }
        for rule in CheckRule.allCases {
            #expect(score.precision(rule) >= 0.9, "precision of \(rule.rawValue)")
            #expect(score.recall(rule) >= 0.9, "recall of \(rule.rawValue)")
        }
    }

    @Test func holdoutSetStaysUsefulOnMessagesNeverTunedFor() throws {
        let score = CorpusScore(try LabelledCorpus.load("holdout"), checker: .standard, context: try LabelledCorpus.context())
        print(score.table(title: "Message check, holdout set"))
        for mistake in score.mistakes { print("  " + mistake) }
        for rule in CheckRule.allCases {
            #expect(score.precision(rule) >= 0.75, "precision of \(rule.rawValue)")
            #expect(score.recall(rule) >= 0.6, "recall of \(rule.rawValue)")
        }
    }
}
