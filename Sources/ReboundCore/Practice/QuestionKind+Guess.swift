import Foundation

extension QuestionKind {
    /// The kind a question the user wrote most likely is, from how it opens or what it
    /// mentions; nil when nothing says. Used to offer the STAR outline for stories and to
    /// group the user's own questions; the user's interview notes carry no kind.
    public static func guess(from text: String) -> QuestionKind? {
        let question = " " + QuestionKey.normalized(text).replacingOccurrences(of: "?", with: "") + " "
        for (kind, phrases) in guessingPhrases where phrases.contains(where: { question.contains($0) }) {
            return kind
        }
        return nil
    }

    /// Phrases that give a question's kind away, checked in this order (the first kind with
    /// a phrase found wins; the spaces keep "pay" from matching "paying").
    static let guessingPhrases: [(QuestionKind, [String])] = [
        (.salary, [" salary", " pay ", " paid ", " earning", " compensation", " notice period", " start date", " when could you start",
                   " benefits ", " rate of pay", " expectations for pay"]),
        (.closing, [" questions for us", " questions for me", " anything else", " anything we have not asked", " any questions",
                    " references", " next steps"]),
        (.behavioural, [" tell me about a time", " tell us about a time", " describe a time", " describe a situation",
                        " give an example", " give me an example", " give us an example", " talk me through a time",
                        " have you ever", " when have you", " a time when", " a time you"]),
        (.situational, [" what would you do", " how would you", " what if ", " imagine ", " suppose ", " if you were",
                        " what would happen"]),
        (.motivation, [" why do you want", " why this", " why us", " why are you leaving", " why did you leave",
                       " five years", " strengths", " weakness", " about yourself", " your background", " why should we",
                       " motivates you", " what do you know about us"]),
        (.technical, [" explain ", " how does ", " how do you ", " walk me through", " what is the difference", " design "]),
    ]
}
