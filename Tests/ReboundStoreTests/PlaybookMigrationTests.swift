import Foundation
import Logging
import ReboundCore
@testable import ReboundStore
import SQLKit
import Testing

/// Interviews saved under the first playbook get the second one's steps when the database
/// is brought up to date: new steps appear, steps that can lapse learn when, and what the
/// user already marked done stays done.
@Suite("Storage: plans saved before playbook version 2")
struct PlaybookMigrationTests {
    @Test("migration 10 replans every interview, keeps done marks, and lapsed steps leave the open list")
    func replans() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("rebound.sqlite").path
        let logger = Logger(label: "test")
        let file = StoreFixtures.file()  // Friday 20 November, pending, a recruiter
        let old = SQLiteConnections(path: path, logger: logger)
        _ = try await Migrator(connections: old).migrate(now: StoreFixtures.now, through: 9)
        // The rows as version 9 wrote them: the first playbook's steps, the thank-you done.
        try await old.withTransaction { db in
            try await db.raw("""
                INSERT INTO users (id, email, name, password_hash, is_owner, created_at)
                VALUES ('user-ana', 'ana@example.org', 'Ana', 'hash', 1, 0)
                """).run()
            try await db.raw("""
                INSERT INTO interviews (id, user_id, company, role, starts_at, time_zone, status, stage, file, created_at, updated_at)
                VALUES ('i1', 'user-ana', 'Northwind Traders', 'Marketing Coordinator', \(bind: file.interview.start.seconds),
                        'America/New_York', 'pending', 'done', \(bind: file.jsonText()), 0, 0)
                """).run()
            for (key, kind) in [("thank-you:Dana Reyes", "thank-you"), ("revisit-notes", "revisit-notes")] {
                try await db.raw("""
                    INSERT INTO plan_steps (interview_id, user_id, step_key, kind, due_at, optional, done_at)
                    VALUES ('i1', 'user-ana', \(bind: key), \(bind: kind), 0, 0, \(bind: key == "revisit-notes" ? Int64(42) : nil))
                    """).run()
            }
        }
        await old.close()

        let store = try await SQLStorage.sqlite(path: path, logger: logger, now: StoreFixtures.now)
        let states = try await store.stepStates(of: InterviewID("i1"), of: UserID("user-ana"))
        #expect(Set(states.map(\.key)) == Set(RecoveryPlan.dueTimes(of: file).map(\.key)))
        #expect(states.contains { $0.key.rawValue == "check-in" })
        #expect(states.first { $0.key.rawValue == "revisit-notes" }?.doneAt == Date(timeIntervalSince1970: 42))
        // A month on, the thank-you and the call have lapsed: not open, not late.
        let later = Date(timeIntervalSince1970: 1_798_000_000)
        let open = try await store.openSteps(of: UserID("user-ana"), now: later, limit: 50).map(\.kind)
        #expect(!open.contains(.thankYou) && !open.contains(.callToElaborate) && open.contains(.checkIn))
        let page = try await store.interviewPage(of: UserID("user-ana"), number: 1, size: 10, now: later)
        #expect(page.interviews[0].openSteps == open.count && page.interviews[0].lateSteps == open.count)
        await store.close()
    }

    @Test("a check-in marked done stays done when a recruiter is added and it would now go to them")
    func checkInIsOnePerPlan() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana")
            try await store.createUser(ana)
            var interview = StoredInterview(id: InterviewID("i1"), file: StoreFixtures.file(), stage: .done,
                                            createdAt: StoreFixtures.now, updatedAt: StoreFixtures.now)
            interview.file.contacts = []
            try await store.saveInterview(interview, of: ana.id)
            #expect(try await store.markStep(StepKey(rawValue: "check-in"), of: interview.id, of: ana.id, doneAt: StoreFixtures.now))
            interview.file.contacts = [Contact(name: "Sam Ortiz", relation: .recruiter)]
            try await store.saveInterview(interview, of: ana.id)
            let checkIns = try await store.stepStates(of: interview.id, of: ana.id).filter { $0.key.rawValue.hasPrefix("check-in") }
            #expect(checkIns.count == 1 && checkIns[0].doneAt != nil)
            #expect(RecoveryPlan(for: interview.file, now: Timestamp(StoreFixtures.now)).steps.first { $0.kind == .checkIn }?.who == "Sam Ortiz")
        }
    }
}
