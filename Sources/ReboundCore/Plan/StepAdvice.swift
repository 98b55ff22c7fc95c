/// What a step tells the user, kept as reviewable text apart from the scheduling engine.
/// `{who}`, `{company}`, `{role}` and `{about}` are filled in when a plan is made.
public struct StepAdvice: Sendable {
    /// A short instruction, such as "Send Dana Reyes a thank-you note".
    public let title: String
    /// What to do, why it helps, and how long it takes.
    public let detail: String
    /// The same step for when its time has passed: what still makes sense.
    public let lateDetail: String
    /// For a step that can lapse, said once its moment has passed: why letting it go is fine,
    /// and what to do instead.
    public let lapsedDetail: String?
    /// About how long the step takes, in minutes.
    public let minutes: Int

    init(title: String, detail: String, lateDetail: String, lapsedDetail: String? = nil, minutes: Int) {
        self.title = title
        self.detail = detail
        self.lateDetail = lateDetail
        self.lapsedDetail = lapsedDetail
        self.minutes = minutes
    }

    /// The advice for a step kind; `relation` picks the variant of `tell-connection`.
    public static func forKind(_ kind: StepKind, relation: ContactRelation? = nil) -> StepAdvice {
        pick(kind, relation, from: table, variants: connectionVariants)
    }

    /// `tell-connection` has a variant per relation (a recruiter's when none fits); every other
    /// kind has one entry.
    private static func pick<Advice>(_ kind: StepKind, _ relation: ContactRelation?, from table: [StepKind: Advice],
                                     variants: [ContactRelation: Advice]) -> Advice {
        if kind == .tellConnection { return variants[relation ?? .recruiter] ?? variants[.recruiter]! }
        return table[kind]!
    }

    /// The advice with its texts compiled into templates, made once.
    struct Compiled: Sendable {
        let title: Template
        let detail: Template
        let lateDetail: Template
        let lapsedDetail: Template?
        let minutes: Int

        init(_ advice: StepAdvice) {
            title = Template(advice.title)
            detail = Template(advice.detail)
            lateDetail = Template(advice.lateDetail)
            lapsedDetail = advice.lapsedDetail.map { Template($0) }
            minutes = advice.minutes
        }
    }

    static let compiled: [StepKind: Compiled] = table.mapValues(Compiled.init)
    static let compiledVariants: [ContactRelation: Compiled] = connectionVariants.mapValues(Compiled.init)
    static let compiledInsiderCaution = Template(insiderCaution)

    static func compiledForKind(_ kind: StepKind, relation: ContactRelation?) -> Compiled {
        pick(kind, relation, from: compiled, variants: compiledVariants)
    }

    /// Said with every step about someone who works at the company.
    public static let insiderCaution =
        "{who} works at {company}. Asking them to lobby for you can look like a conflict of interest and can put them in an awkward spot. Tell them how it went and ask what they would suggest; leave it to them whether to say anything to the hiring manager."

    static let table: [StepKind: StepAdvice] = [
        .thankYou: StepAdvice(
            title: "Send {who} a thank-you note",
            detail: "Email {who} today, while the conversation is fresh for both of you. Thank them for their time, add the answer you wish you had given, and say again that you want the role. Leave out apologies and explanations of what went wrong: a calm, useful note changes the impression far more than a sorry one. Two short paragraphs are plenty. About 15 minutes with the draft Rebound wrote for you.",
            lateDetail: "The same-day window has passed, but a thank-you a day or two late still counts and is still read. Send it now, without mentioning the delay: thank {who}, add the better answer, and restate your interest. About 15 minutes.",
            lapsedDetail: "A week on, a thank-you would only remind {who} how long it took, so it is fine to let this one go. It was a courtesy, not a test, and one missing note rarely decides anything. If you hear from {company} again, thank them warmly then. If you did send one, mark it done.",
            minutes: 15),
        .callToElaborate: StepAdvice(
            title: "Optional: call {who} to add to an answer",
            detail: "If you can face it, phone {who} and ask for two minutes to expand on the answer you felt fell short. Few candidates do this, and a brief, confident call shows the persistence a hiring manager hopes to see. Keep it under three minutes, have your points in front of you, and leave the short voicemail version if they do not pick up. About 10 minutes including preparation.",
            lateDetail: "A call a few days on can still work if you keep it short and focused on the one point you want to add. If it now feels forced, let your thank-you note carry the better answer instead; this step is optional. About 10 minutes.",
            lapsedDetail: "The moment for a call about that answer has passed; out of the blue now, it would feel odd to {who}. That is fine: the call was only ever an extra. Put the better answer into your practice instead, so it comes out easily next time.",
            minutes: 10),
        .briefReference: StepAdvice(
            title: "Give {who} a heads-up",
            detail: "{who} may get a call from {company} soon. Send a short note saying what the {role} role needs and where you would like their help: the skills or stories you wish you had stressed in the interview. A reference who knows what to emphasise can fill the gaps you left. About 10 minutes.",
            lateDetail: "The employer may already have called, but a note now still helps if they have not. Keep it short: what the role needs and which strengths you would like {who} to mention. About 10 minutes.",
            minutes: 10),
        .revisitNotes: StepAdvice(
            title: "Reread your notes with fresh eyes",
            detail: "Two days on, reread what you wrote right after the interview. Things often look less dire than they felt. Start with what went well, then add one or two concrete things you will do differently next time. About 15 minutes.",
            lateDetail: "It is never too late for this one: reread your notes calmly, start with what went well, and write down one or two things you will change next time. About 15 minutes.",
            minutes: 15),
        .practice: StepAdvice(
            title: "Practise: {about}",
            detail: "This question tripped you up, and questions like it come back in other interviews. Outline a stronger answer (situation, what you did, the result with a number if you can) and say it aloud twice, ideally to a friend. About 20 minutes.",
            lateDetail: "Still worth doing before your next interview: outline a stronger answer to this question and say it aloud until it feels natural. About 20 minutes.",
            minutes: 20),
        .askFeedback: StepAdvice(
            title: "Ask {company} for feedback",
            detail: "Reply to the decision with a short, gracious note: thank them for their time, say you enjoyed learning about {company}, and ask whether they could share anything that would make you a stronger candidate. Many interviewers answer, and their view is often kinder and more useful than your own replay. About 10 minutes.",
            lateDetail: "A little later than ideal, but a polite request for feedback is still welcome. Keep it brief, thank them, and ask for any pointers. About 10 minutes.",
            lapsedDetail: "After two weeks the people at {company} have moved on to other candidates, and a request now is unlikely to get a useful answer. Let it go without guilt: your own notes hold most of what feedback would have told you. Reread them and pick one thing to practise.",
            minutes: 10),
        .stayInTouch: StepAdvice(
            title: "Stay in touch with {company}",
            detail: "This role went elsewhere, but you still like {company}. Follow them where they post news, note what they are working on, and keep a friendly line open with the people you met. When another opening comes up, you will arrive informed and familiar. About 10 minutes now, then a glance now and then.",
            lateDetail: "Whenever you get to it: follow {company}'s news and keep a friendly connection with the people you met, so you are ready when something new opens. About 10 minutes.",
            minutes: 10),
        .prepareNextRound: StepAdvice(
            title: "Prepare for the next round at {company}",
            detail: "Reread your notes, rehearse the answers you wish you had given, and study {company}: its history, strengths, recent achievements and where it wants to be in five to ten years. Line up a friend or mentor for a mock interview. About 2 hours, spread over a day or two.",
            lateDetail: "The next round is close or has begun: spend whatever time you have rehearsing your weakest answers from last time and rereading what you know about {company}. Even 30 minutes helps.",
            lapsedDetail: "The next round has started, so there is nothing left to prepare for it. Whatever you managed to do counts. Afterwards, come back and note how it went, while you still remember the questions.",
            minutes: 120),
        .talkItThrough: StepAdvice(
            title: "Optional: talk it through with {who}",
            detail: "Tell {who} how the interview went. Saying it out loud to someone you trust takes the sting out, and a mentor often spots what you did well and what to try next time. About 30 minutes over coffee or a call.",
            lateDetail: "Any time is a good time for this: a short chat with {who} about the interview helps you let it go and learn from it. About 30 minutes.",
            minutes: 30),
        .keepGoing: StepAdvice(
            title: "Keep your search moving",
            detail: "Whatever happens with {company}, do not put everything on hold waiting for an answer. Send one new application or line up one new conversation this week. Every interview makes you sharper for the next. About 1 hour.",
            lateDetail: "Momentum matters more than timing: pick one new application or conversation and do it today. About 1 hour.",
            minutes: 60),
        .checkIn: StepAdvice(
            title: "Ask {who} where things stand",
            detail: "If you have heard nothing by now, send {who} a short, friendly note: thank them again, say you are still keen on the {role} role, and ask whether there is news on the timing. Silence is common and usually means the process is slow, not that you are out. One polite question is welcome; keep it to one. About 10 minutes.",
            lateDetail: "Still nothing? A polite check-in now is fine, and it is normal: decisions often take longer than promised. Thank {who}, restate your interest, and ask about the timeline, without pressing. Then turn your energy to your other applications. About 10 minutes.",
            minutes: 10),
        .answerOffer: StepAdvice(
            title: "Reply to the offer from {company}",
            detail: "Congratulations! Reply to {who} soon: thank them, say you are pleased to have the offer, and tell them when you will give your answer. You do not have to accept on the spot; asking for a few days to read the details and ask your questions is normal and expected. About 15 minutes.",
            lateDetail: "They will be waiting to hear from you, so reply to {who} today: thank them for the offer and give a date for your answer. If you need more time to decide, saying so plainly is fine. About 15 minutes.",
            minutes: 15),
        .shareNews: StepAdvice(
            title: "Optional: tell {who} your good news",
            detail: "{who} helped you along the way. Let them know you have an offer from {company} and thank them for their part. People like to hear how things turned out, and it keeps the connection warm for the future. About 5 minutes.",
            lateDetail: "It is never too late for good news: a short note to {who} with a thank-you for their help is welcome whenever it arrives. About 5 minutes.",
            minutes: 5),
    ]

    static let connectionVariants: [ContactRelation: StepAdvice] = [
        .recruiter: StepAdvice(
            title: "Tell {who}, your recruiter, how it went",
            detail: "Recruiters hear the employer's side and can sometimes pass on context or a good word. Send {who} a short, honest and upbeat summary: what went well, the point you wish you had made better, and that you still want the role. About 10 minutes.",
            lateDetail: "Better late than never: {who} may already have heard from {company}, so a short summary and a note that you are still keen helps them speak for you. About 10 minutes.",
            minutes: 10),
        .insider: StepAdvice(
            title: "Let {who} at {company} know how it went",
            detail: "{who} knows {company} from the inside. Tell them briefly how the interview went and ask what they would suggest. Do not ask them to intervene; if they choose to help, that is their call. About 10 minutes.",
            lateDetail: "Still worth a short note to {who}: how it went, that you are still interested, and whether they have any advice. About 10 minutes.",
            minutes: 10),
        .referrer: StepAdvice(
            title: "Update {who}, who introduced you",
            detail: "{who} put their name behind you. Thank them, tell them briefly how it went and that you still want the role. People who made an introduction like to know, and are sometimes asked for their view. About 10 minutes.",
            lateDetail: "A thank-you and an update to {who} is welcome whenever it arrives. About 10 minutes.",
            minutes: 10),
    ]
}
