import Foundation
import ReboundForms
import Testing

/// Multipart bodies as real clients send them: captured from Chromium (a form with a file
/// input, `Uploads/chromium.body`) and from curl (`curl -F`, `Uploads/curl.body`), each with
/// the file `Uploads/uploaded.json`, whose content holds CRLFs, lone LFs, dashes, non-ASCII
/// letters and a line that looks like a boundary.
@Suite struct MultipartTests {
    func upload(_ name: String) throws -> (body: [UInt8], contentType: String) {
        let body = try #require(Bundle.module.url(forResource: name, withExtension: "body", subdirectory: "Uploads"))
        let type = try #require(Bundle.module.url(forResource: name, withExtension: "type", subdirectory: "Uploads"))
        return (Array(try Data(contentsOf: body)), try String(contentsOf: type, encoding: .utf8))
    }

    var uploaded: String {
        get throws {
            let url = try #require(Bundle.module.url(forResource: "uploaded", withExtension: "json", subdirectory: "Uploads"))
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    @Test(arguments: ["chromium", "curl"])
    func readsEveryFieldOfARealClientsBody(client: String) throws {
        let (body, contentType) = try upload(client)
        let boundary = try #require(Multipart.boundary(contentType: contentType))
        let form = try #require(Multipart.fields(body, boundary: boundary))
        #expect(form.fields.map(\.name) == ["csrf", "json", "file"])
        #expect(form["csrf"] == "tok-123_abc")
        #expect(form["json"] == (client == "chromium" ? "line one\nline two -- with dashes\n" : "line one"))
        // The file arrives byte for byte (the form's reading makes CRLF one line feed).
        #expect(form.fields[2].value == (try uploaded))
    }

    @Test(arguments: ["chromium", "curl"])
    func aBodyCutShortIsRefusedNotHalfRead(client: String) throws {
        let (body, contentType) = try upload(client)
        let boundary = try #require(Multipart.boundary(contentType: contentType))
        for cut in [body.count - 10, body.count / 2, 20, 0] {
            #expect(Multipart.fields(Array(body.prefix(cut)), boundary: boundary) == nil, "cut at \(cut)")
        }
    }

    @Test func boundariesAreReadAsRFC2046Says() {
        #expect(Multipart.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(Multipart.boundary(contentType: #"Multipart/Form-Data; charset=utf-8; boundary="a b:c""#) == "a b:c")
        #expect(Multipart.boundary(contentType: "multipart/form-data") == nil)
        #expect(Multipart.boundary(contentType: "multipart/form-data; boundary=") == nil)
        #expect(Multipart.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
        #expect(Multipart.boundary(contentType: "application/x-www-form-urlencoded") == nil)
    }

    @Test func aWrongBoundaryOrNoPartsGivesNoFields() throws {
        let (body, _) = try upload("curl")
        #expect(Multipart.fields(body, boundary: "not-the-boundary") == nil)
        #expect(Multipart.fields(Array("--B--\r\n".utf8), boundary: "B")?.fields.isEmpty ?? true)
    }

    /// A part whose headers never end in an empty line is refused; its headers were once read
    /// on into the next part, which then filed that part's content under the wrong name.
    @Test func aPartWithoutTheEmptyLineAfterItsHeadersIsRefused() {
        let good = "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--B\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\ntwo\r\n--B--\r\n"
        #expect(Multipart.fields(Array(good.utf8), boundary: "B")?.fields.map(\.value) == ["one", "two"])
        let broken = "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n--B\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\ntwo\r\n--B--\r\n"
        #expect(Multipart.fields(Array(broken.utf8), boundary: "B") == nil)
        // A part with no headers and nothing in it is still a part.
        let empty = "--B\r\n\r\n\r\n--B\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\ntwo\r\n--B--\r\n"
        #expect(Multipart.fields(Array(empty.utf8), boundary: "B")?.fields.map(\.value) == ["two"])
    }

    /// Found by fuzzing: a header name with a byte above 0x7F made MultipartKit 4.7.1 trap
    /// (an index out of its table), which would stop the server on one upload.
    @Test func aHeaderByteAbove0x7FIsReadNotTrapped() throws {
        let (body, contentType) = try upload("chromium")
        let boundary = try #require(Multipart.boundary(contentType: contentType))
        var broken = body
        let header = Array("Content-Disposition: form-data; name=\"json\"".utf8)
        let index = try #require(body.indices.first { body[$0...].starts(with: header) })
        broken[index + 5] = 0x8B  // "Conte\u{8B}t-Disposition"
        let form = try #require(Multipart.fields(broken, boundary: boundary))
        #expect(form.fields.map(\.name) == ["csrf", "file"])
    }

    /// Many parts and a large file read in time that grows with the body, not faster.
    @Test func aLargeBodyIsReadWhole() throws {
        let file = String(repeating: "--x\r\n-- --B\r\n", count: 40_000)
        var body = ""
        for index in 0..<200 { body += "--B\r\nContent-Disposition: form-data; name=\"f\(index)\"\r\n\r\nv\(index)\r\n" }
        body += "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n\(file)\r\n--B--\r\n"
        let form = try #require(Multipart.fields(Array(body.utf8), boundary: "B"))
        #expect(form.fields.count == 201)
        #expect(form.fields.last?.value == file)
    }
}
