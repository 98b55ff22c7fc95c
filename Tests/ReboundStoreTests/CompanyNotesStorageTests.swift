import Foundation
import ReboundCore
import ReboundStore
import Testing

@Suite("Store: notes on companies")
struct CompanyNotesStorageTests {
    let now = StoreFixtures.now
    let northwind = CompanyKey(company: "Northwind Traders")!

    func notes(_ company: String = "Northwind Traders", history: String = "Founded 1987 in Leeds.", field: WorkField? = .retail,
               at: Date? = nil) -> CompanyNotes {
        CompanyNotes(key: CompanyKey(company: company)!, company: company, field: field, history: history,
                     strengths: "Loyal customers — “really”", achievements: "Opened 40 stores", goals: "Online first by 2030",
                     updatedAt: at ?? now)
    }

    @Test("notes are saved, read back whole, replaced by a later save and deleted, each user seeing only their own")
    func lifecycle() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true), bo = StoreFixtures.user("bo")
            try await store.createUser(ana)
            try await store.createUser(bo)
            #expect(try await store.companyNotes(northwind, of: ana.id) == nil)

            try await store.saveCompanyNotes(notes(), of: ana.id)
            try await store.saveCompanyNotes(notes("Contoso", field: nil), of: ana.id)
            #expect(try await store.companyNotes(northwind, of: ana.id) == notes())
            #expect(try await store.companyNotes(of: ana.id).map(\.company) == ["Contoso", "Northwind Traders"])
            #expect(try await store.companyNotes(of: ana.id).first?.field == nil)
            #expect(try await store.companyNotes(northwind, of: bo.id) == nil, "another user's notes stay hidden")
            #expect(try await store.companyNotes(of: bo.id).isEmpty)

            var changed = notes("NORTHWIND traders ltd", history: "Founded 1987.")
            changed.updatedAt = now.addingTimeInterval(60)
            try await store.saveCompanyNotes(changed, of: ana.id)
            #expect(try await store.companyNotes(northwind, of: ana.id) == changed, "same company, replaced")
            #expect(try await store.companyNotes(of: ana.id).count == 2)

            #expect(try await !store.deleteCompanyNotes(northwind, of: bo.id), "only the owner deletes")
            #expect(try await store.deleteCompanyNotes(northwind, of: ana.id))
            #expect(try await store.companyNotes(northwind, of: ana.id) == nil)
            #expect(try await !store.deleteCompanyNotes(northwind, of: ana.id))
        }
    }

    @Test("an import adds notes and replaces the user's own only with later ones, so importing twice changes nothing")
    func importNewerWins() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true)
            try await store.createUser(ana)
            try await store.saveCompanyNotes(notes(history: "Mine, newer", at: now), of: ana.id)
            let older = notes(history: "From the file, older", at: now.addingTimeInterval(-3600))
            let fresh = notes("Contoso", at: now.addingTimeInterval(-3600))
            for _ in 0..<2 {
                try await store.importInterviews([], practice: [], companies: [older, fresh], of: ana.id, newID: { InterviewID("x") })
            }
            #expect(try await store.companyNotes(northwind, of: ana.id)?.history == "Mine, newer")
            #expect(try await store.companyNotes(of: ana.id).count == 2)
            let newer = notes(history: "From the file, newer", at: now.addingTimeInterval(3600))
            try await store.importInterviews([], practice: [], companies: [newer], of: ana.id, newID: { InterviewID("x") })
            #expect(try await store.companyNotes(northwind, of: ana.id)?.history == "From the file, newer")
        }
    }

    @Test("deleting the account deletes its notes on companies")
    func deletedWithTheAccount() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true)
            try await store.createUser(ana)
            try await store.saveCompanyNotes(notes(), of: ana.id)
            try await store.deleteUser(ana.id)
            try await store.createUser(ana)
            #expect(try await store.companyNotes(of: ana.id).isEmpty)
        }
    }

    @Test("all interviews of a user come oldest first, and none of another user's")
    func allInterviews() async throws {
        try await withStore { store in
            let ana = StoreFixtures.user("ana", owner: true), bo = StoreFixtures.user("bo")
            try await store.createUser(ana)
            try await store.createUser(bo)
            try await store.saveInterview(StoreFixtures.interview("late", start: "2026-11-20T10:30:00-05:00"), of: ana.id)
            try await store.saveInterview(StoreFixtures.interview("early", start: "2026-11-02T09:00:00-05:00"), of: ana.id)
            try await store.saveInterview(StoreFixtures.interview("bo-1"), of: bo.id)
            #expect(try await store.allInterviews(of: ana.id).map(\.id.rawValue) == ["early", "late"])
        }
    }
}
