/// The knowledge of the message check, as data a career coach can review: which word
/// patterns signal which problem, and the cues that decide when a match counts.
/// Patterns use the syntax documented on `PhraseEntry`; explanations live in `CheckAdvice`.
public struct Phrasebook: Sendable {
    public let entries: [PhraseEntry]
    /// Words that cancel a `negatable` entry when they come just before it.
    public let negators: Set<String>

    public init(entries: [PhraseEntry], negators: Set<String>) {
        self.entries = entries
        self.negators = negators
    }

    /// The phrasebook Rebound ships.
    public static let standard = Phrasebook(
        entries: Cues.entries + Apology.entries + Excuses.entries + SelfCriticism.entries + Begging.entries + Signals.entries,
        negators: ["not", "no", "never", "nor", "neither", "without", "dont", "didnt", "doesnt", "wasnt", "werent", "isnt",
                   "arent", "hadnt", "havent", "hasnt", "cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt",
                   "hardly", "nothing", "longer"])
}

private func cue(_ tag: String, _ pattern: String, negatable: Bool = false) -> PhraseEntry {
    PhraseEntry(.cue(tag), pattern, negatable: negatable)
}

private func finding(_ rule: CheckRule, _ group: String, _ pattern: String, requires: [String] = [],
                     unless: [String] = [], story: Bool = true, negatable: Bool = false) -> PhraseEntry {
    PhraseEntry(.finding(rule, group: group), pattern, requires: requires, unless: unless,
                skipInStory: story, negatable: negatable)
}

/// Facts about a sentence that other entries depend on.
enum Cues {
    static let entries: [PhraseEntry] = [
        // The sentence is about the interview itself.
        cue("interview", "interview*|conversation|conversations|discussion"),
        cue("interview", "meeting|chat|call|talk"),
        cue("interview", "today|yesterday|tonight"),
        cue("interview", "this|earlier morning|afternoon|today"),
        cue("interview", "question|questions|asked"),
        cue("interview", "my answer*|response|responses|reply"),
        cue("interview", "you asked|mentioned|said|described|explained"),
        cue("interview", "with|meet|meeting|met you"),
        cue("interview", "the panel"),
        cue("interview", "we|you spoke|talked|met|discussed"),
        // The sentence speaks to the reader.
        cue("addressee", "you|your|youre|youve|yours"),
        // The sentence tells a story about past work.
        cue("story", "we ... shipped|delivered|launched|built|grew|cut|finished|hit|beat|missed|lost|won|had|were|did|made|ran|moved|reduced|increased|worked|managed|completed|rebuilt|still"),
        cue("story", "project*|launch*|client*|customer*|campaign*|release*|quarter*|sales|revenue|deadline*"),
        cue("story", "supplier*|vendor*|product*|shipped|deployment|migration|rollout|store|ward|patient*|student*"),
        cue("story", "classroom|shift|warehouse|site|crew|contract|budget|shipment*|inventory|audit"),
        cue("story", "at|in my last|previous|former|current|old"),
        cue("story", "when|while i was|worked|working"),
        cue("story", "i led|managed|built|ran|launched|oversaw|supervised|coordinated|organized|organised|designed"),
        cue("story", "i rebuilt|redesigned|improved|changed|automated|streamlined|introduced|started|proposed|handled"),
        cue("story", "team|teams|colleague|colleagues|manager|boss"),
        cue("story", "i created|grew|increased|reduced|delivered|developed|implemented|trained|taught|fixed|solved"),
        cue("story", "years|year ago|back"),
        cue("story", "last|that year|month|spring|summer|autumn|fall|winter"),
        // Unmistakably a story about past work, even in a sentence that mentions the interview.
        cue("story-strong", "a time when? i|we"),
        cue("story-strong", "at|in my last|previous|former|old"),
        cue("story-strong", "when i worked|was"),
        cue("story-strong", "for example|instance"),
        cue("story-strong", "during our|my|the ... launch|project|release|campaign|rollout|migration|renovation|shift|internship|placement|audit"),
        cue("story", "internship|placement|volunteer*"),
        // The writer speaks of themselves.
        cue("self", "i|im|ive|id|ill|me|my|myself"),
        // What an apology is about: the interview and how the writer did in it.
        cue("performance", "how|way i"),
        cue("performance", "my ... answer*|response|responses|performance|behaviour|behavior|remark|comment|comments|joke|lateness|english|nervousness"),
        cue("performance", "i was|got|seemed|sounded|looked|felt|became|went|kept|did"),
        cue("performance", "i didnt|couldnt|wasnt|forgot|froze|blanked|rambled|stumbled|struggled|fumbled|interrupted"),
        cue("performance", "i said|mentioned|made|answered|handled|misunderstood|misspoke|talked|spoke|arrived|ran|lost"),
        cue("performance", "rambl*|nerv*|scatter*|stumbl*|fumbl*|waffl*|interrupt*|awkward*"),
        cue("performance", "bombed|blew|botched|messed|screwed|choked|froze|tanked|flubbed|fluffed|butchered|mangled|mucked|blanked|panicked"),
        cue("performance", "flustered|blank|mess|messy|muddled|incoherent|unprepared|underprepared|late|tardiness|confusion|mistake|mistakes"),
        cue("performance", "long-winded|disorganized|disorganised|unclear|rushed|rambly"),
        cue("performance", "the|our|that|this interview|meeting|call|conversation|question"),
        cue("performance", "the|that|your ... question"),
        cue("performance", "yesterday|today|earlier"),
        cue("performance", "this morning|afternoon"),
        // An apology about something else: a slow reply, bad news, a long email.
        cue("apology-elsewhere", "to hear|learn|see"),
        cue("apology-elsewhere", "delay*|reply|replying|respond|responding|responded|sooner"),
        cue("apology-elsewhere", "get|getting|got back"),
        cue("apology-elsewhere", "late|slow reply|response|email|message|note"),
        cue("apology-elsewhere", "long|lengthy|second|double|another email|message|note|mail"),
        cue("apology-elsewhere", "attach*|bother*|disturb*|inconvenience|typo|typos|loss"),
        cue("apology-elsewhere", "short notice"),
        cue("apology-elsewhere", "missed|miss your call|email|message|note|text"),
        // "Traffic" that is about a website or a shop, not the road.
        cue("web-traffic", "website|web|site|organic|search|online|inbound|outbound|foot|network|page|paid|referral"),
        cue("web-traffic", "blog|app|data|internet|server|email|mobile|social|grew|increased|doubled|tripled|rose|growth"),
    ]
}

/// Apologies for the writer's own interview.
enum Apology {
    static let entries: [PhraseEntry] = [
        finding(.apology, "apology", "sorry~|sory|sorrry|soory", requires: ["performance"], unless: ["apology-elsewhere"], negatable: true),
        finding(.apology, "apology", "apologi*|apology|appologi*|appology|apolog*|aplog*|apolgi*",
                requires: ["performance"], unless: ["apology-elsewhere"], negatable: true),
        finding(.apology, "apology", "forgive|pardon|excuse my|me|the", requires: ["performance"], unless: ["apology-elsewhere"]),
        finding(.apology, "apology", "regret|regretting my|how|the|that|not", requires: ["performance"], unless: ["apology-elsewhere"]),
    ]
}

/// Circumstances blamed for how the interview went.
enum Excuses {
    static let entries: [PhraseEntry] = [
        // Sleep
        finding(.excuse, "sleep", "hadnt|didnt|couldnt|barely|hardly|not|wasnt|never|little|no|lack ... sleep|slept|sleeping|rested"),
        finding(.excuse, "sleep", "sleepless|insomnia|sleep-deprived|jet-lagged|jetlagged|jetlag"),
        finding(.excuse, "sleep", "jet lag"),
        finding(.excuse, "sleep", "up all|half night"),
        finding(.excuse, "sleep", "long|short|rough|bad|late|restless|sleepless night"),
        finding(.excuse, "sleep", "i|im|ive|was|felt|feeling|been ... tired|exhausted~|drained|fatigued|knackered|shattered|sleepy|groggy",
                negatable: true),
        finding(.excuse, "sleep", "worn out"),
        // Getting there
        finding(.excuse, "travel", "stuck|caught|held|sat|sitting in ... traffic~", unless: ["web-traffic"]),
        finding(.excuse, "travel", "traffic~ threw|was|made|held|delayed|had|jam|jams|delays|meant|got", unless: ["web-traffic"]),
        finding(.excuse, "travel", "because|due|thanks of|to ... traffic~", unless: ["web-traffic"]),
        finding(.excuse, "travel", "heavy|bad|terrible|awful|horrible|crazy|rush-hour traffic~", unless: ["web-traffic"]),
        finding(.excuse, "travel", "my|the train|bus|flight|subway|tube|metro|ride|uber|taxi|car|commute ... late|delayed|cancelled|canceled|broke|took"),
        finding(.excuse, "travel", "got|getting lost"),
        finding(.excuse, "travel", "couldnt|didnt|hard|struggled ... find ... parking|building|office|entrance"),
        finding(.excuse, "travel", "parking was"),
        finding(.excuse, "travel", "no parking"),
        // Health
        finding(.excuse, "health", "i|im|ive|was|been|felt|feeling|had|have|having|got|fighting|with ... sick|ill|unwell|poorly|cold|migraine|headache|fever|flu|covid|infection|allergies|allergy",
                negatable: true),
        finding(.excuse, "health", "under the weather"),
        finding(.excuse, "health", "sore throat"),
        finding(.excuse, "health", "stomach bug"),
        finding(.excuse, "health", "came|coming down with"),
        finding(.excuse, "health", "on ... medication|meds|painkillers|antibiotics"),
        // Food
        finding(.excuse, "food", "lunch|breakfast|dinner|meal|food|coffee ... settling|settle|disagree*|upset|sitting|agree"),
        finding(.excuse, "food", "skipped|missed|hadnt|didnt|no|without ... lunch|breakfast|eaten|eat|food"),
        finding(.excuse, "food", "too much coffee|caffeine"),
        finding(.excuse, "food", "i|im|was|felt ... hungry|starving|famished", negatable: true),
        finding(.excuse, "food", "upset stomach"),
        finding(.excuse, "food", "stomach ache|bug|problems|issues"),
        finding(.excuse, "food", "stomachache"),
        // Home and family
        finding(.excuse, "family", "family|personal emergency|issue|issues|matter|matters|situation|problems"),
        finding(.excuse, "family", "going on at home"),
        finding(.excuse, "family", "lot going on"),
        finding(.excuse, "family", "childcare|babysitter|nanny|daycare"),
        finding(.excuse, "family", "my kid|kids|son|daughter|children|child|baby|toddler|mother|father|mom|mum|dad|wife|husband|partner|grandmother|grandfather|dog|cat ... sick|ill|kept|hospital|emergency|woke|crying|vet|unwell"),
        // Nerves
        finding(.excuse, "nerves", "i|im|was|get|got|felt|feeling|am|be|always|became|become|been ... nervous~|nervus|anxious|jittery|nervy|stressed|tense|rattled|overwhelmed|panicky|panicked|frazzled",
                negatable: true),
        finding(.excuse, "nerves", "nerves|anxiety|nervousness|stress ... got|took|get|gets|kicked|were|was|better|over"),
        finding(.excuse, "nerves", "because|due|thanks|from of|to ... nerves|anxiety|stress|nervousness"),
        finding(.excuse, "nerves", "on edge"),
        // A busy time
        finding(.excuse, "busy", "busy|hectic|long|crazy|rough|tough|stressful|chaotic|difficult|exhausting|packed|draining|heavy day|week|morning|month|weekend|stretch|period|few",
                requires: ["self"], unless: ["web-traffic", "addressee"]),
        finding(.excuse, "busy", "lot on my plate|mind"),
        finding(.excuse, "busy", "swamped|slammed|snowed", requires: ["self"]),
        finding(.excuse, "busy", "didnt|couldnt|hadnt|no|not|little|wasnt ... time ... prepare|prep|preparing|study|research|practice|practise|prepared"),
        finding(.excuse, "busy", "short notice", requires: ["self"]),
        // The room
        finding(.excuse, "room", "room|office|building|space|lobby|booth ... was|felt|so|too ... hot|cold|noisy|loud|cramped|stuffy|freezing|dark|crowded|warm|distracting"),
        finding(.excuse, "room", "noisy|loud|distracting room|office|environment|background|neighbours|neighbors"),
        finding(.excuse, "room", "background|construction noise"),
        finding(.excuse, "room", "no chair|water|air"),
        finding(.excuse, "room", "the air conditioning|heating|temperature|lighting|glare"),
        // The interviewer or the questions
        finding(.excuse, "interviewer", "you|interviewer|panel|they|she|he ... interrupted|interrupting|rushed|rushing|distracted|bored|annoyed|rude|hurry"),
        finding(.excuse, "interviewer", "cut me off"),
        finding(.excuse, "interviewer", "threw|throw|thrown me"),
        finding(.excuse, "interviewer", "caught me off guard|off-guard"),
        finding(.excuse, "interviewer", "on the spot"),
        finding(.excuse, "interviewer", "blindsided|blind-sided"),
        finding(.excuse, "interviewer", "question|questions ... were|was ... unclear|confusing|vague|tricky|unexpected|unfair|strange|odd|ambiguous|worded"),
        finding(.excuse, "interviewer", "wasnt|werent told|warned|given"),
        finding(.excuse, "interviewer", "nobody told me"),
        finding(.excuse, "interviewer", "no one told me"),
        finding(.excuse, "interviewer", "wasnt|didnt|not expecting|expect ... question|questions|case|test|exercise|task|presentation|panel|technical|whiteboard|coding|assessment|quiz"),
        // Technology
        finding(.excuse, "technology", "internet|connection|wifi|wi-fi|camera|webcam|microphone|mic|audio|video|laptop|headset|headphones|zoom|computer|screen|battery ... dropped|died|froze|freezing|failed|cut|kept|crashed|lagged|lagging|lag|glitch*|unstable|poor|bad|wasnt|stopped|went|broke"),
        finding(.excuse, "technology", "technical|tech|connectivity|connection issues|difficulties|problems|glitches|trouble"),
        finding(.excuse, "technology", "bad|poor|spotty|patchy|weak connection|signal|internet|wifi"),
    ]
}

/// Harsh or too candid judgements of the writer's own interview.
enum SelfCriticism {
    static let entries: [PhraseEntry] = [
        finding(.selfCriticism, "verdict", "i|ive|totally|completely|really|just|probably|definitely|kind|sort ... bombed|botched|flubbed|fluffed|tanked|butchered|mangled|choked|flunked"),
        finding(.selfCriticism, "verdict", "blew|screwed|messed|mucked|stuffed|botched ... up|it|interview|chance|answer|answers|question|shot|opportunity"),
        finding(.selfCriticism, "verdict", "kicking|kick|beating|beat myself"),
        finding(.selfCriticism, "verdict", "embarrassed|disappointed|let myself"),
        finding(.selfCriticism, "verdict", "made a fool|mess|hash|mockery"),
        finding(.selfCriticism, "verdict", "shot myself"),
        finding(.selfCriticism, "verdict", "dropped the ball"),
        finding(.selfCriticism, "verdict", "fell flat|apart"),
        finding(.selfCriticism, "verdict", "went to pieces"),
        finding(.selfCriticism, "verdict", "let you down"),
        finding(.selfCriticism, "verdict", "ashamed|humiliated|mortified|cringe|cringing|cringed|cringey|cringy", requires: ["self"]),
        finding(.selfCriticism, "answers", "answer|answers|response|responses|performance|presentation|interview|mind|explanation|examples|example|delivery|thoughts ... was|were|felt|seemed|sounded|came ... mess|messy|terrible~|awful|horrible|poor|weak|bad|dreadful|embarrassing|disastrous|disaster|wreck|trainwreck|all|sloppy|incoherent|rambling|lacklustre|lackluster|subpar|sub-par|jumbled|muddled|garbled|confusing|clumsy|shaky|underwhelming|disappointing|pathetic|blank|scattered|useless",
                negatable: true),
        finding(.selfCriticism, "blank", "mind|head|brain went ... blank|empty"),
        finding(.selfCriticism, "blank", "drew|draw|drawing a blank"),
        finding(.selfCriticism, "blank", "i|just|completely ... blanked|froze"),
        finding(.selfCriticism, "blank", "brain freeze"),
        finding(.selfCriticism, "identity", "terrible~|awful|hopeless|bad|rubbish|horrible|useless|dreadful|worst|poor|weak|lousy at|in interviews|interviewing|presenting|presentations"),
        finding(.selfCriticism, "identity", "not|never|no good|great at ... interviews|interviewing"),
        finding(.selfCriticism, "identity", "im|am|was|felt|seemed|looked|sounded|as|must ... idiot|fool|stupid|incompetent|unprofessional|clueless|pathetic|foolish|hopeless|useless|wreck|ill-prepared|unprepared|underprepared|incoherent|inarticulate|disorganized|disorganised|disaster|mess",
                negatable: true),
        finding(.selfCriticism, "identity", "all over the place"),
        finding(.selfCriticism, "verdict", "worst|terrible~|awful|bad|horrible|disastrous|rough|poor|dreadful interview|performance"),
        finding(.selfCriticism, "verdict", "interview|it|things|that|today ... was|went ... disaster|badly|poorly|horribly|terribly|awfully|wrong|bad|terrible|awful|horrible|train",
                requires: ["self"], negatable: true),
        finding(.selfCriticism, "verdict", "didnt|not go|goes well", requires: ["self"]),
        finding(.selfCriticism, "verdict", "wasnt|not at? my best|finest|strongest|greatest"),
        finding(.selfCriticism, "verdict", "didnt|not do myself justice"),
        finding(.selfCriticism, "verdict", "didnt|not do|perform well", requires: ["self"]),
        finding(.selfCriticism, "verdict", "did|performed poorly|badly|terribly|horribly|awfully", requires: ["self"]),
        finding(.selfCriticism, "verdict", "underperformed"),
        finding(.selfCriticism, "verdict", "not up to par|scratch"),
        finding(.selfCriticism, "verdict", "not up to the|my mark|usual|standard"),
        finding(.selfCriticism, "verdict", "below par|my"),
        finding(.selfCriticism, "inability", "couldnt|cannot|cant|wasnt|unable|failed ... answer|answers|explain|express|articulate|respond|think|remember|recall|communicate|perform|convey|present",
                requires: ["self"], unless: ["apology-elsewhere"]),
        finding(.selfCriticism, "inability", "could|was|were|did not ... answer|answers|explain|express|articulate|respond|think|remember|recall|communicate|perform|convey|present",
                requires: ["self"], unless: ["apology-elsewhere"]),
    ]
}

/// Pleading and desperation.
enum Begging {
    static let entries: [PhraseEntry] = [
        finding(.begging, "plea", "another|second|last|more chance|shot", story: false),
        finding(.begging, "plea", "give|grant|allow|offer me ... chance|shot|try", story: false),
        finding(.begging, "need", "need|needed ... this|the|a job|role|position|opportunity|money|income|paycheck|work", story: false, negatable: true),
        finding(.begging, "need", "really|desperately|badly|truly need|needed this", story: false),
        finding(.begging, "plea", "beg|begging|begged|implore|imploring|plead|pleading|beseech", story: false),
        finding(.begging, "plea", "reconsider|re-consider"),
        finding(.begging, "plea", "dont|not rule|count|write me out|off", story: false),
        finding(.begging, "plea", "dont|not give up on me", story: false),
        finding(.begging, "plea", "dont|not reject|dismiss|forget me", story: false),
        finding(.begging, "plea", "dont|not forget about me", story: false),
        finding(.begging, "plea", "please|kindly ... hire|pick|choose|select|accept me", story: false),
        finding(.begging, "plea", "desperate|desperately|desparate|desperatly", story: false),
        finding(.begging, "plea", "do anything|whatever", story: false),
        finding(.begging, "plea", "whatever it takes", story: false),
        finding(.begging, "plea", "you wont|will not? regret", story: false),
        finding(.begging, "plea", "wont|never let you down", story: false),
        finding(.begging, "need", "last|only hope", story: false),
        finding(.begging, "need", "family depends|depending|relies|relying", story: false),
        finding(.begging, "need", "cant afford", story: false),
        finding(.begging, "need", "bills to pay", story: false),
        finding(.begging, "need", "out of options|money|savings", story: false),
        finding(.begging, "need", "unemployed|jobless for|since", story: false),
        finding(.begging, "plea", "please please", story: false),
        finding(.begging, "plea", "pretty please", story: false),
        finding(.begging, "plea", "humbly request|ask|beg|plead|appeal", story: false),
    ]
}

/// Signs of thanks and of interest, which the whole message must contain.
enum Signals {
    static let entries: [PhraseEntry] = [
        cue("thanks", "thank~|thanks~|thanked|thanking|thankful|thx|thanx|thankyou|tnx"),
        cue("thanks", "grateful~|gratitude|appreciate~|appreciated|appreciates|appreciating|appreciation|appreciative|obliged"),
        cue("interest", "interested~|excited~|excitement|exciting|enthusiastic~|enthusiasm|eager|eagerly|keen|thrilled|passionate|motivated|energized|energised|inspired|inspiring|appeals|appealing",
            negatable: true),
        cue("interest", "interest in|for", negatable: true),
        cue("interest", "my|strong|keen|great|genuine|continued|real interest"),
        cue("interest", "look|looking forward to working|joining|contributing|continuing|discussing|talking|speaking|meeting|the|next|being"),
        cue("interest", "love|hope|want|wish|keen|eager to join|contribute|work|be|bring|build|continue|grow|learn"),
        cue("interest", "like to join|contribute|work|continue"),
        cue("interest", "would|id love|welcome"),
        cue("interest", "glad|happy|delighted|keen|eager to bring|join|contribute|continue|work"),
        cue("interest", "great|good|strong|natural|right fit"),
        cue("interest", "drawn to"),
        cue("interest", "cant wait"),
        cue("interest", "want|wanted this|the role|job|position|opportunity", negatable: true),
    ]
}
