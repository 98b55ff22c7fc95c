/// A mock interview for a friend to run: questions picked for a role, opening and closing
/// the way real interviews do, with the user's weak questions worked in, and a note for the
/// friend on what to listen for in each kind of answer.
public enum MockInterview {
    /// Picks `count` questions (at least 4): an opener, the user's weak questions (newest
    /// first, at most half the sheet), then starter questions of the field and of any job,
    /// alternating kinds so the sheet is not all stories, and a closing question last.
    public static func questions(from bank: QuestionBank, field: WorkField?, count: Int) -> [BankQuestion] {
        let size = max(4, min(count, 30))
        let opener = bank.question(.starter("m01"))
        let closer = bank.question(.starter("c01"))
        var chosen: [BankQuestion] = []
        var keys = Set([opener?.key, closer?.key].compactMap { $0 })
        func take(_ question: BankQuestion) {
            if keys.insert(question.key).inserted { chosen.append(question) }
        }
        let middle = size - (opener == nil ? 0 : 1) - (closer == nil ? 0 : 1)
        // A weak question from a job of another field (a retail question for a teaching post) stays out.
        for question in bank.questions where question.isOwn && question.latestRating == .weak && question.fits(field)
            && chosen.count < middle / 2 {
            take(question)
        }
        // The field's own questions first, then those for any job; without a field, only those.
        chosen += StarterMix.pick(from: bank, field: field, count: middle - chosen.count, taken: &keys)
        return [opener].compactMap { $0 } + chosen + [closer].compactMap { $0 }
    }

    /// What the friend listens for in an answer of this kind.
    public static func listenFor(_ kind: QuestionKind?) -> String {
        switch kind {
        case .behavioural?: "A real example, told in order: the situation, their part in it, what they did, and how it ended. Did they say \"I\" rather than \"we\"?"
        case .motivation?: "Specific reasons that fit this job and employer, not ones that would fit any job. Upbeat about the past, never bitter."
        case .situational?: "Calm, step-by-step thinking: what they would check first, who they would involve, and why."
        case .technical?: "Accurate and clear, at the level the listener needs. Do they admit what they do not know and say how they would find out?"
        case .salary?: "A researched range or a calm way to defer, without apologising for the question."
        case .closing?: "Good questions of their own, and a short, confident summary of why they fit."
        case nil: "A clear, specific answer of about two minutes, with an example where one helps."
        }
    }
}
