/// What was given to the message check, when it is not a message at all: an interview file
/// or another JSON document, or binary data such as a PDF, a Word file or an image. The check
/// reads plain text; anything else would give a report about nonsense.
public enum MessageInput {
    /// Why `bytes` cannot be checked as a message, said as what they look like; nil for text.
    public static func notAMessage(_ bytes: [UInt8]) -> String? {
        if let kind = binaryKind(bytes) { return "this is \(kind), not a message; give the message as plain text" }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return "this is not UTF-8 text (binary data, or text in another encoding); save the message as plain UTF-8 text"
        }
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = trimmed.first, first == "{" || first == "[" else { return nil }
        guard let value = try? JSONParser.parse(String(trimmed)) else { return nil }
        if case .object = value, value["format"] == .string(InterviewFile.format) || value["interview"] != nil {
            return "this is an interview file, not a message; give it with --context and the message as the file to check"
        }
        return "this is a JSON document, not a message; give the message as plain text"
    }

    /// The kind of a binary file, by its first bytes and by its control bytes.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            (Array("%PDF".utf8), "a PDF file"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP file (a Word .docx is one)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Word or Office file"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"), (Array("GIF8".utf8), "a GIF image"), (Array("{\\rtf".utf8), "an RTF document"),
            ([0x1F, 0x8B], "a gzip archive"), (Array("RIFF".utf8), "a media file"),
        ]
        for (signature, kind) in signatures where bytes.starts(with: signature) { return kind }
        // Text has no NUL and few other control bytes (tabs and line breaks aside).
        let sample = bytes.prefix(4096)
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        if sample.contains(0) || controls * 20 > sample.count { return "binary data" }
        return nil
    }
}
