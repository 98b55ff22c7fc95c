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
        finding(.excuse, "health", "i|im|ive|was|been|felt|feeling|had|have|having|got|fighting|with ... sick|unwell|cold|migraine|headache|fever|flu|covid|infection|allergies|allergy|toothache|backache",
                negatable: true),
        finding(.excuse, "health", "was|were|been|felt|feel|feeling|fell|got|getting|quite|very|so|really|seriously|still ill", negatable: true),
        finding(.excuse, "health", "was|were|been|felt|feel|feeling poorly", negatable: true),
        finding(.excuse, "health", "under the weather"),
        finding(.excuse, "health", "sore throat"),
        finding(.excuse, "health", "stomach bug"),
        finding(.excuse, "health", "food poisoning"),
        finding(.excuse, "health", "came|coming down with"),
        finding(.excuse, "health", "on ... medication|meds|painkillers|antibiotics"),
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
        finding(.excuse, "nerves", "i|im|was|get|got|felt|feeling|am|be|always|became|become|been ... nervous~|nervus|anxious|jittery|nervy|stressed|tense|rattled|overwhelmed|panicky|panicked|frazzled",
                negatable: true),
        finding(.excuse, "nerves", "nerves|anxiety|nervousness|stress ... got|took|get|gets|kicked|were|was|better|over"),
        finding(.excuse, "nerves", "because|due|thanks|from of|to ... nerves|anxiety|stress|nervousness"),
        finding(.excuse, "nerves", "on edge"),
        // A busy time
        finding(.excuse, "busy", "busy|hectic|long|crazy|rough|tough|stressful|chaotic|difficult|exhausting|packed|draining|heavy day|week|morning|month|weekend|stretch|period|few",
                unless: ["web-traffic", "addressee"]),
        finding(.excuse, "busy", "lot on my plate|mind"),
        finding(.excuse, "busy", "swamped|slammed|snowed"),
        finding(.excuse, "busy", "didnt|couldnt|hadnt|no|not|little|wasnt ... time ... prepare|prep|preparing|study|research|practice|practise|prepared"),
        finding(.excuse, "busy", "short notice", requires: ["self"]),
        // The room
        finding(.excuse, "room", "room|office|building|space|lobby|booth|kitchen|centre|center|venue ... was|felt|so|too ... hot|cold|noisy|loud|cramped|stuffy|freezing|dark|crowded|warm|distracting"),
        finding(.excuse, "room", "noisy|loud|distracting room|office|environment|background|neighbours|neighbors|centre|center|venue|cafe"),
        finding(.excuse, "room", "background|construction|building|renovation|road noise|work|works"),
        finding(.excuse, "room", "the noise"),
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
        finding(.excuse, "technology", "internet|connection|wifi|wi-fi|camera|webcam|microphone|mic|audio|video|laptop|headset|headphones|zoom|computer|screen|battery|signal ... dropped|dropping|died|froze|freezing|failed|cut|kept|crashed|lagged|lagging|lag|glitch*|unstable|poor|bad|wasnt|stopped|went|broke|outage|down"),
        finding(.excuse, "technology", "technical|tech|connectivity|connection issues|difficulties|problems|glitches|trouble"),
        finding(.excuse, "technology", "bad|poor|spotty|patchy|weak connection|signal|internet|wifi"),
        finding(.excuse, "technology", "outage|tethering"),
    ]

    /// Every circumstance needs a tie within a sentence of it. A word of work ("shift",
    /// "project") does not make the sentence a story here: only an unmistakable one does.
    static let entries: [PhraseEntry] = ties + circumstances.map { entry in
        // A circumstance beside an apology for the message ("sorry for the slow reply, I was
        // travelling") explains the reply, not the interview.
        PhraseEntry(entry.meaning, entry.pattern, requires: entry.requires + ["tied"], nearby: 1,
                    unless: entry.unless + ["apology-elsewhere"], unlessCovering: entry.unlessCovering, skipInStory: entry.skipInStory,
                    storyStrongOnly: true, negatable: entry.negatable)
    }
}
