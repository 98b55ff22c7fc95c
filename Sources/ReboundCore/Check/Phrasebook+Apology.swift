/// Apologies for the writer's own interview. The markers below are an apology wherever they
/// stand ("I am so sorry about how it went", "sorry again for losing my thread"); what is
/// narrow is the list of exceptions: sorrow at someone's news, and apologies for the message
/// itself (a slow reply, a long note, the weekend it lands in), never for the interview.
enum Apology {
    /// Words that apologize, misspellings included.
    static let markers = "sorry~|sory|sorrry|soory|sorryy|sowwy|sry|srry|soz|apologi*|apology|apologies|appologi*|appology|apolog*|aplog*|apolgi*"
    /// Words that ask forgiveness.
    static let forgiveness = "forgive|excuse|pardon"

    /// What follows a marker when the apology is not for the interview.
    static let notAboutTheInterview: [String] = [
        // Sorrow at news, and condolences.
        "to hear|learn|read|see",
        "for|about your|the ... loss|news|passing|bereavement|illness|diagnosis",
        "for|about ... your|his|her ... father|mother|dad|mum|mom|colleague|family|husband|wife|son|daughter|partner|friend",
        // The message itself: late, long, sent twice, sent to the wrong place, at an odd hour.
        "for|about ... the|this|my|such ... delay|delays",
        "for|about ... slow|late|belated|delayed|tardy|slower ... reply|response|email|message|note|follow-up|followup|thank-you|update|replies|call|callback",
        "for|about ... not ... getting|writing|replying|responding|coming ... back|sooner|earlier",
        "for|about ... getting|writing|coming back",
        "for|about ... replying|responding|emailing|writing ... late|so|only",
        "for|about ... long|lengthy|length|wall|essay|novel ... email|message|note|text|mail|letter|reply|this|list",
        "for|about ... length",
        "for|about ... short notice",
        "for|about|if ... double|second|another|duplicate|repeated|multiple ... email|emails|message|messages|note|notes|post|text|call|calls|voicemail",
        "for ... cross-post|cross-posting|crossposting",
        "for|about ... typo|typos|formatting|attachment|attachments|link|links",
        "for sending|emailing|writing|messaging|contacting|reaching|calling|ringing|texting|posting|forwarding|copying|chasing|bothering|disturbing|interrupting|pestering",
        "to bother|trouble|disturb|interrupt|chase|pester|nag|impose|intrude|email|write|message|contact|reach|follow|send|add|ask|bug|hassle|spam",
        "to spring|drop|land|throw|shuffle|rush|hurry|push|move|change|switch|cancel|reschedule",
        "to miss|have missed",
        "for|about ... email|emails|reply|response|message|note|call|calls ...2 late|slow|delay|delayed",
        "the|my|this ...3 link|links|attachment|attachments|file|files|email|message ...3 broken|missing|wrong|bounced|failed|dead",
        "if you|the ... got|received|saw|already|have|heard",
        "this|its ... last-minute|last",
        "if this|it|my ... lands|reaches|arrives|interrupts|catches|finds|comes|lands",
        "if ... bothering|disturbing|interrupting|intruding",
        "for ... the|this ... intrusion|interruption|unsolicited|cold|unexpected",
        "i|we missed you|your|each",
        "to miss you|your",
        "for|about ... rescheduling|reschedule|moving|cancelling|canceling|postponing",
        "for|about ... weekend|evening|sunday|saturday|holiday|hour|late-night",
        "for|about the|my|this ... informal|informality|brevity|english|spelling|grammar",
        "my|the keyboard|autocorrect|autocomplete|typing|phone|spelling|formatting",
        "if my ...2 english|spelling|grammar|writing|typing|message",
        "if ...3 calling|call|ringing|busy|bad|inconvenient",
    ]

    /// Phrases around a marker that make it someone else's apology, or none at all.
    static let notAnApology: [String] = [
        "no|any need|reason to ... apologi*|apologise|apologize|sorry",
        "nothing to be|feel sorry",
        "not|never sorry",
        "dont|never|not ... have to|need to ... apologi*|apologise|apologize|sorry",
        "dont|do|never|no ...2 apologi*|apologise|apologize",
        "he|she|they|customer|customers|client|clients|supplier|manager|boss|colleague|patient|parent|guest|vendor ...6 apologi*|apologized|apologised|apologising|apologizing",
        "apologi*|apologized|apologised|apologising|apologizing to him|her|them|the|a|our|my|each|everyone|customers|clients",
        "he|she|they|customer|client|supplier|manager|boss|colleague|patient|parent|guest said|was|were sorry",
        "a|an|the|their|his|her apology",
        "sorry state",
        "sorry-looking",
        "better safe than sorry",
        "safe than sorry",
        "regret to inform|say|tell|decline|let|advise|report",
        "with regret|regrets",
        "regret that i|we ... decline|withdraw|turn|accept|cannot|cant|must|wont|unable|have|will",
        "you wont|will not|never ... regret",
        "wont|will not|never regret",
        "no regret|regrets",
    ]

    /// What follows a request for forgiveness when it is for the message, not the interview.
    static let forgivenMessage = [
        "me|the|this|my ...2 length|long|lengthy|typo|typos|delay|intrusion|interruption|informality|brevity|english|spelling|grammar|cold|unsolicited|directness|persistence|formality|handwriting|form|format|formatting|photo|scan|quality|wait",
        "me|the|this|my ...2 email|emails|message|note|reply|follow-up|followup",
    ]

    static let entries: [PhraseEntry] = notAboutTheInterview.map { cue("apology-elsewhere", "\(markers)|\(forgiveness)|regret* ...2 \($0)") }
        + forgivenMessage.map { cue("apology-elsewhere", "\(forgiveness) \($0)") }
        + notAnApology.map { cue("not-an-apology", $0) }
        + [
            finding(.apology, "apology", markers, unlessCovering: ["apology-elsewhere", "not-an-apology"], story: false),
            finding(.apology, "apology", "owe|owes you an apology"),
            finding(.apology, "apology", "\(forgiveness) me|my|our|how|what|the|that|this|all|any",
                    unlessCovering: ["apology-elsewhere", "not-an-apology"], story: false),
            finding(.apology, "apology", "regret*|regretful|regretfully", requires: ["performance"],
                    unlessCovering: ["apology-elsewhere", "not-an-apology"], storyStrongOnly: true),
            // Remorse without a word of apology.
            finding(.apology, "apology", "mea culpa", story: false),
            finding(.apology, "apology", "beg|ask|asking ...2 pardon|forgiveness", story: false),
            finding(.apology, "apology", "my bad", story: false),
            finding(.apology, "apology", "thats|that|its|it ...2 on me", requires: ["performance"], story: false),
            finding(.apology, "apology", "owe|owes you one|big ...3 for", story: false),
            finding(.apology, "apology", "feel|felt|feeling terrible|awful|bad|dreadful|sick|horrible|guilty ...2 about|for|that",
                    requires: ["performance"], story: false),
            finding(.apology, "apology", "hate|hated that i", requires: ["performance"], story: false),
            finding(.apology, "apology", "wasted|wasting your|the|everyones ...2 time", story: false),
        ]
}
