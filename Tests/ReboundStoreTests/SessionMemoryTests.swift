import Foundation
import ReboundStore
import Testing

/// Sessions kept in memory are given back only while every change to them is heard, and
/// never past what the database would say.
@Suite("Storage: sessions kept in memory")
struct SessionMemoryTests {
    let now = StoreFixtures.now
    let ana = StoreFixtures.user("ana"), bo = StoreFixtures.user("bo")

    private func session(_ token: String, of user: User, hours: Double = 1) -> Session {
        Session(tokenHash: token, userID: user.id, csrfSecret: "csrf-\(token)", createdAt: now,
                expiresAt: now.addingTimeInterval(hours * 3_600))
    }

    private func listeningMemory() -> SessionMemory {
        let memory = SessionMemory(maximumAge: 30)
        memory.listening(true)
        return memory
    }

    @Test("nothing is kept or given while the listener is away, and going away forgets everything")
    func onlyWhileListening() {
        let memory = SessionMemory()
        memory.keep(session("a1", of: ana), ana, readAt: now, ticket: memory.ticket())
        #expect(memory.session(tokenHash: "a1", now: now) == nil)
        memory.listening(true)
        memory.keep(session("a1", of: ana), ana, readAt: now, ticket: memory.ticket())
        #expect(memory.session(tokenHash: "a1", now: now)?.1 == ana)
        memory.listening(false)
        #expect(memory.count == 0 && memory.session(tokenHash: "a1", now: now) == nil)
        memory.listening(true)
        #expect(memory.session(tokenHash: "a1", now: now) == nil, "changes made while away were not heard")
    }

    @Test("a kept session is given until it expires and for at most the maximum age")
    func neverPastExpiryOrAge() {
        let memory = listeningMemory()
        memory.keep(session("a1", of: ana, hours: 1), ana, readAt: now, ticket: memory.ticket())
        #expect(memory.session(tokenHash: "a1", now: now.addingTimeInterval(29))?.0.tokenHash == "a1")
        #expect(memory.session(tokenHash: "a1", now: now.addingTimeInterval(30)) == nil, "older than the maximum age")
        memory.keep(session("short", of: ana, hours: 0.001), ana, readAt: now, ticket: memory.ticket())
        #expect(memory.session(tokenHash: "short", now: now.addingTimeInterval(3.6)) == nil, "expired")
        memory.keep(session("a2", of: ana), ana, readAt: now, ticket: memory.ticket())
        #expect(memory.session(tokenHash: "a2", now: now.addingTimeInterval(-1)) == nil, "the clock went back")
    }

    @Test("a read that overlapped a change keeps nothing, since it may have read from before it")
    func overlappingReadsAreNotKept() {
        let memory = listeningMemory()
        let ticket = memory.ticket()
        memory.forget(user: bo.id)
        memory.keep(session("a1", of: ana), ana, readAt: now, ticket: ticket)
        #expect(memory.session(tokenHash: "a1", now: now) == nil)
        let away = memory.ticket()
        memory.listening(false)
        memory.listening(true)
        memory.keep(session("a1", of: ana), ana, readAt: now, ticket: away)
        #expect(memory.session(tokenHash: "a1", now: now) == nil)
    }

    @Test("an announcement forgets every session of the account it names, or the one session")
    func announcementsForget() {
        let memory = listeningMemory()
        for (token, user) in [("a1", ana), ("a2", ana), ("b1", bo)] {
            memory.keep(session(token, of: user), user, readAt: now, ticket: memory.ticket())
        }
        memory.forget(announced: Announcement.user(ana.id).payload)
        #expect(memory.session(tokenHash: "a1", now: now) == nil && memory.session(tokenHash: "a2", now: now) == nil)
        #expect(memory.session(tokenHash: "b1", now: now) != nil)
        memory.keep(session("a1", of: ana), ana, readAt: now, ticket: memory.ticket())
        memory.forget(announced: Announcement.session("b1").payload)
        #expect(memory.session(tokenHash: "b1", now: now) == nil && memory.session(tokenHash: "a1", now: now) != nil)
        memory.forget(announced: "something new")
        #expect(memory.count == 0, "an announcement it cannot read forgets everything")
    }

    @Test("announcements read back as sent")
    func announcementPayloads() {
        #expect(Announcement(payload: Announcement.user(ana.id).payload) == .user(ana.id))
        #expect(Announcement(payload: Announcement.session("hash:with:colons").payload) == .session("hash:with:colons"))
        #expect(Announcement(payload: "user") == nil)
    }
}
