@testable import ReboundCore

/// A repeatable random number generator (SplitMix64), so generated interviews are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Varied interviews for property tests of the drafts: different fields, people, outcomes,
/// and raw notes that include exactly what a message must not say.
enum GeneratedInterviews {
    static let companies = ["Northwind Traders", "Harbor Health Clinic", "Fabrikam", "Blue Yonder Airlines", "Litware Inc.",
                            "Riverside Primary School", "Contoso Logistics", "Tailspin Toys", "Café Lumière", "Ørsted Wind"]
    static let roles = ["Marketing Coordinator", "Registered Nurse", "Junior Developer", "Shift Lead", "Warehouse Supervisor",
                        "Year 4 Teacher", "Financial Analyst", "Social Worker", "Electrician Apprentice", "Sous Chef"]
    static let firstNames = ["Dana", "Marcus", "Aiko", "Amara", "Tom", "Priyanka", "Luis", "Hannah", "Chris", "Jess",
                             "Sam", "Priya", "Lee", "Rosa", "Grace", "Olu", "Zoë", "José", "Mei", "Ben"]
    static let lastNames = ["Reyes", "Bell", "Tanaka", "Okafor", "Whitfield", "Shah", "Alvarez", "Park", "Ng", "Müller",
                            "Ortiz", "Natarajan", "Chen", "Mensah", "O'Neill", "Kowalski", "Dubois", "Haddad"]
    static let questions = ["Tell me about a time you led a team.", "How do you handle conflict with a colleague?",
                            "Why do you want to work here?", "Describe a mistake you made and what you learned.",
                            "How would you prioritise three urgent tasks?", "What is your greatest strength?",
                            "Walk me through a project you are proud of.", "How do you deal with an upset customer?",
                            "Where do you see yourself in five years?", "What salary are you expecting?",
                            // Questions whose own words would trip the check if they were the writer's.
                            "How do you cope when you feel nervous before a big presentation?",
                            "Why should we give you a second chance after a bad quarter?",
                            "Tell me about a time you were exhausted and still had to deliver."]
    static let answers = ["I chaired a five-person committee that lifted satisfaction with our materials by 70%.",
                          "When two teammates disagreed on a deadline, I set up a short call and we agreed on a split plan that shipped on time.",
                          "I rebuilt our returns process so refunds went out in three days instead of three weeks.",
                          "In my last placement I trained six new colleagues, and four now lead shifts themselves.",
                          "I sort urgent work by who is blocked and what it costs to wait, and say so openly.",
                          "I'm sorry, I completely blanked, but I'd say teamwork.",
                          "I hadn't slept, so I rambled; the real answer is that I keep a weekly plan.",
                          "I really need this job, so I would do anything you ask.",
                          "At Contoso I would love to join the role at Contoso and grow.",
                          "I calmed an angry customer by listening first, then offering a clear next step and following up the next day."]
    static let forgotten = ["my Google Analytics certification", "a current first aid certificate", "my forklift instructor licence",
                            "the blog series I ran that averaged 3,000 readers a post", "fluent Spanish",
                            "that I was too nervous to mention my award", "TODO add certificate"]
    static let wentWell = ["Opened with a strong story", "Good rapport with the panel", "Clear explanation of the checklist I introduced",
                           "Sorry, nothing went well", "Walked through the numbers without notes"]
    static let zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles", "UTC"]

    static func make(seed: UInt64) -> InterviewFile {
        var random = SeededGenerator(state: seed)
        let company = companies.randomElement(using: &random)!
        let people = Array(Set((0..<8).map { _ in
            "\(firstNames.randomElement(using: &random)!) \(lastNames.randomElement(using: &random)!)"
        })).sorted().shuffled(using: &random)
        let interviewerCount = Int.random(in: 1...4, using: &random)
        let interviewers = people.prefix(interviewerCount).enumerated().map { index, name in
            Interviewer(name: name, title: Bool.random(using: &random) ? "Manager" : nil,
                        email: Bool.random(using: &random) ? "\(name.split(separator: " ")[0].lowercased())@example.org" : nil,
                        phone: Bool.random(using: &random) ? "+1 555 01\(index)0" : nil,
                        hiringManager: index == 0 && Bool.random(using: &random))
        }
        let questionCount = Int.random(in: 0...5, using: &random)
        let asked = questions.shuffled(using: &random).prefix(questionCount).map { text in
            InterviewQuestion(text: text, askedBy: Bool.random(using: &random) ? interviewers.randomElement(using: &random)!.name : nil,
                              rating: AnswerRating.allCases.randomElement(using: &random)!,
                              betterAnswer: Bool.random(using: &random) ? answers.randomElement(using: &random) : nil)
        }
        let relations = ContactRelation.allCases
        let contacts = people.dropFirst(interviewerCount).prefix(Int.random(in: 0...4, using: &random)).map { name in
            Contact(name: name, relation: relations.randomElement(using: &random)!,
                    email: Bool.random(using: &random) ? "contact@example.org" : nil, mayBeContacted: Bool.random(using: &random))
        }
        let status = OutcomeStatus.allCases.randomElement(using: &random)!
        let zone = Zone(identifier: zones.randomElement(using: &random)!)!
        let day = Int.random(in: 1...28, using: &random), month = Int.random(in: 1...12, using: &random)
        let start = Timestamp(seconds: Int64(CivilDate(year: 2026, month: month, day: day)!.daysSinceEpoch) * 86_400
                              + Int64.random(in: 8...17, using: &random) * 3600, offsetSeconds: 0)
        // Half the pending interviews carry the date the employer said they would decide by.
        let decisionBy = status == .pending && Bool.random(using: &random)
            ? start.adding(seconds: Int64.random(in: 1...20, using: &random) * 86_400) : nil
        return InterviewFile(
            interview: Interview(company: company, role: roles.randomElement(using: &random)!, start: start,
                                 end: start.adding(seconds: 3600), timeZone: zone,
                                 mode: InterviewMode.allCases.randomElement(using: &random), interviewers: interviewers,
                                 wantsJob: Int.random(in: 0..<4, using: &random) > 0,
                                 outcome: Outcome(status: status, at: status == .pending ? nil : start.adding(seconds: 3 * 86_400),
                                                  nextRoundAt: status == .nextRound && Bool.random(using: &random)
                                                      ? start.adding(seconds: 9 * 86_400) : nil),
                                 decisionBy: decisionBy),
            debrief: Debrief(wentWell: wentWell.shuffled(using: &random).prefix(2).map { $0 },
                             questions: asked,
                             forgotToMention: forgotten.shuffled(using: &random).prefix(Int.random(in: 0...3, using: &random)).map { $0 }),
            contacts: contacts)
    }
}
