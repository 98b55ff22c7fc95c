/// Circumstances blamed for how the interview went. An excuse ties a circumstance (sleep,
/// the journey, illness, food, family, nerves, a busy week, the room, the interviewer, the
/// technology) to how the writer did: the circumstance counts only where the same sentence,
/// or the one before or after it, says how the interview went ("which is why my examples
/// were thin", "I couldn't focus", "in the interview"). The same circumstance in a story
/// about past work, or in a note about something else ("I need a few days to sort out
/// childcare before I sign"), is no excuse.
enum Excuses {
    /// Words that tie a circumstance to the interview: what it did to the writer, a link of
    /// cause, or the interview itself.
    static let ties: [PhraseEntry] = [
        // What it did: the writer could not think, hear, focus; their answers suffered.
        cue("tied", "couldnt|cannot|cant|unable|hard|difficult|struggled|barely|hardly|not ...3 think|focus|concentrate|hear|see|answer|explain|remember|follow|keep"),
        cue("tied", "could ... barely|hardly|not|only|never ...2 think|focus|concentrate|hear|see|answer|explain|remember|follow|string"),
        cue("tied", "affected|hurt|threw|throw|thrown|put|knocked|rattled|shook ...2 me|my"),
        cue("tied", "made|making it ...2 hard|difficult|tough|impossible"),
        cue("tied", "my|the ...2 answer|answers|response|responses|examples|mind|brain|head|focus|concentration|score|performance|presentation|delivery|thinking"),
        cue("tied", "i|im ...3 slow|flustered|distracted|foggy|fuzzy|off|rattled|frazzled|scattered|sluggish|tired|exhausted|nervous|wreck|empty|fumes|blanked|froze|freezing|struggling|rushing|breath|focus"),
        cue("tied", "running on empty|fumes"),
        cue("tied", "not|wasnt|werent ... myself|best|sharp|thinking|working|focused|focussed"),
        cue("tied", "kept|keep ...2 freezing|missing|losing|dropping|stumbling|forgetting"),
        cue("tied", "blanked|froze|stumbled|fumbled|rambled"),
        // An apology or a verdict on the interview beside it.
        cue("tied", Apology.markers),
        cue("tied", "bombed|blew|blown|botched|messed|tanked|choked|flubbed|fluffed|mess|disaster|awful|terrible|rubbish|struggled|stumbling"),
        // A link of cause.
        cue("tied", "which|this|that|thats|it ...2 why"),
        cue("tied", "because|cause|coz|cuz|due|owing|thanks"),
        cue("tied", "so i|my|im|it"),
        // The interview itself.
        cue("tied", "interview|interviews|interviewing|interviewed|interviewer|interviewers|panel|zoom|teams|call|meeting"),
        cue("tied", "in|on|during|before ... there|room|test|exercise|presentation|case|task|assessment|day|questions|question|tour|trial"),
        cue("tied", "at the ... start|beginning|end"),
        cue("tied", "the|your|those ... question|questions"),
    ]

    /// How the interview suffered, in the writer's words: the effect an excuse explains.
    static let effects: [PhraseEntry] = [
        cue("effect", "my|the|our ...2 answer|answers|response|responses|focus|concentration|mind|head|thinking|figures|presentation|demo|walkthrough|explanation|performance|score|delivery|energy|voice ...6 shorter|suffered|slipped|wandered|elsewhere|compressed|rushed|muddled|jumbled|slow|slower|affected|reflect|reflected|reflects|cut|skipped|low|quiet|quieter|flat|shaky|vague|all|choppy|garbled|patchy|half|missed|lost"),
        cue("effect", "lost ...2 thread|track|focus|concentration|composure|train|place|way"),
        cue("effect", "i ...3 skipped|stumbled|fumbled|paused|froze|blanked|struggled|panicked|rushed|raced|mumbled|stammered|hesitated|faltered|wobbled|flapped"),
        cue("effect", "kept|keep ...2 freezing|missing|losing|dropping|stumbling|forgetting|blanking|asking|repeating|pausing"),
        cue("effect", "came|turned|went out ...2 slower|worse|wrong|muddled|messy|rushed|shaky|jumbled|short|flat"),
        cue("effect", "not|didnt|couldnt|never ...2 land|finish|complete|get"),
        cue("effect", "too ...3 for me to"),
        cue("effect", "came|walked|went|turned|showed ...2 in|into|up|across ...3 rushed|drained|flustered|quieter|quiet|tired|exhausted|late|frazzled|shaky|sweaty|distracted|unprepared|breathless|foggy|sleepy|nervous"),
        cue("effect", "harder|hard|difficult to understand|follow|hear"),
        cue("effect", "off balance"),
        cue("effect", "not|wasnt ...2 myself|sharp|focused|focussed|thinking|present|there"),
        cue("effect", "head|mind|heart|brain ...3 elsewhere|still|half|partly|wasnt|not|on|in|fuzzy|foggy|somewhere|mush|fried|scrambled"),
        cue("effect", "couldnt|cannot|cant|unable ...2 think|focus|concentrate|read|hear|see|recall|remember|answer|explain|follow|string|get"),
        cue("effect", "could ...2 not|barely|hardly|only ...2 think|focus|concentrate|read|hear|see|recall|remember|answer|explain|follow|string|get"),
        cue("effect", "only heard|got|saw half|part"),
        cue("effect", "threw|knocked|put|thrown ...2 me|my|off"),
        cue("effect", "rattled|shook|unsettled|flustered|distracted me"),
        cue("effect", "caught me unprepared|off"),
        cue("effect", "had to race|rush|cut|stop|step|stand|leave|hurry|skip"),
        cue("effect", "went|go|going in without"),
    ]

    /// A link of cause, the heart of an excuse: it counts when the same sentence says how
    /// the interview suffered (`effects`), whatever the circumstance.
    static let links: [PhraseEntry] = [
        finding(.excuse, "cause", "which|this|that|thats|it ...2 why|explains|explained|meant", requires: ["effect"], nearby: 1, storyStrongOnly: true),
        finding(.excuse, "cause", "thats|that|which|this is|was where", requires: ["effect"], storyStrongOnly: true),
        finding(.excuse, "cause", "because|cause|coz|cuz of|my|the|our|we|it|they|she|he|there|a|an", requires: ["effect"], storyStrongOnly: true),
        finding(.excuse, "cause", "because|cause|coz|cuz i|id|im ...2 had|was|hadnt|didnt|got|couldnt|wasnt|have|am|been|d", requires: ["effect"],
                storyStrongOnly: true),
        finding(.excuse, "cause", "due|owing|thanks to", requires: ["effect"], storyStrongOnly: true),
        finding(.excuse, "cause", "so i|my|if|that|it|by", requires: ["effect"], storyStrongOnly: true),
        finding(.excuse, "cause", "the|one reason", requires: ["effect"], nearby: 1, storyStrongOnly: true),
        finding(.excuse, "cause", "down to", requires: ["effect"], nearby: 1, storyStrongOnly: true),
        finding(.excuse, "cause", "blame|blamed ...2 on", requires: ["effect"], nearby: 1, storyStrongOnly: true),
        finding(.excuse, "cause", "meant|means|left|had|kept me", requires: ["effect"], storyStrongOnly: true),
        finding(.excuse, "cause", "meant|means", requires: ["effect"], storyStrongOnly: true),
        finding(.excuse, "cause", "after|following ...4 night|shift|call|call-out|pour|drive|funeral|flight|surgery|appointment|strike|week|day", requires: ["effect"],
                storyStrongOnly: true),
    ]

    static let circumstances: [PhraseEntry] = [
        // Sleep
        finding(.excuse, "sleep", "hadnt|didnt|couldnt|barely|hardly|not|wasnt|never|little|no|lack ... sleep|slept|sleeping|rested"),
        finding(.excuse, "sleep", "sleepless|insomnia|sleep-deprived|jet-lagged|jetlagged|jetlag|half-asleep"),
        finding(.excuse, "sleep", "half asleep"),
        finding(.excuse, "sleep", "jet lag"),
        finding(.excuse, "sleep", "up all|half|most ...2 night"),
        finding(.excuse, "sleep", "long|short|rough|bad|late|restless|sleepless|awful|terrible|broken night|nights"),
        finding(.excuse, "sleep", "hours|hour|hrs of ...2 sleep"),
        finding(.excuse, "sleep", "my|the sleep ...3 awful|terrible|bad|poor|rough|broken"),
        finding(.excuse, "sleep", "i|im|ive|was|felt|feeling|been ... tired|exhausted~|drained|fatigued|knackered|shattered|sleepy|groggy",
                negatable: true),
        finding(.excuse, "sleep", "worn out"),
        finding(.excuse, "sleep", "alarm|alarms ...3 didnt|failed|never|go"),
        finding(.excuse, "sleep", "overslept|oversleeping"),
        finding(.excuse, "sleep", "off|after|from|had|did|worked|working|finished|done|came|covering|covered ...3 double|night|long|12-hour|twelve-hour|back-to-back|overnight|late|early shift|shifts"),
        finding(.excuse, "sleep", "off|after ...2 shift|shifts|flight|red-eye|night"),
        // Getting there
        finding(.excuse, "travel", "stuck|caught|held|sat|sitting in ... traffic~", unless: ["web-traffic"]),
        finding(.excuse, "travel", "traffic~ threw|was|made|held|delayed|had|jam|jams|delays|meant|got", unless: ["web-traffic"]),
        finding(.excuse, "travel", "because|due|thanks of|to ... traffic~", unless: ["web-traffic"]),
        finding(.excuse, "travel", "heavy|bad|terrible|awful|horrible|crazy|rush-hour traffic~", unless: ["web-traffic"]),
        finding(.excuse, "travel", "my|the train|bus|flight|subway|tube|metro|ride|uber|taxi|car|commute|tram|ferry ... late|delayed|cancelled|canceled|broke|took|stuck"),
        finding(.excuse, "travel", "i|we got|getting lost"),
        finding(.excuse, "travel", "couldnt|didnt|hard|struggled ... find ... parking|building|office|entrance"),
        finding(.excuse, "travel", "parking was|garage"),
        finding(.excuse, "travel", "no parking"),
        finding(.excuse, "travel", "ran|running|rushed|rushing ... in|there|late|blocks|across|from"),
        finding(.excuse, "travel", "out of breath"),
        // Health
        finding(.excuse, "health", "i|im|ive|was|been|felt|feeling|had|have|having|got|fighting|with ... sick|unwell|migraine|headache|fever|flu|covid|infection|allergies|allergy|toothache|backache",
                negatable: true),
        finding(.excuse, "health", "was|were|been|felt|feel|feeling|fell|got|getting|quite|very|seriously|still ill", negatable: true),
        finding(.excuse, "health", "was|were|been|felt|feel|feeling poorly", negatable: true),
        finding(.excuse, "health", "under the weather"),
        finding(.excuse, "health", "a|the|bad|heavy|head|stinking|horrible|nasty|chest cold|cough"),
        finding(.excuse, "health", "sore throat"),
        finding(.excuse, "health", "stomach bug"),
        finding(.excuse, "health", "food poisoning"),
        finding(.excuse, "health", "came|coming down with"),
        finding(.excuse, "health", "on|taking new|strong|heavy|my|some|new ...2 medication|meds"),
        finding(.excuse, "health", "painkillers|antibiotics|anaesthetic|anesthetic"),
        // Something new or strange on the day
        finding(.excuse, "unfamiliar", "not|wasnt|never ...2 used|familiar|accustomed ...2 to|with"),
        finding(.excuse, "unfamiliar", "different|unfamiliar|strange ...2 model|machine|software|system|setup|set-up|kit|equipment|layout|keyboard|tools|version"),
        finding(.excuse, "busy", "came|come|coming straight ...2 from|off"),
        // Food
        finding(.excuse, "food", "lunch|breakfast|dinner|meal|food|coffee ... settling|settle|disagree*|upset|sitting|agree"),
        finding(.excuse, "food", "skipped|missed|hadnt|didnt|no|without|not ...2 lunch|breakfast|eaten|eat|food"),
        finding(.excuse, "food", "too much coffee|caffeine"),
        finding(.excuse, "food", "i|im|was|felt ... hungry|starving|famished", negatable: true),
        finding(.excuse, "food", "upset stomach"),
        finding(.excuse, "food", "stomach ache|bug|problems|issues"),
        finding(.excuse, "food", "stomachache"),
        // Home and family
        finding(.excuse, "family", "family|personal emergency|issue|issues|matter|matters|situation|problems"),
        finding(.excuse, "family", "going on at home"),
        finding(.excuse, "family", "lot going on"),
        finding(.excuse, "family", "childcare|babysitter|nanny|daycare|childminder|landlord|eviction"),
        finding(.excuse, "family", "moving|moved house|home|flat|flats|apartment|country|city"),
        finding(.excuse, "family", "house|home move"),
        finding(.excuse, "family", "with|during|after the|our|a move"),
        finding(.excuse, "family", "my|our kid|kids|son|daughter|children|child|baby|toddler|mother|father|mom|mum|dad|wife|husband|partner|grandmother|grandfather|dog|cat|neighbour|neighbor ... sick|ill|kept|hospital|emergency|woke|crying|screaming|vet|unwell|fever|called|up"),
        finding(.excuse, "family", "school|nursery|daycare|hospital called"),
        // Nerves
        finding(.excuse, "nerves", "i|was|get|got|felt|feeling|be|always|became|become|been ... nervous~|nervus|anxious|jittery|nervy|stressed|tense|rattled|overwhelmed|panicky|panicked|frazzled",
                unless: ["present-worry"], negatable: true),
        finding(.excuse, "nerves", "im|am ...3 nervous~|anxious|jittery|nervy|tense|panicky ...3 in|at|during|before interviews|interviewing|presentations|panels|tests"),
        finding(.excuse, "nerves", "nerves|anxiety|nervousness|stress ... got|took|get|gets|kicked|were|was|better|over|turned|made"),
        finding(.excuse, "nerves", "because|due|thanks|from of|to ... nerves|anxiety|stress|nervousness"),
        finding(.excuse, "nerves", "on edge"),
        // A busy time
        finding(.excuse, "busy", "busy|hectic|long|crazy|rough|tough|stressful|chaotic|difficult|exhausting|packed|draining|heavy day|week|morning|month|weekend|stretch|period|few",
                unless: ["web-traffic", "addressee"]),
        finding(.excuse, "busy", "lot on my plate|mind"),
        finding(.excuse, "busy", "swamped|slammed|snowed", unless: ["addressee"]),
        finding(.excuse, "busy", "didnt|couldnt|hadnt|no|not|little|wasnt ... time ... prepare|prep|preparing|study|research|practice|practise|prepared"),
        finding(.excuse, "busy", "short notice", requires: ["self"]),
        // The room
        finding(.excuse, "room", "room|office|building|space|lobby|booth|kitchen|centre|center|venue ... was|felt|so|too ... hot|cold|noisy|loud|cramped|stuffy|freezing|dark|crowded|warm|distracting|boiling|sweltering|baking"),
        finding(.excuse, "room", "noisy|loud|distracting room|office|environment|background|neighbours|neighbors|centre|center|venue|cafe"),
        finding(.excuse, "room", "background|construction|building|renovation|road noise|work|works"),
        finding(.excuse, "room", "the noise"),
        finding(.excuse, "room", "fire drill|alarm"),
        finding(.excuse, "room", "evacuation|evacuated"),
        finding(.excuse, "room", "no chair|water|air"),
        finding(.excuse, "room", "the air conditioning|heating|temperature|lighting|glare"),
        // The interviewer or the questions
        finding(.excuse, "interviewer", "you|interviewer|interviewers|panel|they|she|he kept|was|were|had|seemed|looked? interrupted|interrupting|rushed|rushing|distracted|bored|annoyed|rude|hurried|impatient"),
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
        finding(.excuse, "technology", "internet|connection|wifi|wi-fi|camera|webcam|microphone|mic|audio|video|laptop|headset|headphones|zoom|computer|screen|battery|signal|broadband|projector|clicker|slides|hearing|link|editor ... dropped|dropping|died|froze|freezing|failed|cut|cutting|kept|crashed|lagged|lagging|lag|glitch*|unstable|poor|bad|wasnt|stopped|went|broke|outage|down|wouldnt|didnt"),
        finding(.excuse, "technology", "technical|tech|connectivity|connection issues|difficulties|problems|glitches|trouble"),
        finding(.excuse, "technology", "bad|poor|spotty|patchy|weak connection|signal|internet|wifi"),
        finding(.excuse, "technology", "outage|tethering"),
    ]

    /// What makes a circumstance a plan rather than a reason: it lies ahead ("our childminder
    /// is away on Thursday, so could we…"), or it is the reader's ("the connection on your end").
    static let elsewhere: [PhraseEntry] = [
        cue("logistics", "will|going|next|tomorrow|until|availability|available|reschedule|rescheduling|instead|notice|start|starting|rearrange|possible|could|can ...2 we|you|it|i ...2 move|work|do|make|hold|have|arrange|change|fit"),
        cue("logistics", "away|off|out|busy|unavailable on|until|from|next|this"),
        cue("logistics", "would ...3 work|suit|be|do ...2 instead|better|possible|ok|okay|fine"),
        cue("logistics", "your|their|his|her end|side"),
        cue("logistics", "until|availability|reschedule|rescheduling|instead"),
        cue("present-worry", "im|am|i ...3 nervous|anxious|worried ...3 about|waiting|to hear|for|whether|if|what"),
    ]

    /// Every circumstance needs a tie within a sentence of it. A word of work ("shift",
    /// "project") does not make the sentence a story here: only an unmistakable one does.
    static let entries: [PhraseEntry] = ties + effects + elsewhere + links.map(forgivingMessages) + circumstances.map { entry in
        // A circumstance beside an apology for the message ("sorry for the slow reply, I was
        // travelling") explains the reply, not the interview.
        PhraseEntry(entry.meaning, entry.pattern, requires: entry.requires + ["tied"], nearby: 1,
                    unless: entry.unless + ["apology-elsewhere", "logistics"], unlessCovering: entry.unlessCovering, skipInStory: entry.skipInStory,
                    storyStrongOnly: true, negatable: entry.negatable)
    }

    /// An entry left out beside an apology for the message ("sorry for the slow reply").
    private static func forgivingMessages(_ entry: PhraseEntry) -> PhraseEntry {
        PhraseEntry(entry.meaning, entry.pattern, requires: entry.requires, nearby: entry.nearby,
                    unless: entry.unless + ["apology-elsewhere"], unlessCovering: entry.unlessCovering, skipInStory: entry.skipInStory,
                    storyStrongOnly: entry.storyStrongOnly, negatable: entry.negatable)
    }
}
