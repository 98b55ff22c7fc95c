/// Writes drafts as RFC 5322 messages (MIME, UTF-8, quoted-printable) that mail clients
/// open as unsent drafts (`X-Unsent: 1`).
public enum MailExport {
    /// One message. `from` is the sender's address line (`Name <address>` or an address);
    /// `date` is when the draft is written; `sequence` keeps Message-IDs of one run apart.
    /// Every header field is encoded and folded (`MailHeaders`), so no name, subject or
    /// address can end its line and add a field of its own.
    public static func eml(for draft: Draft, from: String, date: Timestamp, sequence: Int) -> String {
        var headers: [String] = []
        if let sender = MailHeaders.parseMailbox(from), let field = MailHeaders.address("From", display: sender.display, address: sender.address) {
            headers.append(field)
        }
        if let email = draft.email, let field = MailHeaders.address("To", display: draft.to, address: email) {
            headers.append(field)
        }
        headers += [
            "Date: " + rfc5322Date(date),
            MailHeaders.unstructured("Subject", draft.subject),
            "Message-ID: <rebound.\(date.seconds).\(sequence).\(CalendarExport.stableHash(draft.body))@rebound.invalid>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "X-Unsent: 1",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + quotedPrintable(draft.body) + "\r\n"
    }

    /// The name of the file a draft is saved to: `01-thank-you-dana-reyes.eml`.
    /// Letters of any script are kept (`01-thank-you-zoë-müller.eml`); nothing else of the name is.
    public static func fileName(for draft: Draft, index: Int) -> String {
        let name = FileNames.slug(draft.to)
        return "\(pad(index + 1, 2))-\(draft.kind.rawValue)-\(name.isEmpty ? "draft" : name).eml"
    }

    /// `Sat, 21 Nov 2026 20:40:00 +0000`.
    static func rfc5322Date(_ stamp: Timestamp) -> String {
        let (date, second) = stamp.localParts
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let offset = stamp.offsetSeconds
        let sign = offset < 0 ? "-" : "+"
        return "\(days[date.weekday]), \(date.day) \(months[date.month - 1]) \(pad(date.year, 4)) "
            + "\(pad(second / 3600, 2)):\(pad(second / 60 % 60, 2)):\(pad(second % 60, 2)) "
            + "\(sign)\(pad(abs(offset) / 3600, 2))\(pad(abs(offset) / 60 % 60, 2))"
    }

    /// Quoted-printable (RFC 2045) with CRLF line breaks and soft breaks before 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded = ""
            var length = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                var piece: String
                if (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast) {
                    piece = String(UnicodeScalar(byte))
                } else {
                    piece = "=" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
                if length + piece.count > 75 {
                    encoded += "=\r\n"
                    length = 0
                }
                encoded += piece
                length += piece.count
            }
            lines.append(encoded)
        }
        return lines.joined(separator: "\r\n")
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var output = ""
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value: UInt32 = 0
            for (offset, byte) in chunk.enumerated() { value |= UInt32(byte) << (16 - 8 * offset) }
            for position in 0..<4 {
                if position <= chunk.count {
                    output.append(alphabet[Int((value >> (18 - 6 * position)) & 0x3F)])
                } else {
                    output.append("=")
                }
            }
            index += 3
        }
        return output
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

extension MailExport {
    /// The date of an mbox "From " line: `Sat Nov 21 20:40:00 2026`, in UTC.
    public static func mboxDate(_ stamp: Timestamp) -> String {
        let (date, second) = stamp.withOffset(0).localParts
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(days[date.weekday]) \(months[date.month - 1]) \(date.day) "
            + "\(pad(second / 3600, 2)):\(pad(second / 60 % 60, 2)):\(pad(second % 60, 2)) \(pad(date.year, 4))"
    }
}
