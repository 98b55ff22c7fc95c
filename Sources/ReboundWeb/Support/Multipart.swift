import Foundation

/// Reads a `multipart/form-data` body (RFC 7578), as a browser sends a form with a file
/// input. Every part becomes a form field; a file's content becomes the field's value as
/// UTF-8 text (Rebound only takes JSON files).
enum Multipart {
    /// The boundary named by a `Content-Type` header, when it is multipart/form-data.
    static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty || value.utf8.count > 70 ? nil : value
        }
        return nil
    }

    /// The fields of the body; nil when it is not well-formed multipart.
    static func fields(_ body: [UInt8], boundary: String) -> FormData? {
        let delimiter = Array(("--" + boundary).utf8)
        var fields: [(name: String, value: String)] = []
        guard var position = find(delimiter, in: body, from: 0) else { return nil }
        position += delimiter.count
        while position + 1 < body.count {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { return FormData(fields: fields) }
            guard body[position] == 13, body[position + 1] == 10 else { return nil }
            position += 2
            guard let headersEnd = find(Array("\r\n\r\n".utf8), in: body, from: position) else { return nil }
            let headers = String(decoding: body[position..<headersEnd], as: UTF8.self)
            let contentStart = headersEnd + 4
            guard let next = find(Array("\r\n".utf8) + delimiter, in: body, from: contentStart) else { return nil }
            if let name = fieldName(headers) {
                fields.append((name, String(decoding: body[contentStart..<next], as: UTF8.self)))
            }
            position = next + 2 + delimiter.count
        }
        return nil
    }

    /// The `name` parameter of the part's Content-Disposition header.
    private static func fieldName(_ headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            for parameter in line.split(separator: ";").dropFirst() {
                let trimmed = parameter.trimmingCharacters(in: .whitespaces)
                guard trimmed.lowercased().hasPrefix("name=") else { continue }
                return String(trimmed.dropFirst(5)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
