import Foundation
import Logging
import ReboundCore
@testable import ReboundStore
import SQLKit
import Testing

/// The dashboard's two lists are read in the order of an index that holds what they show,
/// so a page stops at its last row: nothing is sorted after reading and no table is walked.
/// Checked on SQLite, whose plans do not depend on table statistics; PostgreSQL's plans at
/// 100,000 users are in docs/postgres-plans.md.
@Suite("Storage: the dashboard's query plans")
struct QueryPlanTests {
    private func plan(of query: SQLQueryString) async throws -> [String] {
        let store = try await SQLStorage.sqlite(path: nil, logger: Logger(label: "test"), now: StoreFixtures.now)
        let ana = StoreFixtures.user("ana")
        try await store.createUser(ana)
        let details = try await store.read { db in
            try await db.raw("EXPLAIN QUERY PLAN \(query)").all().map { try $0.decode(column: "detail", as: String.self) }
        }
        await store.close()
        return details
    }

    @Test("a page of the interview list is read from interviews_by_user alone, newest first, without sorting")
    func interviewList() async throws {
        let steps = try await plan(of: SQLStorage.interviewList(of: StoreFixtures.user("ana").id, now: StoreFixtures.now,
                                                                 limit: 50, offset: 50))
        #expect(steps.contains { $0.contains("COVERING INDEX interviews_by_user") }, "\(steps)")
        #expect(steps.contains { $0.contains("COVERING INDEX steps_by_interview") }, "\(steps)")
        #expect(!steps.contains { $0.contains("TEMP B-TREE") || $0.hasPrefix("SCAN") }, "\(steps)")
    }

    @Test("the soonest open steps are read from open_steps_by_user in due order, without sorting")
    func openSteps() async throws {
        let steps = try await plan(of: SQLStorage.openStepList(of: StoreFixtures.user("ana").id, now: StoreFixtures.now, limit: 30))
        #expect(steps.contains { $0.contains("INDEX open_steps_by_user") }, "\(steps)")
        #expect(!steps.contains { $0.contains("TEMP B-TREE") || $0.hasPrefix("SCAN") }, "\(steps)")
    }

    @Test("the next due time, until which the late counts hold, is one seek in open_steps_by_user")
    func nextDue() async throws {
        let steps = try await plan(of: SQLStorage.nextDue(of: StoreFixtures.user("ana").id, now: StoreFixtures.now))
        #expect(steps.contains { $0.contains("COVERING INDEX open_steps_by_user") }, "\(steps)")
        #expect(!steps.contains { $0.contains("TEMP B-TREE") || $0.hasPrefix("SCAN") }, "\(steps)")
    }

    @Test("the next lapse time, when a late step stops being late, is one seek in open_lapses_by_user")
    func nextLapse() async throws {
        let steps = try await plan(of: SQLStorage.nextLapse(of: StoreFixtures.user("ana").id, now: StoreFixtures.now))
        #expect(steps.contains { $0.contains("COVERING INDEX open_lapses_by_user") }, "\(steps)")
        #expect(!steps.contains { $0.contains("TEMP B-TREE") || $0.hasPrefix("SCAN") }, "\(steps)")
    }
}
