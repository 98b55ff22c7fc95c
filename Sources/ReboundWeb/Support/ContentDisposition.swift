import ReboundCore

/// `Content-Disposition` for a download (RFC 6266): a plain ASCII `filename` every browser
/// reads, and, when the name has other letters, the name itself as `filename*` (RFC 8187).
/// Neither can hold a quote, a semicolon or a line break of the name's own.
enum ContentDisposition {
    static func attachment(_ name: String) -> String {
        let fallback = FileNames.ascii(name)
        var value = "attachment; filename=\"\(fallback.isEmpty ? "download" : fallback)\""
        if fallback != name { value += "; filename*=UTF-8''" + name.queryValueEncoded }
        return value
    }
}
