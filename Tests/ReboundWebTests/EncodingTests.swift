import HTTPTypes
import Hummingbird
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

    @Test("a cookie is found by its exact name among the others, as Hummingbird's own parser finds it")
    func cookies() {
        func request(_ headers: [String]) -> Request {
            var fields = HTTPFields()
            for header in headers { fields.append(HTTPField(name: .cookie, value: header)) }
            return Request(head: HTTPRequest(method: .get, scheme: nil, authority: "localhost", path: "/", headerFields: fields),
                           body: .init(buffer: ByteBuffer()))
        }
        let cases: [[String]] = [
            ["rebound_session=abc-_123"], ["a=1; rebound_session=tok=en;b=2"], ["xrebound_session=1; rebound_session_x=2"],
            ["rebound_session="], ["a=1;;  \trebound_session=x y ;"], ["a=1", "rebound_session=second"],
            ["rebound_session=first; rebound_session=second"], ["rebound_session"], [""], [],
        ]
        for headers in cases {
            let request = request(headers)
            #expect(request.cookieValue("rebound_session") == request.cookies["rebound_session"]?.value, "\(headers)")
        }
        #expect(request(["a=1; rebound_session=tok=en;b=2"]).cookieValue("rebound_session") == "tok=en")
        #expect(request(["xrebound_session=1"]).cookieValue("rebound_session") == nil)
    }
}
