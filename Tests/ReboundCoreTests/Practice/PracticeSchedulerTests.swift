import Foundation
import ReboundCore
import Testing

@Suite("Practice schedule (SM-2)")
struct PracticeSchedulerTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    func days(_ n: Double) -> TimeInterval { n * 86_400 }

    @Test("good answers come back after 1 day, then 6, then the last gap times the ease")
    func gapsGrow() {
        var state = PracticeScheduler.practised(nil, rating: .ok, at: start)
        #expect(state.intervalDays == 1)
        #expect(state.dueAt == start.addingTimeInterval(days(1)))
        #expect(state.streak == 1)
        #expect(state.ease == 2.5)

        let second = start.addingTimeInterval(days(1))
        state = PracticeScheduler.practised(state, rating: .ok, at: second)
        #expect(state.intervalDays == 6)
        #expect(state.dueAt == second.addingTimeInterval(days(6)))

        let third = second.addingTimeInterval(days(6))
        state = PracticeScheduler.practised(state, rating: .ok, at: third)
        #expect(state.intervalDays == 15)  // 6 × 2.5
        #expect(state.streak == 3)
    }

    @Test("a strong answer makes the question easier, so its gaps grow faster")
    func strongRaisesEase() {
        let once = PracticeScheduler.practised(nil, rating: .strong, at: start)
        #expect(abs(once.ease - 2.6) < 1e-9)
        let twice = PracticeScheduler.practised(once, rating: .strong, at: once.dueAt)
        let thrice = PracticeScheduler.practised(twice, rating: .strong, at: twice.dueAt)
        #expect(thrice.intervalDays == 17)  // 6 × 2.8, rounded
    }

    @Test("a weak answer starts the streak again and brings the question back the next day, ease unchanged")
    func weakResets() {
        var state = PracticeScheduler.practised(nil, rating: .strong, at: start)
        state = PracticeScheduler.practised(state, rating: .ok, at: state.dueAt)
        let failedAt = state.dueAt
        let failed = PracticeScheduler.practised(state, rating: .weak, at: failedAt)
        #expect(failed.streak == 0)
        #expect(failed.intervalDays == 1)
        #expect(failed.dueAt == failedAt.addingTimeInterval(days(1)))
        #expect(failed.ease == state.ease)
        #expect(failed.lastRating == .weak)
        #expect(PracticeScheduler.repeatsInSession(.weak))
        #expect(!PracticeScheduler.repeatsInSession(.ok))
        // After the failure the gaps grow again from the start.
        let again = PracticeScheduler.practised(failed, rating: .ok, at: failed.dueAt)
        #expect(again.intervalDays == 1)
    }

    @Test("the ease never falls below SM-2's floor of 1.3")
    func easeFloor() {
        var state = ReviewState(streak: 3, ease: 1.3, intervalDays: 10, dueAt: start, lastPractisedAt: start, lastRating: .ok)
        state = PracticeScheduler.practised(state, rating: .ok, at: start)
        #expect(state.ease >= PracticeScheduler.lowestEase)
        #expect(state.intervalDays == 13)
    }

    @Test("a question is due from its due time on, judged by the clock passed in")
    func dueness() {
        let state = PracticeScheduler.practised(nil, rating: .ok, at: start)
        #expect(!state.isDue(at: start.addingTimeInterval(days(1) - 1)))
        #expect(state.isDue(at: start.addingTimeInterval(days(1))))
    }
}
