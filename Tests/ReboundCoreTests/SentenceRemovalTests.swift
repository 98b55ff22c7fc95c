@testable import ReboundCore
import Testing

/// "Remove this sentence": the sentence holding a finding comes out and the message still reads.
@Suite struct SentenceRemovalTests {
    func remove(_ words: String, from text: String) -> String? {
        guard let range = text.range(of: words) else { return nil }
        let start = text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound)
        return SentenceRemoval.removing(words, at: start, start + words.utf16.count, from: text)
    }

    @Test func aSentenceInTheMiddleOfAParagraphGoesWithTheSpaceAfterIt() {
        let text = "Thank you for your time. Sorry I was so nervous. I remain very interested.\n"
        #expect(remove("Sorry I was so nervous", from: text) == "Thank you for your time. I remain very interested.\n")
    }

    @Test func theLastSentenceOfALineTakesTheSpaceBeforeIt() {
        let text = "Thank you for your time. I know I bombed the budget question!\nBest,\nAna"
        #expect(remove("I know I bombed", from: text) == "Thank you for your time.\nBest,\nAna")
    }

    @Test func aParagraphThatWasOnlyThatSentenceLeavesNoBlankParagraph() {
        let text = "Dear Dana,\n\nThank you for the conversation.\n\nApologies for rambling on the budget question.\n\nBest regards,\n"
        #expect(remove("Apologies for rambling", from: text) == "Dear Dana,\n\nThank you for the conversation.\n\nBest regards,\n")
    }

    @Test func wordsThatNoLongerMatchTheTextChangeNothing() {
        #expect(SentenceRemoval.removing("sorry", at: 0, 5, from: "Hello there") == nil)
        #expect(SentenceRemoval.removing("sorry", at: 8, 13, from: "Hello") == nil)
    }

    @Test func aSentenceWithoutAStopEndsAtTheLine() {
        let text = "Hi Dana,\nI hadn't slept the night before\nThanks again"
        #expect(remove("I hadn't slept", from: text) == "Hi Dana,\nThanks again")
    }

    @Test func aQuotedQuestionOrABracketBeforeItIsItsOwnSentence() {
        // Found from outside: these took the sentences before them too.
        #expect(remove("I'm sorry I fumbled it", from: "You asked \"What is your biggest weakness?\" I'm sorry I fumbled it. I led the audit.")
                == "You asked \"What is your biggest weakness?\" I led the audit.")
        #expect(remove("Sorry for rambling", from: "Thanks for today (I enjoyed it.) Sorry for rambling. I led the audit.")
                == "Thanks for today (I enjoyed it.) I led the audit.")
        #expect(remove("Sorry, I was nervous", from: "Thank you for your time. Sorry, I was nervous, e.g. on the budget. I remain keen.")
                == "Thank you for your time. I remain keen.")
    }

    @Test func lettersBeyondAsciiAreCountedInUTF16() {
        let text = "Merci 😊 for the chat. Désolé, I was a mess. Best."
        #expect(remove("I was a mess", from: text) == "Merci 😊 for the chat. Best.")
    }
}
