import Foundation
import ReboundStore
import Testing

@Suite("Storage: accounts and sessions")
struct AccountStorageTests {
    @Test("a new database has no accounts; the first one created is found by ID and by address in any case")
    func createAndFind() async throws {
        try await withStore { store in
            #expect(try await store.userCount() == 0)
            let ana = StoreFixtures.user("ana", owner: true)
            try await store.createUser(ana)
            #expect(try await store.userCount() == 1)
            #expect(try await store.user(id: ana.id) == ana)
            #expect(try await store.user(email: "ANA@Example.org") == ana)
            #expect(try await store.user(email: "bo@example.org") == nil)
        }
    }

    @Test("an address can hold only one account")
    func emailTaken() async throws {
        try await withStore { store in
            try await store.createUser(StoreFixtures.user("ana"))
            var twin = StoreFixtures.user("other")
            twin.email = "Ana@example.org"
            await #expect(throws: StoreError.emailTaken) { try await store.createUser(twin) }
            #expect(try await store.userCount() == 1)
        }
    }

    @Test("a session is found by its token hash until it expires, with its user")
    func sessions() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            let now = StoreFixtures.now
            let session = Session(tokenHash: "abc", userID: ana.id, csrfSecret: "csrf", createdAt: now,
                                  expiresAt: now.addingTimeInterval(3600))
            try await store.createSession(session)
            let found = try await store.session(tokenHash: "abc", now: now)
            #expect(found?.0 == session)
            #expect(found?.1 == ana)
            #expect(try await store.session(tokenHash: "abc", now: now.addingTimeInterval(3600)) == nil)
            try await store.extendSession(tokenHash: "abc", until: now.addingTimeInterval(7200))
            #expect(try await store.session(tokenHash: "abc", now: now.addingTimeInterval(3600)) != nil)
            try await store.deleteSession(tokenHash: "abc")
            #expect(try await store.session(tokenHash: "abc", now: now) == nil)
        }
    }

    @Test("changing the password ends every other session of that user, and no one else's")
    func passwordChangeEndsOtherSessions() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            let now = StoreFixtures.now, later = now.addingTimeInterval(3600)
            for (hash, user) in [("a1", ana), ("a2", ana), ("b1", bo)] {
                try await store.createSession(Session(tokenHash: hash, userID: user.id, csrfSecret: "c", createdAt: now, expiresAt: later))
            }
            try await store.updatePasswordHash("new-hash", of: ana.id, keeping: "a1")
            #expect(try await store.session(tokenHash: "a1", now: now)?.1.passwordHash == "new-hash")
            #expect(try await store.session(tokenHash: "a2", now: now) == nil)
            #expect(try await store.session(tokenHash: "b1", now: now) != nil)
        }
    }

    @Test("deleting an account removes its sessions, interviews, steps, drafts and tokens, and nothing of others")
    func deleteAccount() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            let now = StoreFixtures.now
            try await store.createSession(Session(tokenHash: "a", userID: ana.id, csrfSecret: "c", createdAt: now,
                                                  expiresAt: now.addingTimeInterval(60)))
            try await store.saveInterview(StoredInterview(id: InterviewID("i-ana"), file: StoreFixtures.file(), stage: .done,
                                                          createdAt: now, updatedAt: now), of: ana.id)
            try await store.saveInterview(StoreFixtures.interview("i-bo"), of: bo.id)
            try await store.saveDraft(SavedDraft(key: "thank-you:Dana Reyes", subject: "s", body: "b", updatedAt: now),
                                      of: InterviewID("i-ana"), of: ana.id)
            try await store.createAPIToken(APIToken(id: "t", userID: ana.id, name: "script", tokenHash: "th", createdAt: now))
            try await store.setCalendarToken("cal", of: ana.id)

            try await store.deleteUser(ana.id)

            #expect(try await store.user(id: ana.id) == nil)
            #expect(try await store.session(tokenHash: "a", now: now) == nil)
            #expect(try await store.interviews(of: ana.id, now: now).isEmpty)
            #expect(try await store.user(apiTokenHash: "th", usedAt: now) == nil)
            #expect(try await store.user(calendarToken: "cal") == nil)
            #expect(try await store.openSteps(of: ana.id, now: StoreFixtures.now, limit: 100).isEmpty)
            #expect(try await store.interviews(of: bo.id, now: now).count == 1)
            #expect(try await store.userCount() == 1)
        }
    }

    @Test("failed sign-ins are counted per key inside a window, and the count starts over after it")
    func signInFailures() async throws {
        try await withStore { store in
            let t0 = StoreFixtures.now
            /// Counts a failure for `key` at `at` and returns its count in the window.
            func fail(_ key: String, at: Date, windowStart: Date) async throws -> Int {
                let (counted, _) = try await store.countSignInTry(keys: [key], at: at, windowStart: windowStart, mayTry: { _ in true })
                #expect(counted)
                return try await store.failedSignIns(key: key, since: windowStart).count
            }
            #expect(try await fail("ana@example.org", at: t0, windowStart: t0.addingTimeInterval(-900)) == 1)
            #expect(try await fail("ana@example.org", at: t0.addingTimeInterval(10), windowStart: t0.addingTimeInterval(-890)) == 2)
            let (count, last) = try await store.failedSignIns(key: "ana@example.org", since: t0.addingTimeInterval(-100))
            #expect(count == 2)
            #expect(last == t0.addingTimeInterval(10))
            // A failure after the window has moved past the first one starts a new count.
            let much = t0.addingTimeInterval(2000)
            #expect(try await fail("ana@example.org", at: much, windowStart: much.addingTimeInterval(-900)) == 1)
            #expect(try await store.failedSignIns(key: "bo@example.org", since: t0).count == 0)
            try await store.clearFailedSignIns(key: "ana@example.org")
            #expect(try await store.failedSignIns(key: "ana@example.org", since: t0).count == 0)
        }
    }

    @Test("API tokens belong to one user, are found by hash, and can be revoked only by their owner")
    func apiTokens() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            let now = StoreFixtures.now
            try await store.createAPIToken(APIToken(id: "t1", userID: ana.id, name: "script", tokenHash: "h1", createdAt: now))
            #expect(try await store.user(apiTokenHash: "h1", usedAt: now.addingTimeInterval(120))?.id == ana.id)
            #expect(try await store.apiTokens(of: ana.id).first?.lastUsedAt == now.addingTimeInterval(120))
            #expect(try await store.deleteAPIToken(id: "t1", of: bo.id) == false)
            #expect(try await store.deleteAPIToken(id: "t1", of: ana.id) == true)
            #expect(try await store.user(apiTokenHash: "h1", usedAt: now) == nil)
        }
    }
}
