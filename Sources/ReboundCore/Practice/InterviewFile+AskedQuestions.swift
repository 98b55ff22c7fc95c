extension InterviewFile {
    /// The questions the debrief notes, as the question bank takes them.
    public func askedQuestions(interviewID: String) -> [(text: String, asked: AskedQuestion)] {
        debrief.questions.map { question in
            (question.text, AskedQuestion(interviewID: interviewID, company: interview.company, role: interview.role,
                                          askedAt: interview.start.date, rating: question.rating,
                                          betterAnswer: question.betterAnswer))
        }
    }
}
