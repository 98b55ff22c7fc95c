/// Harsh or too candid judgements of the writer's own interview. A judgement is a
/// construction, not a phrase: the writer, their answers, their part of the interview or
/// their manner, and a negative evaluation of it, however the words are spread over the
/// clause ("I came across terribly", "my whiteboard exercise was a car crash", "how stupid I
/// sounded", "the answer I gave on budgets was a disaster").
enum SelfCriticism {
    /// What the writer did in the interview, as a noun.
    static let performance = "answer|answers|response|responses|reply|performance|presentation|interview|interviews|mind|explanation|"
        + "examples|example|delivery|thoughts|exercise|walkthrough|walk-through|role-play|roleplay|test|task|case|demo|observation|"
        + "lesson|practical|round|assessment|pitch|interviewing|portfolio|attempt|showing|effort|version|start|introduction|intro|"
        + "talk|lecture|demonstration|session|seminar|tour|stage|trial|plating|exercise"
    /// How it was judged: a noun or adjective after "was" or "were".
    static let verdicts = "mess|messy|terrible~|awful|horrible|poor|weak|bad|dreadful|embarrassing|disastrous|disaster|wreck|trainwreck|"
        + "crash|catastrophe|shambles|fiasco|nightmare|all|sloppy|incoherent|lacklustre|lackluster|subpar|sub-par|"
        + "confusing|clumsy|underwhelming|disappointing|pathetic|blank|useless|flat|dire|rubbish|"
        + "hopeless|amateurish|cringeworthy|cringe-worthy|painful|atrocious|abysmal|woeful|mediocre|waffly|chaotic|nonsense|write-off|"
        + "writeoff|washout|wash-out|flop|bust|failure|joke|damning|embarrassment|disgrace|catastrophe|debacle"
    /// Milder words for how it went: a judgement on their own, but part of the excuse when the
    /// same sentence blames a circumstance ("which is why my answers came out so jumbled").
    static let mildVerdicts = "jumbled|muddled|garbled|rambling|scattered|unfocused|shaky|slow|rushed|thin|vague|disjointed|hesitant"
    /// How it went or came across: an adverb.
    static let badly = "terribly|badly|poorly|awfully|horribly|dreadfully|miserably|abysmally|weakly|clumsily|awkwardly|woefully|appallingly"
    /// What the writer was, seemed or sounded.
    static let unflattering = "idiot|fool|stupid|incompetent|unprofessional|clueless|pathetic|foolish|hopeless|useless|wreck|"
        + "ill-prepared|unprepared|underprepared|incoherent|inarticulate|disorganized|disorganised|disaster|mess|terrible~|awful|"
        + "rubbish|dreadful|stiff|awkward|rude|arrogant|embarrassing|robotic|wooden|amateur|amateurish|dim|dumb|silly|ridiculous|"
        + "know-it-all|bad|horrible|weak|incapable|unqualified|fraud|joke|cocky|defensive|dismissive"

    static let entries: [PhraseEntry] = [
        // Verdicts in a word or an idiom.
        finding(.selfCriticism, "verdict", "i|ive|totally|completely|really|just|probably|definitely|kind|sort|lowkey|honestly ... bombed|botched|flubbed|fluffed|tanked|butchered|mangled|choked|flunked|flopped|crashed"),
        finding(.selfCriticism, "verdict", "blew|blown|screwed|messed|mucked|stuffed|botched ... up|it|interview|chance|answer|answers|question|shot|opportunity"),
        finding(.selfCriticism, "verdict", "thrown|threw|throwing|blown ... it|chance|chances|opportunity ...2 away"),
        finding(.selfCriticism, "verdict", "kicking|kick|beating|beat myself"),
        finding(.selfCriticism, "verdict", "embarrassed|disappointed|let myself"),
        finding(.selfCriticism, "verdict", "made|make|making a|an ...2 fool|mess|hash|mockery|muddle|shambles|idiot|disaster|hames|pigs|dogs"),
        finding(.selfCriticism, "verdict", "shot myself"),
        finding(.selfCriticism, "verdict", "dropped the ball"),
        finding(.selfCriticism, "verdict", "fell flat|apart"),
        finding(.selfCriticism, "verdict", "went|go|going to pieces"),
        finding(.selfCriticism, "verdict", "let you|everyone|them|myself down", negatable: true),
        finding(.selfCriticism, "verdict", "ashamed|humiliated|mortified|cringe|cringing|cringed|cringey|cringy|cringeworthy|cringe-worthy|embarrassing|humiliating|wincing|squirming",
                requires: ["self"]),
        finding(.selfCriticism, "verdict", "car|train crash|wreck|smash"),
        finding(.selfCriticism, "verdict", "low|lowest point"),
        finding(.selfCriticism, "verdict", "dogs|pigs dinner|ear|breakfast"),
        finding(.selfCriticism, "verdict", "mumbling|stammering|blubbering|gibbering|babbling|quivering|nervous|sweaty|shaking|hot ...2 mess|wreck|heap"),
        finding(.selfCriticism, "verdict", "passed|pass on|rejected|reject|turned|turn ...2 me|down ...2 too|either"),
        finding(.selfCriticism, "verdict", "wouldnt|would|not ...2 have ...2 hired|picked|chosen|shortlisted ...2 me"),
        finding(.selfCriticism, "verdict", "lost the|my ...2 room|panel|audience|interviewers|team|thread", requires: ["self"], unless: ["blame"], storyStrongOnly: true),
        // The writer, and how they came across.
        finding(.selfCriticism, "manner", "sounded|came|rambled|talked|looked|acted|seemed|waffled|babbled|spoke ...4 like a|an ...2 broken|first-year|amateur|beginner|novice|student|child|idiot|fool|robot|deer|parrot|schoolkid|rookie|intern|teenager"),
        finding(.selfCriticism, "manner", "sounded|came|looked|seemed|acted ...3 like i|id|someone|somebody|a ...3 never|didnt|hadnt|couldnt|no"),
        finding(.selfCriticism, "manner", "came|come|coming|comes|came across|off ...3 \(badly)|\(unflattering)", negatable: true),
        finding(.selfCriticism, "manner", "i|me ... came|come|coming|sounded|seemed|looked|must|appeared|appear ...3 like|as ...2 \(unflattering)",
                negatable: true),
        finding(.selfCriticism, "manner", "how \(unflattering)|\(verdicts) i|my ...2 sounded|seemed|looked|was|came|appeared|must"),
        finding(.selfCriticism, "manner", "i ...2 did|performed|presented|answered|handled|interviewed|spoke|explained|responded|came ...3 \(badly)",
                requires: ["self"], negatable: true),
        // What the writer did in the interview, judged.
        finding(.selfCriticism, "answers", "\(performance) ...6 was|were|felt|seemed|sounded|came|went|turned|is ...3 \(verdicts)|\(badly)",
                negatable: true, storyStrongOnly: true),
        finding(.selfCriticism, "answers", "disaster|shambles|fiasco|catastrophe|trainwreck|train-wreck|car-crash|nightmare",
                requires: ["self", "performance"]),
        finding(.selfCriticism, "blank", "mind|head|brain went ... blank|empty"),
        finding(.selfCriticism, "blank", "drew|draw|drawing a blank"),
        finding(.selfCriticism, "blank", "i|just|completely ... blanked|froze"),
        finding(.selfCriticism, "blank", "brain freeze"),
        // Judging themselves as an interviewee.
        finding(.selfCriticism, "identity", "terrible~|awful|hopeless|bad|rubbish|horrible|useless|dreadful|worst|poor|weak|lousy at|in interviews|interviewing|presenting|presentations"),
        finding(.selfCriticism, "identity", "not|never|no good|great at ... interviews|interviewing"),
        finding(.selfCriticism, "identity", "im|am|was|felt|seemed|looked|sounded|as|must|been ...2 \(unflattering)", requires: ["self"], negatable: true),
        finding(.selfCriticism, "identity", "all over the place"),
        finding(.selfCriticism, "verdict", "worst|terrible~|awful|bad|horrible|disastrous|rough|poor|dreadful interview|performance|showing|presentation"),
        finding(.selfCriticism, "verdict", "interview|it|things|that|today|\(performance) ... was|went|go ...2 disaster|badly|poorly|horribly|terribly|awfully|wrong|bad|terrible|awful|horrible|train|muddled|south|pear-shaped",
                requires: ["self"], negatable: true),
        finding(.selfCriticism, "verdict", "didnt|not go|goes well", requires: ["self"]),
        finding(.selfCriticism, "verdict", "not|far|well|way ... below|under ... par|standard|mark|best|level"),
        finding(.selfCriticism, "verdict", "didnt|not do myself justice"),
        finding(.selfCriticism, "verdict", "did|performed|went poorly|badly|terribly|horribly|awfully|awful|terrible|rubbish|appalling|dreadful|abysmally",
                requires: ["self"]),
        finding(.selfCriticism, "verdict", "underperformed"),
        finding(.selfCriticism, "verdict", "not up to par|scratch"),
        finding(.selfCriticism, "verdict", "not up to the|my mark|usual|standard"),
        finding(.selfCriticism, "verdict", "below par|my"),
        // Mild descriptions of a slip: a judgement on their own, part of the excuse when a
        // circumstance is blamed in the same sentence ("so I wasn't at my best").
        finding(.selfCriticism, "verdict", "wasnt|not at? my best|finest|strongest|greatest", unless: ["blame"]),
        finding(.selfCriticism, "verdict", "didnt|not do|perform well", requires: ["self"], unless: ["blame"]),
        finding(.selfCriticism, "inability", "couldnt|cannot|cant|wasnt|unable|failed ... answer|answers|explain|express|articulate|respond|think|remember|recall|communicate|perform|convey|present",
                requires: ["self"], unless: ["apology-elsewhere", "blame"]),
        finding(.selfCriticism, "inability", "could|was|were|did not ... answer|answers|explain|express|articulate|respond|think|remember|recall|communicate|perform|convey|present",
                requires: ["self"], unless: ["apology-elsewhere", "blame"]),
        finding(.selfCriticism, "answers", "\(performance) ...6 was|were|felt|seemed|sounded|came|went|turned|is ...3 \(mildVerdicts)",
                unless: ["blame"], negatable: true, storyStrongOnly: true),
    ]
}
