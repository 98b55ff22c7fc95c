/// The wording of every draft, kept as data apart from the code that assembles it.
/// Each list offers variants; interviewers of one interview get different ones, so no two
/// thank-you notes read alike. Slots: `{first}` `{role}` `{company}` `{day}` `{verb}`
/// `{question}` `{answer}` `{items}` `{names}` `{highlight}` `{title}`.
enum DraftPhrases {
    enum ThankYou {
        static let subjects: [Template] = [
            "Thank you, and a follow-up on the {role} role",
            "Thanks for your time: {role} interview",
            "Following up on our {role} conversation",
            "Thank you for the conversation about the {role} role",
        ]
        static let openings: [Template] = [
            "Thank you for taking the time to {verb} with me {day} about the {role} role at {company}.",
            "Thank you for {verb}ing with me {day}, and for your perspective{title} on the {role} role.",
            "I appreciate the time you gave me {day} to discuss the {role} position at {company}.",
            "Many thanks for the conversation {day} about the {role} role and the work ahead at {company}.",
        ]
        static let betterAnswerByReader: [Template] = [
            "I've thought more about your question, “{question}”, and would like to add a clearer example. {answer}",
            "After our conversation I wanted to build on my answer to your question, “{question}”. {answer}",
            "One more thought on your question, “{question}”: {answer}",
            "I'd like to expand on my answer to your question, “{question}”. {answer}",
        ]
        static let betterAnswerByOthers: [Template] = [
            "I've thought more about the question “{question}” and would like to add a clearer example. {answer}",
            "After our conversation I wanted to build on my answer to “{question}”. {answer}",
            "One more thought on the question “{question}”: {answer}",
            "I'd like to expand on my answer to “{question}”. {answer}",
        ]
        static let forgotten: [Template] = [
            "I also wanted to mention {items}, which is relevant to the role.",
            "It is also worth adding {items}, which I did not get to bring up.",
            "One more point that fits the role: {items}.",
            "I should also add {items}, as it bears directly on the work we discussed.",
        ]
        static let noAddition = [
            "Our conversation gave me a clear picture of what the role needs, and I am confident my experience fits it well.",
            "Hearing how the team works made me see how well my experience lines up with what you need.",
            "I came away with a much clearer sense of the role, and it matches the work I do best.",
            "Learning more about the team's plans confirmed how well the role suits my experience.",
        ]
        static let interest: [Template] = [
            "Our conversation left me even more keen to join {company}, and I look forward to the next steps.",
            "I remain very interested in the {role} role and would welcome the chance to continue the conversation.",
            "I'm excited about what the team is building and would love to contribute to it.",
            "I'm enthusiastic about the role and hope to bring this experience to {company}.",
        ]
        /// When the user no longer wants the job, the note stays courteous without overselling.
        static let courtesyInterest: [Template] = [
            "I enjoyed hearing about {company}'s plans and I'm genuinely interested to see where the team takes them.",
            "I appreciated the open conversation, and I'm keen to follow how the work at {company} develops.",
        ]
        static let signOffs = ["Best regards,", "Kind regards,", "With thanks,", "All the best,"]
    }

    enum CallScript {
        static let subject: Template = "Call script: {first}, about the {role} role"
        static let opening: Template = "Hello {first}, {self}I'm calling about our conversation {day} on the {role} role. Do you have two minutes?"
        static let pause = "(Wait for a yes. If now is not good, ask when would suit them and call back then.)"
        static let point: Template = "Thank you. Since we spoke I've thought more about your question, “{question}”, and I'd like to give you a clearer answer: {answer}"
        static let pointWithoutAnswer: Template = "Thank you. Since we spoke I've thought more about your question, “{question}”, and I'd like to give you a more concrete example from my work."
        static let close = "I'm very interested in the role and would be glad to answer anything else. Thank you for your time."
        static let voicemail: Template = "Hello {first}, {self}calling about the {role} role. Thank you again for the conversation {day}. I'd like to add a short example to my answer about “{question}”; I've also sent it by email. I remain very interested in the role. Thank you."
    }

    enum Reference {
        static let subject: Template = "Heads-up: {company} may call you about me"
        static let opening: Template = "Thank you again for agreeing to be a reference for me. I interviewed for the {role} role at {company} {day}, and they may contact you in the next few days."
        static let focus: Template = "Their questions centred on topics like {questions}."
        static let boostIntro = "If they call, these are the points I'd most like you to reinforce:"
        static let boostFallback = "If they call, anything you can share about the work we did together, with a concrete result or two, would help most."
        static let close = "I'm happy to send you the job description or talk it through first. Thank you for your support."
    }

    enum Connection {
        static let subjects: [ContactRelation: Template] = [
            .recruiter: "Update on my {company} interview",
            .insider: "My interview at {company}",
            .referrer: "Thank you for the introduction to {company}",
        ]
        static let openings: [ContactRelation: Template] = [
            .recruiter: "A quick update: I interviewed with {names} for the {role} role at {company} {day}.",
            .insider: "I had my interview for the {role} role {day}, and I wanted to thank you for your encouragement along the way.",
            .referrer: "Thank you again for introducing me to {company}. I interviewed for the {role} role {day} with {names}.",
        ]
        static let highlight: Template = "The highlight for me: {highlight}."
        static let followedUp: Template = "I've followed up by email with more detail on “{question}”."
        static let closings: [ContactRelation: Template] = [
            .recruiter: "I'm still very interested in the role. If you hear anything from their side, I'd be grateful to know. Thank you for your help with this.",
            .insider: "I remain very interested in joining {company}. If you have any advice on what matters most to the team, I'd really value it; there's no need to raise anything on my behalf.",
            .referrer: "I'm still very keen on the role and will let you know how it goes. I really appreciate you putting my name forward.",
        ]
    }

    enum Feedback {
        static let subject = "Thank you, and a request for feedback"
        static let opening: Template = "Thank you for letting me know, and for the time you and the team gave me during the process. I enjoyed learning about {company} and the {role} role."
        static let request = "If you have a few minutes, I would be grateful for any feedback on my interview. Anything that would make me a stronger candidate next time would help me a great deal."
        static let stayInTouch: Template = "I'm still very interested in {company} and would be glad to stay in touch should a suitable opening come up."
        static let close = "Thank you again for your time."
    }

    /// A polite status question when the employer has gone quiet.
    enum CheckIn {
        static let subject: Template = "Checking in on the {role} role"
        /// `{when}` is "by Friday 4 December" when the employer gave a date, else empty.
        static let opening: Template = "I hope your week is going well. Thank you again for the conversation about the {role} role at {company}."
        static let askWithDate: Template = "You mentioned a decision might come {when}, so I wanted to ask whether there is any news on the timing, or anything more I can send you."
        static let askWithoutDate = "I wanted to ask whether there is any news on the timing, or anything more I can send you in the meantime."
        static let interest: Template = "I remain very interested in joining {company}, and I look forward to hearing from you when you are ready."
        /// To a recruiter, who speaks for the user.
        static let recruiterOpening: Template = "I hope you are well. Thank you again for putting me forward for the {role} role at {company}."
        static let recruiterAskWithDate: Template = "They expected to decide {when}, and I haven't heard anything yet. Do you have any news from their side?"
        static let recruiterAskWithoutDate = "I haven't heard anything from them since the interview. Do you have any news from their side on the timing?"
        static let recruiterInterest: Template = "I'm still very keen on the role and on {company}, so any update would be welcome."
        static let signOff = "Many thanks,"
    }

    /// A reply to a job offer: thanks, and when the user will answer; no pressure to accept.
    enum AnswerOffer {
        static let subject: Template = "Thank you for the offer: {role}"
        static let opening: Template = "Thank you very much for the offer of the {role} role at {company}. I'm delighted to have it, and grateful for the time you and the team gave me throughout the process."
        static let confirm = "Could you send me the full details in writing, including the salary, start date and benefits, if they are not already on their way?"
        static let answerBy: Template = "I'd like to take a few days to read everything carefully, and I will give you my answer by {answerBy}. If any questions come up in the meantime, may I come back to you?"
        static let close = "Thank you again; I appreciate it."
        static let signOff = "Best regards,"
    }

    /// Good news for someone who helped along the way.
    enum ShareNews {
        static let subjects: [ContactRelation: Template] = [
            .reference: "Good news from {company}, and thank you",
            .recruiter: "The offer from {company}",
            .insider: "Good news: an offer from {company}",
            .referrer: "Your introduction to {company} worked out",
            .mentor: "Good news: an offer from {company}",
        ]
        static let news: Template = "I wanted you to be among the first to know: {company} has offered me the {role} role."
        static let thanks: [ContactRelation: Template] = [
            .reference: "Thank you for agreeing to be my reference. Knowing you were ready to vouch for my work made a real difference, and I'm grateful.",
            .recruiter: "Thank you for your help along the way; your advice on what they were looking for made a real difference. I'll keep you posted as I work through the details.",
            .insider: "Thank you for your encouragement and for what you told me about the team; it helped me prepare and feel at home in the interviews.",
            .referrer: "None of this would have happened without your introduction, so thank you. I really appreciate you putting my name forward.",
            .mentor: "Thank you for talking it through with me after the interview. Your perspective helped more than you might think.",
        ]
        static let close = "I'll let you know once everything is settled."
        static let signOff = "With thanks,"
    }
}
