import Foundation

/// Reads a `multipart/form-data` body (RFC 7578, RFC 2046), as a browser sends a form with
/// a file input. Every part becomes a form field named by its `Content-Disposition`; a
/// file's content becomes the field's value as UTF-8 text (Rebound only takes JSON files).
///
/// Hand-written rather than MultipartKit's parser: fuzzing found that MultipartKit 4.7.1
/// traps (and so stops the whole server) on a header name with a byte above 0x7F, and a
/// form is read before anyone signs in (docs/decisions.md, "Forms read by Rebound's own
/// code"). It is tested against bodies Chromium and curl sent, and fuzzed (scripts/fuzz).
/// Time is linear in the body's length whatever it holds.
public enum Multipart {
    /// The boundary named by a `Content-Type` header, when it is multipart/form-data with a
    /// boundary of 1 to 70 characters and no line break (RFC 2046).
    public static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = Substring(pair[1])
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = value.dropFirst().dropLast() }
            guard !value.isEmpty, value.utf8.count <= 70, !value.contains(where: { $0 == "\r" || $0 == "\n" }) else { return nil }
            return String(value)
        }
        return nil
    }

    /// The fields of the body; nil when it is not well-formed multipart (a body cut short,
    /// without its closing delimiter, is refused rather than half read).
    public static func fields(_ body: [UInt8], boundary: String) -> FormData? {
        guard !boundary.isEmpty, !boundary.utf8.contains(where: { $0 == 13 || $0 == 10 }) else { return nil }
        // Every delimiter is CRLF, two dashes and the boundary; the first may open the body
        // without its CRLF.
        let delimiter = Array("\r\n--\(boundary)".utf8)
        var position: Int
        if body.starts(with: delimiter.dropFirst(2)) {
            position = delimiter.count - 2
        } else {
            guard let first = find(delimiter, in: body, from: 0) else { return nil }
            position = first + delimiter.count
        }
        var fields: [(name: String, value: String)] = []
        while true {
            // After a delimiter: two dashes close the body; otherwise optional padding and a CRLF open a part.
            if has([45, 45], in: body, at: position) { return FormData(fields: fields) }
            while position < body.count, body[position] == 32 || body[position] == 9 { position += 1 }
            guard has([13, 10], in: body, at: position) else { return nil }
            // The part's headers end at the first empty line (which may come at once).
            guard let headersEnd = find([13, 10, 13, 10], in: body, from: position) else { return nil }
            let contentStart = headersEnd + 4
            // The next delimiter comes after the empty line: a part whose headers never end is
            // refused, not read into the part after it.
            guard let next = find(delimiter, in: body, from: position), next >= headersEnd + 2 else { return nil }
            guard next >= contentStart || next == headersEnd + 2 else { return nil }
            let headers = headersEnd > position + 2 ? String(decoding: body[(position + 2)..<headersEnd], as: UTF8.self) : ""
            if let name = fieldName(headers) {
                let content = next >= contentStart ? String(decoding: body[contentStart..<next], as: UTF8.self) : ""
                fields.append((name, content))
            }
            position = next + delimiter.count
        }
    }

    /// The `name` parameter of the part's `Content-Disposition` header.
    static func fieldName(_ headers: String) -> String? {
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":"),
                  line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            return parameter("name", of: line[line.index(after: colon)...])
        }
        return nil
    }

    /// A parameter of a header value such as `form-data; name="file"; filename="a.json"`,
    /// quotes removed (a browser writes a quote inside a name as `%22`).
    static func parameter(_ key: String, of value: Substring) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(key + "=") else { continue }
            var found = Substring(trimmed.dropFirst(key.count + 1))
            if found.count >= 2, found.hasPrefix("\""), found.hasSuffix("\"") { found = found.dropFirst().dropLast() }
            return String(found)
        }
        return nil
    }

    private static func has(_ bytes: [UInt8], in body: [UInt8], at position: Int) -> Bool {
        position + bytes.count <= body.count && body[position..<(position + bytes.count)].elementsEqual(bytes)
    }

    /// Where `needle` first stands in `haystack` at or after `start`. The needles here begin
    /// with CR and hold no other CR, so a try that fails stops at the latest at the next CR
    /// of the haystack, where the next try starts: each byte is looked at a bounded number of
    /// times, and the search is linear in the haystack.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= 0 else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            guard haystack[index] == first else {
                index += 1
                continue
            }
            var matched = 1
            while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return index }
            index += max(1, matched)
        }
        return nil
    }
}
