import ReboundCore
import Testing

@Suite("Step keys")
struct StepKeyTests {
    @Test("a key is written from a step's kind and subject and read back into the same parts")
    func roundTrip() {
        let person = StepKey(kind: .thankYou, who: "Dana Reyes", about: nil)
        #expect(person.rawValue == "thank-you:Dana Reyes")
        #expect(person.parts == ("thank-you", "Dana Reyes", nil))
        let question = StepKey(kind: .practice, who: nil, about: "Why us? A: the mission")
        #expect(question.rawValue == "practice~Why us? A: the mission")
        #expect(question.parts == ("practice", nil, "Why us? A: the mission"))
        #expect(StepKey(kind: .revisitNotes, who: nil, about: nil).parts == ("revisit-notes", nil, nil))
    }
}
