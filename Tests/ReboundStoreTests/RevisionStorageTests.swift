import Foundation
import ReboundCore
import ReboundStore
import Testing

/// A user's revision says whether something read earlier is still current: every write to
/// the user's interviews, plan steps or share links raises it, and nothing else does.
@Suite("Storage: a user's revision")
struct RevisionStorageTests {
    let now = StoreFixtures.now

    private func revision(of user: User, in store: any ReboundStorage) async throws -> Int64 {
        try #require(try await store.user(id: user.id)).revision
    }

    /// Runs `write` and says by how much it raised Ana's and Bo's revisions.
    private func raised(_ store: any ReboundStorage, _ ana: User, _ bo: User,
                        by write: () async throws -> Void) async throws -> (ana: Int64, bo: Int64) {
        let before = (try await revision(of: ana, in: store), try await revision(of: bo, in: store))
        try await write()
        return (try await revision(of: ana, in: store) - before.0, try await revision(of: bo, in: store) - before.1)
    }

    @Test("a new account starts at 0, and the session and an API token read the account with its revision")
    func readWithTheAccount() async throws {
        try await withStore { store in
            let (ana, _) = try await StoreFixtures.anaAndBo(in: store)
            #expect(try await revision(of: ana, in: store) == 0)
            try await store.saveInterview(StoreFixtures.interview("i1"), of: ana.id)
            try await store.createSession(Session(tokenHash: "session", userID: ana.id, csrfSecret: "csrf", createdAt: now,
                                                  expiresAt: now.addingTimeInterval(3_600)))
            try await store.createAPIToken(APIToken(id: "t1", userID: ana.id, name: "script", tokenHash: "token", createdAt: now,
                                                    lastUsedAt: nil))
            #expect(try await store.session(tokenHash: "session", now: now)?.1.revision == 1)
            #expect(try await store.user(apiTokenHash: "token", usedAt: now)?.revision == 1)
            #expect(try await store.user(email: ana.email)?.revision == 1)
        }
    }

    @Test("saving, importing and deleting interviews, marking steps and making or turning off share links raise it, for that user only")
    func everyWriteRaisesIt() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            let interview = StoreFixtures.interview("i1")
            #expect(try await raised(store, ana, bo) { try await store.saveInterview(interview, of: ana.id) } == (1, 0))
            #expect(try await raised(store, ana, bo) { try await store.saveInterview(interview, of: ana.id) } == (1, 0),
                    "saved again, unchanged")
            let step = try #require(try await store.stepStates(of: interview.id, of: ana.id).first).key
            #expect(try await raised(store, ana, bo) { try await store.markStep(step, of: interview.id, of: ana.id, doneAt: now) } == (1, 0))
            #expect(try await raised(store, ana, bo) { try await store.markStep(step, of: interview.id, of: ana.id, doneAt: nil) } == (1, 0))
            let link = ShareLink(id: "l1", tokenHash: "hash-l1", userID: ana.id, interviewID: interview.id, createdAt: now,
                                 expiresAt: now.addingTimeInterval(86_400))
            #expect(try await raised(store, ana, bo) { _ = try await store.createShareLink(link) } == (1, 0))
            #expect(try await raised(store, ana, bo) { try await store.deleteShareLink(id: "l1", of: ana.id) } == (1, 0))
            let record = InterviewRecord(interview: StoredInterview(id: InterviewID("i2"), file: StoreFixtures.file(), stage: .done,
                                                                    createdAt: now, updatedAt: now),
                                         doneSteps: [], drafts: [])
            #expect(try await raised(store, ana, bo) {
                try await store.importInterviews([record], practice: [], of: bo.id, newID: { InterviewID("fresh") })
            } == (0, 1), "an import raises it once")
            #expect(try await raised(store, ana, bo) { try await store.deleteInterview(interview.id, of: ana.id) } == (1, 0))
        }
    }

    @Test("reads, refused writes and writes elsewhere leave it as it is")
    func otherCallsLeaveIt() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            let interview = StoreFixtures.interview("i1")
            try await store.saveInterview(interview, of: ana.id)
            let step = try #require(try await store.stepStates(of: interview.id, of: ana.id).first).key
            #expect(try await raised(store, ana, bo) {
                _ = try await store.interviewPage(of: ana.id, number: 1, size: 50, now: now)
                _ = try await store.interviewOverview(interview.id, of: ana.id, now: now)
                _ = try await store.openSteps(of: ana.id, now: StoreFixtures.now, limit: 30)
            } == (0, 0))
            #expect(try await raised(store, ana, bo) {
                // Each is refused (false), as the ownership tests check.
                _ = try await store.saveInterview(interview, of: bo.id)
                _ = try await store.markStep(step, of: interview.id, of: bo.id, doneAt: now)
                _ = try await store.markStep(StepKey(rawValue: "no-such-step"), of: interview.id, of: ana.id, doneAt: now)
                _ = try await store.deleteInterview(interview.id, of: bo.id)
                _ = try await store.deleteShareLink(id: "none", of: ana.id)
            } == (0, 0), "nothing was written")
            #expect(try await raised(store, ana, bo) {
                try await store.updateName("Ana B.", of: ana.id)
                try await store.saveDraft(SavedDraft(key: "k", subject: "s", body: "b", updatedAt: now), of: interview.id, of: ana.id)
            } == (0, 0), "the name and drafts are not shown on the pages kept in memory")
        }
    }
}
