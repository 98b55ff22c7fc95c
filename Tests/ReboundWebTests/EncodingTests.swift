@testable import ReboundWeb
import Testing

@Suite("Web: text in links and anchors")
struct EncodingTests {
    @Test("a query value keeps letters, digits and -._~ and encodes every other UTF-8 byte")
    func queryValues() {
        #expect("thank-you:Dana Reyes".queryValueEncoded == "thank-you%3ADana%20Reyes")
        #expect("a&b=c/d?e#f+g".queryValueEncoded == "a%26b%3Dc%2Fd%3Fe%23f%2Bg")
        #expect("José Müller".queryValueEncoded == "Jos%C3%A9%20M%C3%BCller")
        #expect("safe-._~AZaz09".queryValueEncoded == "safe-._~AZaz09")
        #expect("".queryValueEncoded == "")
    }

    @Test("a step's anchor keeps letters (of any alphabet) and digits; everything else becomes -")
    func anchors() {
        #expect(InterviewView.anchor("thank-you:Dana Reyes") == "thank-you-Dana-Reyes")
        #expect(InterviewView.anchor("call:José <b>") == "call-José--b-")
        #expect(InterviewView.anchor(String(repeating: "a", count: 200)).count == 80)
    }
}
