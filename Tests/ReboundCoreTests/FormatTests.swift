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
        #expect(head.contains("From: \"Alex\" <alex@example.org>"))
        #expect(head.contains("Date: Fri, 20 Nov 2026 18:00:00 -0500"))
        #expect(head.contains("To: =?UTF-8?B?"))
        #expect(head.contains("Subject: =?UTF-8?B?"))
        #expect(head.contains("X-Unsent: 1") && head.contains("MIME-Version: 1.0"))
        for line in eml.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78) }
    }

    @Test func onlyTheDisplayNameIsEncodedNeverTheAddress() {
        #expect(MailExport.encodeAddress("Zoë Kim <zoe@example.org>") == "=?UTF-8?B?Wm/DqyBLaW0=?= <zoe@example.org>")
        #expect(MailExport.encodeAddress("Alex Kim <alex@example.org>") == "\"Alex Kim\" <alex@example.org>")
        #expect(MailExport.encodeAddress("<you@example.invalid>") == "<you@example.invalid>")
        #expect(MailExport.encodeAddress("alex@example.org") == "alex@example.org")
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
