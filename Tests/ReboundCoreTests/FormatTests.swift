import Foundation
@testable import ReboundCore
import Testing

@Suite struct CalendarExportTests {
    let file = Fixtures.interview()
    let stamp = Fixtures.stamp("2026-11-20T18:00:00-05:00")

    var ics: String {
        CalendarExport.ics(for: RecoveryPlan(for: file, now: stamp), interview: file.interview, stamp: stamp)
    }

    @Test func isAWellFormedCalendarWithOneEventPerStep() {
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR" && lines.last == "")
        #expect(lines.contains("VERSION:2.0") && lines.contains { $0.hasPrefix("PRODID:") })
        let steps = RecoveryPlan(for: file, now: stamp).steps.count
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == steps)
        #expect(lines.filter { $0 == "END:VEVENT" }.count == steps)
        #expect(lines.contains("DTEND:20261121T045959Z"))  // 23:59:59 in New York
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func foldsLongLinesAt75OctetsAndEscapesText() {
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        #expect(CalendarExport.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let folded = CalendarExport.fold("SUMMARY:" + String(repeating: "é", count: 60))
        #expect(folded.components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + String(repeating: "é", count: 60))
    }

    /// Issue 19: a raw BEL reached `X-WR-CALNAME`. No control character reaches the file, and
    /// no value can end its line and add a property of its own.
    @Test func noValueCanAddAPropertyOrCarryAControlCharacter() {
        var hostile = file
        hostile.interview.company = "Acme\u{7}\r\nX-EVIL:1\rBEGIN:VEVENT"
        hostile.interview.interviewers[0].name = "Dana\u{1B}[31m\nATTENDEE:mailto:x@evil.example"
        let text = CalendarExport.ics(for: RecoveryPlan(for: hostile, now: stamp), interview: hostile.interview, stamp: stamp)
        #expect(text.unicodeScalars.allSatisfy { !$0.isControlCharacter || $0 == "\r" || $0 == "\n" })
        let lines = text.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("X-EVIL") || $0.hasPrefix("ATTENDEE") })
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == RecoveryPlan(for: hostile, now: stamp).steps.count)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(CalendarExport.escape("a\u{7}b\r\nc\rd") == "a b\\nc\\nd")
        let zalgo = "SUMMARY:" + "a" + String(repeating: "\u{301}", count: 200)
        #expect(CalendarExport.fold(zalgo).components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func uidsStayTheSameSoReimportingUpdates() {
        let uids = { (text: String) in text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        let later = CalendarExport.ics(for: RecoveryPlan(for: file, now: Fixtures.stamp("2026-11-25T09:00:00-05:00")),
                                       interview: file.interview, stamp: Fixtures.stamp("2026-11-25T09:00:00-05:00"))
        #expect(uids(ics) == uids(later))
        #expect(Set(uids(ics)).count == uids(ics).count)
    }
}

@Suite struct MailExportTests {
    let draft = Draft(kind: .thankYou, to: "Zoë Müller", email: "zoe@example.org", phone: nil,
                      subject: "Thank you — Café role", body: "Dear Zoë,\n\nThank you = gracias. " + String(repeating: "word ", count: 30) + "\n\nBest,\n")

    @Test func writesHeadersAMailClientOpensAsADraft() {
        let eml = MailExport.eml(for: draft, from: "Alex <alex@example.org>", date: Fixtures.stamp("2026-11-20T18:00:00-05:00"), sequence: 0)
        let head = eml.components(separatedBy: "\r\n\r\n")[0]
        #expect(head.contains("From: Alex <alex@example.org>"))
        #expect(head.contains("Date: Fri, 20 Nov 2026 18:00:00 -0500"))
        #expect(head.contains("To: =?UTF-8?B?"))
        #expect(head.contains("Subject: =?UTF-8?B?"))
        #expect(head.contains("X-Unsent: 1") && head.contains("MIME-Version: 1.0"))
        for line in eml.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78) }
    }

    @Test func onlyTheDisplayNameIsEncodedNeverTheAddress() {
        #expect(MailHeaders.address("To", display: "Zoë Kim", address: "zoe@example.org") == "To: =?UTF-8?B?Wm/DqyBLaW0=?= <zoe@example.org>")
        #expect(MailHeaders.address("To", display: "Alex Kim", address: "alex@example.org") == "To: Alex Kim <alex@example.org>")
        #expect(MailHeaders.address("To", display: "Dana R. Reyes", address: "d@example.org") == "To: \"Dana R. Reyes\" <d@example.org>")
        #expect(MailHeaders.address("To", display: nil, address: "alex@example.org") == "To: alex@example.org")
        #expect(MailHeaders.address("To", display: "Alex", address: "not an address") == nil)
        #expect(MailHeaders.parseMailbox("<you@example.invalid>")! == (nil, "you@example.invalid"))
        #expect(MailHeaders.parseMailbox("\"Kim, Alex\" <alex@example.org>")! == ("Kim, Alex", "alex@example.org"))
        #expect(MailHeaders.parseMailbox("not an address") == nil)
    }

    /// Issue 19: a line break in a name (interviewer, contact or the account's own) became a
    /// real `Bcc:` header. Every value is now kept on its own field, whatever it holds.
    @Test func noNameOrSubjectCanAddAHeaderOfItsOwn() {
        let hostile = Draft(kind: .thankYou, to: "Dana\r\nBcc: x@evil.example", email: "dana@example.org", phone: nil,
                            subject: "Thanks\nBcc: y@evil.example\u{7}\r\n\r\nInjected body", body: "Hi,\n")
        for from in ["Alex\nBcc: z@evil.example <alex@example.org>", "Alex\r\nBcc: z@evil.example\r\n <alex@example.org>",
                     "Zoë\u{85}Bcc: z@evil.example <alex@example.org>"] {
            let eml = MailExport.eml(for: hostile, from: from, date: Fixtures.stamp("2026-11-20T18:00:00Z"), sequence: 0)
            let fields = headerFields(eml)
            #expect(fields.map(\.name) == ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                                            "Content-Transfer-Encoding", "X-Unsent"], "\(fields)")
            #expect(!eml.lowercased().contains("\nbcc:"))
            #expect(eml.utf8.allSatisfy { $0 != 0x07 })
            let subject = fields.first { $0.name == "Subject" }!.value
            #expect(decodeEncodedWords(subject) == "Thanks Bcc: y@evil.example Injected body")
        }
    }

    /// Issue 19: encoded words made lines of 81 to 84 characters, and a long name a line of
    /// 1,138 octets. Every line now folds before 78 octets, whatever the text.
    @Test func everyHeaderLineFoldsBefore78Octets() {
        let longNames = [String(repeating: "Anna-Maria ", count: 40), String(repeating: "Zoë Müller-Šťastná ", count: 40),
                         String(repeating: "x", count: 600), String(repeating: "名前", count: 200), "Dana \"DJ\" Reyes"]
        for name in longNames {
            let draft = Draft(kind: .thankYou, to: name, email: "dana@example.org", phone: nil,
                              subject: name + " " + name, body: "Hi,\n")
            let eml = MailExport.eml(for: draft, from: "\(name) <alex@example.org>", date: Fixtures.stamp("2026-11-20T18:00:00Z"), sequence: 0)
            let head = eml.components(separatedBy: "\r\n\r\n")[0]
            for line in head.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78, "\(line)") }
            let fields = headerFields(eml)
            let to = decodeEncodedWords(fields.first { $0.name == "To" }!.value)
            #expect(to.hasSuffix("<dana@example.org>"))
            let display = String(to.dropLast(" <dana@example.org>".count))
            #expect(unquote(display) == name.trimmingWhitespace().split(separator: " ").joined(separator: " "), "\(display)")
        }
    }

    /// Found by attacking it: a name that is itself an encoded word went into a quoted string,
    /// which lenient readers (Python's `email`) decode, to a CR LF; and a single long word
    /// made a line of 80 to 85 octets.
    @Test func aNameThatLooksEncodedIsEncodedAndNoWordOverrunsALine() {
        let sly = "=?UTF-8?Q?Evil=0D=0ABcc=3A_x=40evil=2Eorg?="
        let to = MailHeaders.address("To", display: sly, address: "a@b.example")!
        #expect(to.hasPrefix("To: =?UTF-8?B?"))
        #expect(!to.contains("?Q?"))
        for value in [String(repeating: "S", count: 76) + " tail", String(repeating: "E", count: 72), String(repeating: "A", count: 76)] {
            for line in MailHeaders.unstructured("Subject", value).components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78, "\(line)") }
            for line in MailHeaders.address("From", display: value, address: "a@b.example")!.components(separatedBy: "\r\n") {
                #expect(line.utf8.count <= 78, "\(line)")
            }
        }
    }

    /// Found by attacking the app: a name of letters carrying thousands of accents made a
    /// download header of half a megabyte and a file name the disk refused.
    @Test func fileNamesStayShortWhateverTheLetters() {
        let heavy = String(repeating: "a" + String(repeating: "\u{301}", count: 500), count: 40)
        #expect(FileNames.slug(heavy).utf8.count <= 80)
        let draft = Draft(kind: .thankYou, to: heavy, email: nil, phone: nil, subject: "x", body: "y")
        #expect(MailExport.fileName(for: draft, index: 0).utf8.count < 120)
        #expect(FileNames.slug("Zoë Müller & Søn") == "zoë-müller-søn")
        #expect(FileNames.ascii("rebound-zoë-müller-北京-2026.ics") == "rebound-zoe-muller-2026.ics")
    }

    @Test func doubleQuotesInADisplayNameAreKept() {
        #expect(MailHeaders.address("From", display: "Dana \"DJ\" Reyes", address: "d@example.org")
            == "From: \"Dana \\\"DJ\\\" Reyes\" <d@example.org>")
    }

    /// The header fields of a message, unfolded, in order.
    func headerFields(_ eml: String) -> [(name: String, value: String)] {
        let head = eml.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
        return head.components(separatedBy: "\r\n").map { line in
            let colon = line.firstIndex(of: ":")!
            return (String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingWhitespace())
        }
    }

    /// Decodes `=?UTF-8?B?…?=` words as a mail reader does: white space between two encoded words is dropped.
    func decodeEncodedWords(_ value: String) -> String {
        var output = ""
        var previousEncoded = false
        var pendingSpace = ""
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") {
                let base64 = word.dropFirst(10).dropLast(2)
                let bytes = Foundation.Data(base64Encoded: String(base64)).map(Array.init) ?? []
                if !previousEncoded { output += pendingSpace }
                output += String(decoding: bytes, as: UTF8.self)
                previousEncoded = true
            } else {
                output += pendingSpace + word
                previousEncoded = false
            }
            pendingSpace = " "
        }
        return output
    }

    func unquote(_ text: String) -> String {
        guard text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
    }

    @Test func theBodyDecodesBackToTheDraft() {
        let eml = MailExport.eml(for: draft, from: "<a@b.example>", date: Fixtures.stamp("2026-11-20T18:00:00Z"), sequence: 1)
        let body = eml.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        #expect(decodeQuotedPrintable(body) == draft.body.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n")
    }

    @Test func base64MatchesKnownValues() {
        #expect(MailExport.base64(Array("Zoë".utf8)) == "Wm/Dqw==")
        #expect(MailExport.base64(Array("ab".utf8)) == "YWI=")
        #expect(MailExport.base64(Array("abc".utf8)) == "YWJj")
    }

    func decodeQuotedPrintable(_ text: String) -> String {
        let joined = text.replacingOccurrences(of: "=\r\n", with: "")
        var bytes: [UInt8] = []
        var index = joined.utf8.startIndex
        let utf8 = joined.utf8
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "="), let end = utf8.index(index, offsetBy: 3, limitedBy: utf8.endIndex),
               let value = UInt8(String(decoding: utf8[utf8.index(after: index)..<end], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index = end
            } else {
                bytes.append(utf8[index])
                index = utf8.index(after: index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
