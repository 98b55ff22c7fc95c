import ReboundCore
@testable import ReboundStore
import Testing

@Suite("Store: decoded interview files kept in memory")
struct DecodedFilesTests {
    @Test("the same stored text gives the same file; changed text is decoded afresh")
    func followsTheStoredText() throws {
        let files = DecodedFiles(capacity: 10)
        let first = StoreFixtures.file(company: "Northwind Traders")
        let changed = StoreFixtures.file(company: "Contoso Pharmaceuticals")
        #expect(try files.file(id: "a", json: first.jsonText()) == first)
        #expect(try files.file(id: "a", json: first.jsonText()) == first)
        #expect(try files.file(id: "a", json: changed.jsonText()) == changed)
        #expect(try files.file(id: "b", json: first.jsonText()) == first)
        #expect(files.count == 2)
    }

    @Test("text that is not an interview file is refused and not kept")
    func refusesBadText() {
        let files = DecodedFiles(capacity: 10)
        #expect(throws: InterviewFileError.self) { try files.file(id: "a", json: "{\"version\": 1}") }
        #expect(files.count == 0)
    }

    @Test("it never holds more than its capacity, and keeps the files used last")
    func staysSmall() throws {
        let files = DecodedFiles(capacity: 4)
        let json = StoreFixtures.file().jsonText()
        for id in ["a", "b", "c", "d"] { _ = try files.file(id: id, json: json) }
        _ = try files.file(id: "a", json: json) // used again: now the most recent
        _ = try files.file(id: "e", json: json)
        #expect(files.count <= 4)
        #expect(files.contains("a") && files.contains("e"))
        #expect(!files.contains("b"))
    }
}
