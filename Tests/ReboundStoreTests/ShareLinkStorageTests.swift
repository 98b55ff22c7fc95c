import Foundation
import ReboundCore
import ReboundStore
import Testing

@Suite("Store: share links")
struct ShareLinkStorageTests {
    let now = StoreFixtures.now

    func link(_ id: String, user: UserID, interview: String, days: Double = 7) -> ShareLink {
        ShareLink(id: id, tokenHash: "hash-\(id)", userID: user, interviewID: InterviewID(interview), createdAt: now,
                  expiresAt: now.addingTimeInterval(days * 86_400))
    }

    @Test("a link opens its interview until it expires or is turned off, and only its owner can turn it off")
    func lifecycle() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true), bo = StoreFixtures.user("bo")
            try await store.createUser(ana)
            try await store.createUser(bo)
            try await store.saveInterview(StoreFixtures.interview("ana-1"), of: ana.id)
            try await store.saveInterview(StoreFixtures.interview("bo-1"), of: bo.id)

            #expect(try await store.createShareLink(link("l1", user: ana.id, interview: "ana-1")))
            #expect(try await !store.createShareLink(link("l2", user: ana.id, interview: "bo-1")), "not someone else's interview")
            #expect(try await store.shareLinks(of: InterviewID("ana-1"), of: ana.id, now: now).map(\.id) == ["l1"])
            #expect(try await store.shareLinks(of: InterviewID("ana-1"), of: bo.id, now: now).isEmpty)

            let shared = try #require(try await store.sharedInterview(tokenHash: "hash-l1", now: now))
            #expect(shared.1.id == InterviewID("ana-1"))
            #expect(try await store.sharedInterview(tokenHash: "hash-l1", now: now.addingTimeInterval(7 * 86_400)) == nil, "expired")
            #expect(try await store.shareLinks(of: InterviewID("ana-1"), of: ana.id, now: now.addingTimeInterval(8 * 86_400)).isEmpty)
            #expect(try await store.sharedInterview(tokenHash: "nope", now: now) == nil)

            #expect(try await !store.deleteShareLink(id: "l1", of: bo.id), "only the owner turns it off")
            #expect(try await store.sharedInterview(tokenHash: "hash-l1", now: now) != nil)
            #expect(try await store.deleteShareLink(id: "l1", of: ana.id))
            #expect(try await store.sharedInterview(tokenHash: "hash-l1", now: now) == nil)

            #expect(try await store.createShareLink(link("l3", user: ana.id, interview: "ana-1")))
            try await store.deleteInterview(InterviewID("ana-1"), of: ana.id)
            #expect(try await store.sharedInterview(tokenHash: "hash-l3", now: now) == nil, "deleting the interview ends its links")
        }
    }
}
