/// Signs of thanks and of interest, which the whole message must contain (in the kinds that
/// need them). Both count however they are put: thanks in the body or the sign-off, plain
/// or casual ("cheers for the chat"); interest as enthusiasm, as wanting the job or to join,
/// or as asking to be kept in mind for the future.
enum Signals {
    /// What a job seeker is interested in: the job, the team, the place.
    static let jobs = "job|jobs|role|roles|position|positions|post|posts|place|apprenticeship|opportunity|opportunities|placement|"
        + "internship|contract|spot|vacancy|vacancies|team|crew|company|store|practice|unit|ward|school|firm|department|shop|hotel|"
        + "surgery|clinic|depot|site|programme|program|scheme|gig|career|organisation|organization|agency|office|lab|kitchen|"
        + "restaurant|bar|salon|garage|workshop|business|group|charity|trust|council|bank|studio|academy|centre|center"
    /// Words of wanting or looking forward.
    static let wanting = "want|wanted|wanting|love|loved|like|keen|excited|eager|thrilled|delighted|proud|happy|glad|stoked|chuffed|"
        + "hope|hoping|hoped|wish|honoured|honored|pleased|motivated|ready|itching|dying|raring|looking"
    /// What one does in a job one wants.
    static let joining = "join|joining|be|work|working|come|start|starting|contribute|contributing|bring|help|helping|grow|learn|build|"
        + "support|serve|teach|care|continue|continuing|take|get|play|run|lead|manage|drive|cook|nurse|train|sell|design|code|step|"
        + "put|call|do|make|sign|land|grab|jump|leap|relish|accept|hear"

    static let entries: [PhraseEntry] = [
        cue("thanks", "thank~|thanks~|thanked|thanking|thankful|thx|thanx|thankyou|tnx|ty|tysm|thankz"),
        cue("thanks", "grateful~|gratitude|appreciate~|appreciated|appreciates|appreciating|appreciation|appreciative|obliged"),
        cue("thanks", "cheers for|again"),
        cue("thanks", "much|many obliged"),
        cue("interest", "interested~|intrested|intersted|excited~|excitement|exciting|enthusiastic~|enthusiasm|eager|eagerly|keen|thrilled|passionate|motivated|energized|energised|inspired|inspiring|appeals|appealing|appealed",
            negatable: true),
        cue("interest", "interest in|for", negatable: true),
        cue("interest", "my|strong|keen|great|genuine|continued|real interest"),
        cue("interest", "look|looking forward to working|joining|contributing|continuing|discussing|talking|speaking|meeting|the|next|being|starting|getting"),
        cue("interest", "\(wanting) ...3 \(jobs)", negatable: true),
        cue("interest", "\(wanting) ...3 to \(joining)", negatable: true),
        cue("interest", "like to join|contribute|work|continue"),
        cue("interest", "would|id|wed love|welcome|jump"),
        cue("interest", "great|good|strong|natural|right|perfect|real fit"),
        cue("interest", "drawn to"),
        cue("interest", "cant|can't wait"),
        cue("interest", "count me in"),
        cue("interest", "on|come|coming|climb|climbing board"),
        cue("interest", "keep|kept|bear|hold ...2 me|my ...3 mind|file|touch|loop|consideration|radar|list"),
        cue("interest", "future|other|later|upcoming|similar|further ...2 openings|opening|opportunities|roles|vacancies|positions|posts|jobs|rounds"),
        cue("interest", "work|working together|with|alongside ... future|someday|one|again"),
        cue("interest", "paths cross"),
        cue("interest", "apply|reapply|re-apply ... again|future"),
        cue("interest", "work|job|role|kind|sort|type i|id|im ...2 want|love|enjoy|after|looking", negatable: true),
        cue("interest", "be|become|becoming part of"),
        cue("interest", "my first choice|pick|preference"),
        cue("interest", "accept|accepting|accepted|delighted|happy|pleased ... offer"),
        // Hopes put as what the writer would do or be.
        cue("interest", "id|wed|i|we would? ...2 love|relish|leap|jump|grab|welcome|enjoy|thrive|sign|snap", negatable: true),
        cue("interest", "id|wed|i|we would? ...2 be ...2 glad|delighted|proud|happy|thrilled|honoured|honored|excited|keen|made|chuffed|stoked|pleased|over|privileged|lucky",
            negatable: true),
        cue("interest", "see|picture|imagine|envision|envisage myself|us"),
        cue("interest", "made|perfect|ideal|right|exactly|just ...3 for me"),
        cue("interest", "perfect|ideal|exactly|just ...3 what|where|who i|id"),
        cue("interest", "feels|seems|sounds|looks|is ...2 made|tailor-made|built for"),
        cue("interest", "throw|threw myself into"),
        cue("interest", "been|keep ...2 hoping|wanting|waiting|dreaming|looking ...2 for|to"),
        cue("interest", "keener|keenest|more excited|more interested|more enthusiastic|more convinced|more certain|more sure"),
        cue("interest", "career|job|role|place|team|work|post|position ...2 i|id|ive ...2 want|wanted|love|dream|hope|hoped"),
        cue("interest", "dream job|role|team|employer|company|post"),
        cue("interest", "with both hands"),
        cue("interest", "all in"),
        cue("interest", "sign me up"),
        cue("interest", "fingers crossed"),
        cue("interest", "over the moon"),
        cue("interest", "cloud nine"),
    ]
}
