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

/// A cue: a fact about the sentence that findings can require or be cancelled by.
func cue(_ tag: String, _ pattern: String, negatable: Bool = false) -> PhraseEntry {
    PhraseEntry(.cue(tag), pattern, negatable: negatable)
}

/// A finding of `rule`, explained by `CheckAdvice` under `group`. `story: true` leaves it out
/// of a sentence that tells a story about past work.
func finding(_ rule: CheckRule, _ group: String, _ pattern: String, requires: [String] = [], nearby: Int = 0,
             unless: [String] = [], unlessCovering: [String] = [], story: Bool = true, negatable: Bool = false,
             storyStrongOnly: Bool = false) -> PhraseEntry {
    PhraseEntry(.finding(rule, group: group), pattern, requires: requires, nearby: nearby, unless: unless,
                unlessCovering: unlessCovering, skipInStory: story, storyStrongOnly: storyStrongOnly, negatable: negatable)
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
        // A circumstance is blamed for how it went: what follows is part of the excuse.
        cue("blame", "which|this|that|thats|it ...2 why"),
        cue("blame", "because|cause|coz|cuz|since"),
        cue("blame", "due|thanks|owing to"),
        cue("blame", "so i|my|im|ive|id|it"),
        cue("blame", "after|from a|the|my|that ...2 night|shift|flight|drive|commute|journey|week"),
        // Unmistakably a story about past work, even in a sentence that mentions the interview.
        cue("story-strong", "a time when? i|we"),
        cue("story-strong", "in|during|since|by|from|until|of|back 199*|200*|201*|202*"),
        cue("story-strong", "we ran|had|did|built|launched|delivered|organised|organized|held|hosted|opened"),
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
        cue("performance", "answer|answers|response|responses|reply|presentation|explanation i|ive gave|made|offered|delivered|did|had|put"),
        cue("performance", "the|that|your ... question"),
        cue("performance", "yesterday|today|earlier"),
        cue("performance", "this morning|afternoon"),
        // "Traffic" that is about a website or a shop, not the road.
        cue("web-traffic", "website|web|site|organic|search|online|inbound|outbound|foot|network|page|paid|referral"),
        cue("web-traffic", "blog|app|data|internet|server|email|mobile|social|grew|increased|doubled|tripled|rose|growth"),
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
        finding(.begging, "plea", "please ...3 give me|say yes|let this be|let me redo|let me retake|let me try|reconsider|hire me|pick me|choose me|take one|take another|think again", story: false),
        finding(.begging, "plea", "please ...3 dont|do not ...2 leave|rule|write|give|turn|drop|forget|reject|pass", story: false),
        finding(.begging, "plea", "give me a yes|one more|another|last ...2 chance|shot|try|go|interview|look", story: false),
        finding(.begging, "plea", "asking|ask you ...3 please|again|with everything|to reconsider|to think", story: false),
        finding(.begging, "plea", "im|i am asking|begging|pleading|imploring", story: false),
        finding(.begging, "need", "cant|cannot|couldnt take|face|bear|handle|stand|survive ...3 another|more|no|rejection|rejections|refusal", story: false),
        finding(.begging, "need", "nothing left to lose", story: false),
        finding(.begging, "need", "end of my rope|tether", story: false),
        finding(.begging, "need", "at my wits end", story: false),
        finding(.begging, "need", "how much longer i can", story: false),
        finding(.begging, "need", "last|only hope|chance|lifeline|option", story: false),
        finding(.begging, "need", "nothing i wouldnt|would not do", story: false),
        finding(.begging, "need", "sweep|scrub|clean floors|toilets", story: false),
        finding(.begging, "need", "accept|take ...2 whatever|anything|any salary|any pay|any wage|unpaid|less", story: false),
        finding(.begging, "need", "on my knees", story: false),
        finding(.begging, "need", "means|mean|would mean everything|the world", story: false),
        finding(.begging, "need", "cant|cannot|couldnt afford|lose|bear to lose", story: false),
        finding(.begging, "plea", "dont|do not give it to anyone", story: false),
    ]
}
