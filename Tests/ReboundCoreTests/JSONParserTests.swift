@testable import ReboundCore
import Testing

@Suite struct JSONParserTests {
    @Test func readsEveryKindOfValueAndKeepsKeyOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, 2.5, -3e2], "a": {"t": true, "f": false, "n": null}, "s": "x\n\u00e9\ud83d\ude00"}"#)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a", "s"])
        #expect(value["b"] == .array([.number(1), .number(2.5), .number(-300)]))
        #expect(value["a"]?["n"] == .null)
        #expect(value["s"] == .string("x\né😀"))
    }

    @Test(arguments: ["", "   ", "{", "[1,]", "{\"a\" 1}", "tru", "\"open", "01x", "{} {}", "[\"\u{01}\"]", "{'a': 1}"])
    func refusesMalformedDocuments(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func refusesInvalidUTF8WithAPosition() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func refusesNestingThatWouldExhaustTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test func reportsLineAndColumn() {
        do {
            _ = try JSONParser.parse("{\n  \"a\": 1,\n  \"b\": ?\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 8)
        }
    }

    @Test func writerOutputParsesBackToTheSameValue() throws {
        let value = JSONValue.object([("text", .string("quote \" backslash \\ tab \t line\u{2028}")), ("n", .number(42)),
                                      ("list", .array([.bool(true), .null, .number(0.25)]))])
        #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
        #expect(try JSONParser.parse(JSONWriter.write(value, pretty: false)) == value)
    }
}
