import Foundation
import Logging
import ReboundCore
import ReboundStore

/// Runs a storage test against a fresh database and closes it afterwards, pass or fail.
/// Every storage test goes through here, so adding a database means adding it in one place.
func withStore(_ body: (any ReboundStorage) async throws -> Void) async throws {
    let store = try await SQLStorage.sqlite(path: nil, logger: Logger(label: "test"), now: StoreFixtures.now)
    do {
        try await body(store)
    } catch {
        await store.close()
        throw error
    }
    await store.close()
}

/// Accounts and interviews for storage tests.
enum StoreFixtures {
    static let now = Date(timeIntervalSince1970: 1_795_700_000) // 2026-11-26
    static let newYork = Zone(identifier: "America/New_York")!

    static func user(_ name: String, owner: Bool = false) -> User {
        User(id: UserID("user-\(name)"), email: "\(name)@example.org", name: name.capitalized, passwordHash: "hash-\(name)",
             isOwner: owner, createdAt: now)
    }

    static func file(company: String = "Northwind Traders", start: String = "2026-11-20T10:30:00-05:00",
                     status: OutcomeStatus = .pending) -> InterviewFile {
        InterviewFile(
            interview: Interview(company: company, role: "Marketing Coordinator", start: Timestamp(rfc3339: start)!,
                                 timeZone: newYork, interviewers: [Interviewer(name: "Dana Reyes", hiringManager: true)],
                                 outcome: Outcome(status: status, at: status == .pending ? nil : Timestamp(rfc3339: start)!.adding(seconds: 86_400))),
            debrief: Debrief(wentWell: ["Opened with the rebrand story"],
                             questions: [InterviewQuestion(text: "Tell me about a time you led a team.", rating: .weak)]),
            contacts: [Contact(name: "Sam Ortiz", relation: .recruiter)])
    }

    static func interview(_ id: String, company: String = "Northwind Traders", start: String = "2026-11-20T10:30:00-05:00",
                          stage: DebriefStage = .done) -> StoredInterview {
        StoredInterview(id: InterviewID(id), file: file(company: company, start: start), stage: stage,
                        createdAt: now, updatedAt: now)
    }
}
