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
        try expectScores(on: "development", precision: 0.9, recall: 0.9)
    }

    @Test func holdoutSetStaysUsefulOnMessagesNeverTunedFor() throws {
        try expectScores(on: "holdout", precision: 0.75, recall: 0.6)
    }

    /// Prints the per-rule table and the mistakes of one set, and holds every rule to the floors.
    private func expectScores(on set: String, precision: Double, recall: Double) throws {
        let score = CorpusScore(try LabelledCorpus.load(set), checker: .standard, context: try LabelledCorpus.context())
        print(score.table(title: "Message check, \(set) set"))
        for mistake in score.mistakes { print("  " + mistake) }
        for rule in CheckRule.allCases {
            #expect(score.precision(rule) >= precision, "precision of \(rule.rawValue) on the \(set) set")
            #expect(score.recall(rule) >= recall, "recall of \(rule.rawValue) on the \(set) set")
        }
    }
}
