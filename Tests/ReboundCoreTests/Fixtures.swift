import Foundation
@testable import ReboundCore

/// Interview files for tests, built in code so each test shows the facts it depends on.
enum Fixtures {
    static let newYork = Zone(identifier: "America/New_York")!

    static func stamp(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

    /// A pending interview that ended Friday 20 November 2026, 11:15 in New York.
    static func interview(
        status: OutcomeStatus = .pending, wantsJob: Bool = true, outcomeAt: String? = nil, nextRoundAt: String? = nil,
        interviewers: [Interviewer] = [Interviewer(name: "Dana Reyes", email: "dana@northwind.example", hiringManager: true),
                                       Interviewer(name: "Marcus Bell")],
        questions: [InterviewQuestion] = [InterviewQuestion(text: "Tell me about a time you led a team.", askedBy: "Dana Reyes",
                                                            rating: .weak, betterAnswer: "I chaired the five-person brand committee.")],
        contacts: [Contact] = [Contact(name: "Sam Ortiz", relation: .recruiter),
                               Contact(name: "Priya Natarajan", relation: .reference, mayBeContacted: true),
                               Contact(name: "Lee Chen", relation: .insider),
                               Contact(name: "Rosa Alvarez", relation: .mentor)],
        start: String = "2026-11-20T10:30:00-05:00", end: String? = "2026-11-20T11:15:00-05:00", zone: Zone = newYork
    ) -> InterviewFile {
        InterviewFile(
            interview: Interview(company: "Northwind Traders", role: "Marketing Coordinator", start: stamp(start),
                                 end: end.map(stamp), timeZone: zone, mode: .inPerson, interviewers: interviewers,
                                 wantsJob: wantsJob,
                                 outcome: Outcome(status: status, at: outcomeAt.map(stamp), nextRoundAt: nextRoundAt.map(stamp))),
            debrief: Debrief(wentWell: ["Opened with the rebrand story"], questions: questions,
                             forgotToMention: ["my Google Analytics certification"]),
            contacts: contacts)
    }

    static func example(_ name: String) throws -> InterviewFile {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/\(name)")
        return try InterviewFile(jsonBytes: [UInt8](Data(contentsOf: url)))
    }
}
