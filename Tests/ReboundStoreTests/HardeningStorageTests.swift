import Foundation
import Logging
import ReboundCore
@testable import ReboundStore
import SQLKit
import Testing

/// The store's side of issue 19: one owner however the first visits race, sign-in tries
/// counted in turn, secrets every process shares, imports that restore over, and
/// migrations two processes can start at once.
@Suite("Store: hardening")
struct HardeningStorageTests {
    @Test("an owner is made only on an empty install: eight at once make one, and the others learn it is set up")
    func oneOwner() async throws {
        try await withStore { store in
            // Which of the eight became the owner is up to the timing.
            let made = try await withThrowingTaskGroup(of: Int?.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        do {
                            try await store.createUser(StoreFixtures.user("owner\(index)", owner: true))
                            return index
                        } catch StoreError.alreadySetUp {
                            return nil
                        }
                    }
                }
                return try await group.reduce(into: []) { if let index = $1 { $0.append(index) } }
            }
            #expect(made.count == 1)
            #expect(try await store.userCount() == 1)
            let owner = try #require(made.first)
            await #expect(throws: StoreError.emailTaken) {
                try await store.createUser(StoreFixtures.user("owner\(owner)"))
            }
            try await store.createUser(StoreFixtures.user("bo"))
            #expect(try await store.userCount() == 2)
        }
    }

    @Test("sign-in tries are counted in turn: of 24 at once, exactly as many as allowed are counted, and a refused one counts nothing")
    func triesCountedInTurn() async throws {
        try await withStore { store in
            let now = StoreFixtures.now
            let counted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<24 {
                    group.addTask {
                        try await store.countSignInTry(keys: ["pair:a", "client:a"], at: now, windowStart: now.addingTimeInterval(-900),
                                                       mayTry: { ($0["pair:a"]?.count ?? 0) < 5 }).counted
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(counted.filter { $0 }.count == 5)
            #expect(try await store.failedSignIns(key: "pair:a", since: now.addingTimeInterval(-900)).count == 5)
            #expect(try await store.failedSignIns(key: "client:a", since: now.addingTimeInterval(-900)).count == 5)
            try await store.forgiveSignInTry(keys: ["client:a"])
            #expect(try await store.failedSignIns(key: "client:a", since: now.addingTimeInterval(-900)).count == 4)
            // After the window, counting starts over and the old failures are not shown.
            let later = now.addingTimeInterval(2000)
            let next = try await store.countSignInTry(keys: ["pair:a"], at: later, windowStart: later.addingTimeInterval(-900),
                                                      mayTry: { $0["pair:a"] == SignInFailures(count: 0, last: nil) })
            #expect(next.counted)
            #expect(try await store.failedSignIns(key: "pair:a", since: later.addingTimeInterval(-900)).count == 1)
        }
    }

    @Test("a server secret is made once: the first proposal is kept and every later caller reads it")
    func serverSecrets() async throws {
        try await withStore { store in
            let secrets = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<6 {
                    group.addTask { try await store.serverSecret(named: "key", proposed: "proposal-\(index)", now: StoreFixtures.now) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(secrets).count == 1)
            #expect(try await store.serverSecret(named: "other", proposed: "b", now: StoreFixtures.now) == "b")
        }
    }

    @Test("an interview file imported again restores over the same interview, keeping its done marks and edited drafts")
    func importRestoresOver() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true)
            try await store.createUser(ana)
            let file = StoreFixtures.file()
            func plain(_ id: String) -> InterviewRecord {
                InterviewRecord(interview: StoredInterview(id: InterviewID(id), file: file, stage: .done, createdAt: StoreFixtures.now,
                                                           updatedAt: StoreFixtures.now), carriesID: false)
            }
            let first = try await store.importInterviews([plain("new-1")], practice: [], of: ana.id, newID: { InterviewID(UUID().uuidString) })
            let step = try #require(try await store.stepStates(of: first[0], of: ana.id).first)
            try await store.markStep(step.key, of: first[0], of: ana.id, doneAt: StoreFixtures.now)
            try await store.saveDraft(SavedDraft(key: "thank-you:Dana Reyes", subject: "Mine", body: "My words", updatedAt: StoreFixtures.now),
                                      of: first[0], of: ana.id)
            let again = try await store.importInterviews([plain("new-2"), plain("new-3")], practice: [], of: ana.id,
                                                         newID: { InterviewID(UUID().uuidString) })
            #expect(again == [first[0], first[0]])
            #expect(try await store.allInterviews(of: ana.id).count == 1)
            #expect(try await store.stepStates(of: first[0], of: ana.id).contains { $0.key == step.key && $0.doneAt != nil })
            #expect(try await store.savedDrafts(of: first[0], of: ana.id).map(\.body) == ["My words"])
            // Another start is another interview.
            var other = file
            other.interview.start = Timestamp(rfc3339: "2026-11-27T10:30:00-05:00")!
            let third = try await store.importInterviews(
                [InterviewRecord(interview: StoredInterview(id: InterviewID("x"), file: other, stage: .done, createdAt: StoreFixtures.now,
                                                            updatedAt: StoreFixtures.now), carriesID: false)],
                practice: [], of: ana.id, newID: { InterviewID(UUID().uuidString) })
            #expect(third != first)
            #expect(try await store.allInterviews(of: ana.id).count == 2)
        }
    }

    @Test("two processes migrating one new PostgreSQL database at once apply each migration once")
    func concurrentMigrations() async throws {
        guard let url = ProcessInfo.processInfo.environment["REBOUND_TEST_POSTGRES_URL"], !url.isEmpty else { return }
        let server = try PostgresLocation(url: url)
        let name = try await TestDatabases.create(on: server)
        do {
            let stores = try await withThrowingTaskGroup(of: SQLStorage.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        try await SQLStorage.postgres(server.database(name), maximumConnections: 2, logger: Logger(label: "test"),
                                                      now: StoreFixtures.now)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let applied = stores.flatMap(\.appliedMigrations).sorted()
            #expect(applied == Array(1...Migrations.latest))
            for store in stores {
                #expect(try await store.schemaVersion() == Migrations.latest)
                await store.close()
            }
        } catch {
            try? await TestDatabases.drop(name, on: server)
            throw error
        }
        try await TestDatabases.drop(name, on: server)
    }
}

@Suite("Store: the user's say over the message check")
struct CheckChoicesStorageTests {
    @Test("rules turned off and findings dismissed belong to one user and one draft, and go with the interview or the account")
    func rulesAndDismissals() async throws {
        try await withStore { store in
            let (ana, bo) = try await StoreFixtures.anaAndBo(in: store)
            try await store.saveInterview(StoreFixtures.interview("i-1"), of: ana.id)
            try await store.setRulesTurnedOff([.tooLong, .noInterest], of: ana.id)
            #expect(try await store.rulesTurnedOff(of: ana.id) == [.tooLong, .noInterest])
            try await store.setRulesTurnedOff([.tooLong], of: ana.id)
            try await store.setRulesTurnedOff([.tooLong], of: ana.id)
            #expect(try await store.rulesTurnedOff(of: ana.id) == [.tooLong])
            #expect(try await store.rulesTurnedOff(of: bo.id).isEmpty)

            let fine = Dismissal(rule: .excuse, words: Dismissal.key(of: "I hadn't  slept,\nwhich is why"))
            #expect(fine.words == "i hadn't slept, which is why")
            #expect(try await store.dismiss(fine, in: "thank-you:Dana Reyes", of: InterviewID("i-1"), of: ana.id, at: StoreFixtures.now))
            #expect(try await store.dismiss(fine, in: "thank-you:Dana Reyes", of: InterviewID("i-1"), of: ana.id, at: StoreFixtures.now))
            #expect(!(try await store.dismiss(fine, in: "thank-you:Dana Reyes", of: InterviewID("i-1"), of: bo.id, at: StoreFixtures.now)))
            #expect(try await store.dismissals(of: "thank-you:Dana Reyes", in: InterviewID("i-1"), of: ana.id) == [fine])
            #expect(try await store.dismissals(of: "thank-you:Marcus Bell", in: InterviewID("i-1"), of: ana.id).isEmpty)
            #expect(try await store.dismissals(of: "thank-you:Dana Reyes", in: InterviewID("i-1"), of: bo.id).isEmpty)
            try await store.restore(fine, in: "thank-you:Dana Reyes", of: InterviewID("i-1"), of: ana.id)
            #expect(try await store.dismissals(of: "thank-you:Dana Reyes", in: InterviewID("i-1"), of: ana.id).isEmpty)

            // Long words in any script fit every database's index: a dismissal keeps at most 400 bytes.
            let long = Dismissal(rule: .apology, excerpt: String((0..<1_000).map { Character(Unicode.Scalar(0x4E00 + ($0 * 7919) % 20_000)!) }))
            #expect(long.words.utf8.count <= Dismissal.wordsLimit && long.words.utf8.count > Dismissal.wordsLimit - 4)
            #expect(try await store.dismiss(long, in: "thank-you:Dana Reyes", of: InterviewID("i-1"), of: ana.id, at: StoreFixtures.now))
            #expect(try await store.dismissals(of: "thank-you:Dana Reyes", in: InterviewID("i-1"), of: ana.id) == [long])

            try await store.dismiss(fine, in: "thank-you:Dana Reyes", of: InterviewID("i-1"), of: ana.id, at: StoreFixtures.now)
            try await store.deleteInterview(InterviewID("i-1"), of: ana.id)
            #expect(try await store.dismissals(of: "thank-you:Dana Reyes", in: InterviewID("i-1"), of: ana.id).isEmpty)
            try await store.deleteUser(ana.id)
            #expect(try await store.rulesTurnedOff(of: ana.id).isEmpty)
        }
    }
}
