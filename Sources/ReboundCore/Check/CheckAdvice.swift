/// Why each kind of finding hurts, and a better way to say it: reviewable text, apart from
/// the matching engine. `{excerpt}`, `{words}`, `{name}`, `{company}` are filled in per finding.
public struct CheckAdvice: Sendable {
    public let message: String
    public let suggestion: String

    /// The advice for a rule and, for phrase rules, the phrasebook group that matched.
    public static func forRule(_ rule: CheckRule, group: String? = nil) -> CheckAdvice {
        if let group, let specific = byGroup["\(rule.rawValue)/\(group)"] { return specific }
        return byRule[rule]!
    }

    /// What each rule looks for, in a line, for the settings where a user turns rules off.
    public static let ruleSummaries: [(rule: CheckRule, label: String, summary: String)] = [
        (.apology, "Apologies", "saying sorry for how the interview went"),
        (.excuse, "Excuses", "blaming sleep, traffic, nerves or anything else for how it went"),
        (.selfCriticism, "Harsh self-judgement", "calling your own interview a mess, a disaster or worse"),
        (.begging, "Pleading", "asking for another chance or saying how much you need the job"),
        (.tooLong, "Length", "a note longer than 200 words"),
        (.noThanks, "Thanks", "a note that never thanks the reader"),
        (.noInterest, "Interest", "a follow-up that never says you still want the job"),
        (.placeholder, "Template slots", "blanks, [brackets] and Company Name left from a template"),
        (.wrongName, "Names from elsewhere", "a greeting or a company that belongs to another application"),
    ]

    /// Every message and suggestion, for compiling their templates once.
    static let allTexts: [String] = (Array(byRule.values) + Array(byGroup.values)).flatMap { [$0.message, $0.suggestion] }

    static let byRule: [CheckRule: CheckAdvice] = [
        .apology: CheckAdvice(
            message: "This apologizes for how the interview went. An apology points the reader back at the moment you regret and tells them you think it went badly, which they may not have noticed at all.",
            suggestion: "Leave the apology out and add what you wish you had said, for example: “I'd like to add to my answer about …” followed by your example and its result."),
        .excuse: CheckAdvice(
            message: "This explains the interview away with circumstances. Excuses sound less than confident and make the reader wonder how you cope on a hard day at work.",
            suggestion: "Drop the reason and give the better answer instead: “Thinking further about your question on …, a stronger example is …”."),
        .selfCriticism: CheckAdvice(
            message: "This passes a harsh verdict on your own interview. You cannot know how it came across, and writing it down plants that verdict in the reader's mind.",
            suggestion: "Say what you want to add, not how you rate yourself: “I wanted to expand on one point from our conversation.”"),
        .begging: CheckAdvice(
            message: "This pleads. Sounding desperate puts the reader in an awkward position and lowers your standing instead of raising it.",
            suggestion: "State your interest calmly: “I remain very interested in the role and would welcome the chance to continue the conversation.”"),
        .tooLong: CheckAdvice(
            message: "The body has {words} words. Interviewers skim, and past two short paragraphs your best point gets lost.",
            suggestion: "Keep one line of thanks, the one point you most want to add with its result, and one line of interest: under 200 words, and 150 reads better."),
        .noThanks: CheckAdvice(
            message: "Nothing in this message thanks the reader. Thanks is the one thing every reader expects in a note after an interview.",
            suggestion: "Open with thanks: “Thank you for taking the time to talk with me about the role.”"),
        .noInterest: CheckAdvice(
            message: "The message never says you still want the role, so the reader cannot tell whether you do.",
            suggestion: "Close with a clear line of interest: “Our conversation made me even keener to join {company}.”"),
        .placeholder: CheckAdvice(
            message: "“{excerpt}” looks like a template slot that was never filled in. The reader will notice at once that the message was copied.",
            suggestion: "Replace “{excerpt}” with the real name, title or detail, then reread the whole message for other slots."),
        .wrongName: CheckAdvice(
            message: "“{excerpt}” does not belong to this application. A name from another application tells the reader the message was copied.",
            suggestion: "Use the right name here, then reread the message for other leftovers."),
    ]

    static let byGroup: [String: CheckAdvice] = [
        "apology/apology": byRule[.apology]!,
        "excuse/sleep": CheckAdvice(
            message: "Mentioning how little you slept reads as an excuse, and raises the question of how you perform when tired at work.",
            suggestion: "Leave sleep out entirely and add the answer you wish you had given: “On reflection, a better example of … is …”."),
        "excuse/travel": CheckAdvice(
            message: "Blaming the journey, traffic or parking is an excuse the reader cannot check, and it keeps attention on a bad start.",
            suggestion: "Say nothing about getting there. If you arrived late, a simple “Thank you for making time for me today” is enough."),
        "excuse/health": CheckAdvice(
            message: "Explaining the interview with an illness reads as an excuse and invites doubts about your reliability.",
            suggestion: "Leave your health out and add the point you wish you had made: “I'd like to add one thing to my answer about …”."),
        "excuse/food": CheckAdvice(
            message: "What you ate or did not eat is too personal for this note and reads as an excuse.",
            suggestion: "Drop it and use the space for the stronger answer you have thought of since."),
        "excuse/family": CheckAdvice(
            message: "Bringing up things at home reads as an excuse and shares more than the reader needs.",
            suggestion: "Keep private matters private; add a concrete example of your work instead."),
        "excuse/nerves": CheckAdvice(
            message: "Pointing to your nerves reads as an excuse and makes the reader wonder how you handle pressure on the job.",
            suggestion: "Show composure on paper instead: “I'd like to expand on my answer about …” and give the example calmly."),
        "excuse/busy": CheckAdvice(
            message: "Saying you had a busy or long stretch reads as an excuse, and suggests the interview was not a priority.",
            suggestion: "Leave your schedule out and add what you would have said with more preparation."),
        "excuse/room": CheckAdvice(
            message: "Blaming the room or the setting reads as an excuse and can sound like a complaint about the employer.",
            suggestion: "Leave the setting out; say what you want to add to your answer."),
        "excuse/interviewer": CheckAdvice(
            message: "This puts part of the blame on the interviewer or the questions. It reads as an excuse and can put the reader on the defensive.",
            suggestion: "Take the question as it was asked and answer it better now: “Thinking further about your question on …, I would add …”."),
        "excuse/technology": CheckAdvice(
            message: "Blaming the connection or your equipment reads as an excuse; the reader remembers the conversation, not the glitch.",
            suggestion: "Skip the technical trouble and add the point that got lost: “I'd like to add one thing to my answer about …”."),
        "self-criticism/verdict": byRule[.selfCriticism]!,
        "self-criticism/answers": CheckAdvice(
            message: "This runs down your own answers. The reader may have thought they were fine, and now you have told them otherwise.",
            suggestion: "Instead of grading the answer, improve it: “To add to my answer about …, …”."),
        "self-criticism/blank": CheckAdvice(
            message: "Saying your mind went blank is too candid: it draws attention to the gap rather than filling it.",
            suggestion: "Fill the gap instead: “I've thought more about your question on … and would like to share an example.”"),
        "self-criticism/identity": CheckAdvice(
            message: "Calling yourself bad at interviews turns one conversation into a verdict on you, and the reader may believe it.",
            suggestion: "Write about the work, not about yourself as a candidate: give one concrete achievement that fits the role."),
        "self-criticism/inability": CheckAdvice(
            message: "Admitting that you could not answer is too candid; it highlights the weak moment.",
            suggestion: "Give the answer now instead: “I'd like to come back to your question on … with a clearer example.”"),
        "begging/plea": byRule[.begging]!,
        "begging/need": CheckAdvice(
            message: "Saying how much you need the job shifts the message from what you offer to what you lack, and sounds desperate.",
            suggestion: "Talk about what you would bring: “I'm confident I could help your team with …, and I remain very interested in the role.”"),
    ]
}
