/// Writes a recovery plan as an iCalendar file (RFC 5545): one VEVENT per step, ending at
/// the step's due time and lasting as long as the step takes, marked free so it never blocks
/// the calendar, with a reminder an hour before. A lapsed step stays in the file as a
/// cancelled event without a reminder, so a calendar that imported or subscribed to an earlier
/// plan takes it off. Lines end in CRLF and fold at 75 octets.
public enum CalendarExport {
    /// The calendar text. `stamp` is when the file is made (DTSTAMP); UIDs are stable, so
    /// importing a newer plan for the same interview updates the events instead of doubling them.
    public static func ics(for plan: RecoveryPlan, interview: Interview, stamp: Timestamp) -> String {
        calendar(named: "Rebound: \(interview.company), \(interview.role)", plans: [(plan.steps, interview, nil)], stamp: stamp)
    }

    /// One calendar holding steps of several interviews' plans (the app leaves out steps
    /// already done). With an `id` (the app's ID of the interview), each event's UID is
    /// keyed by it and the step, so a subscribed calendar updates an event in place when the
    /// interview's company, role or time is edited, and two interviews never share a UID;
    /// without one (a file), by the interview's company, role and start.
    public static func calendar(named name: String, plans: [(steps: [PlanStep], interview: Interview, id: String?)],
                                stamp: Timestamp) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Rebound//Recovery plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(name),
        ]
        for (steps, interview, id) in plans {
            lines += events(for: steps, interview: interview, id: id, stamp: stamp)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func events(for steps: [PlanStep], interview: Interview, id: String?, stamp: Timestamp) -> [String] {
        var lines: [String] = []
        let interviewKey = id.map { "i" + stableHash($0) } ?? stableHash("\(interview.company)|\(interview.role)|\(interview.start.seconds)")
        for step in steps {
            let start = step.due.adding(seconds: -Int64(max(step.minutes, 5) * 60))
            var description = step.detail
            if let caution = step.caution { description += "\n\nCaution: " + caution }
            if let draft = step.draft, !step.lapsed { description += "\n\nDraft: rebound draft (\(draft.rawValue))" }
            let subject = step.who ?? step.about ?? ""
            lines += [
                "BEGIN:VEVENT",
                "UID:\(step.kind.rawValue)-\(stableHash(subject))-\(interviewKey)@rebound.invalid",
                "DTSTAMP:\(utc(stamp))",
                "DTSTART:\(utc(start))",
                "DTEND:\(utc(step.due))",
                "SUMMARY:" + escape((step.late ? "Late: " : "") + step.title),
                "DESCRIPTION:" + escape(description),
                "CATEGORIES:Rebound," + escape(step.kind.rawValue),
                "TRANSP:TRANSPARENT",
            ]
            if step.lapsed {
                lines += ["STATUS:CANCELLED", "END:VEVENT"]
                continue
            }
            lines += [
                "STATUS:CONFIRMED",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:" + escape(step.title),
                "TRIGGER:-PT1H",
                "END:VALARM",
                "END:VEVENT",
            ]
        }
        return lines
    }

    /// `YYYYMMDDTHHMMSSZ`.
    static func utc(_ stamp: Timestamp) -> String {
        let (date, second) = stamp.withOffset(0).localParts
        return "\(pad(date.year, 4))\(pad(date.month, 2))\(pad(date.day, 2))T\(pad(second / 3600, 2))\(pad(second / 60 % 60, 2))\(pad(second % 60, 2))Z"
    }

    /// TEXT escaping of RFC 5545 section 3.3.11. A line break becomes `\\n`; every other
    /// control character (which TEXT may not hold) becomes a space, so no value can end its
    /// line and add a property of its own.
    static func escape(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r":
                if pending == "\n" { continue }
                result += "\\n"
            case "\u{2028}", "\u{2029}": result += "\\n"
            default: result.unicodeScalars.append(scalar.isControlCharacter ? " " : scalar)
            }
        }
        return result
    }

    /// Folds a content line so no line exceeds 75 octets, never splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var output = String.UnicodeScalarView()
        var lineOctets = 0
        for scalar in line.unicodeScalars {
            let octets = UTF8.width(scalar)
            if lineOctets + octets > 75 {
                output.append(contentsOf: "\r\n ".unicodeScalars)
                lineOctets = 1
            }
            output.append(scalar)
            lineOctets += octets
        }
        return String(output)
    }

    /// A short, stable hash (FNV-1a, 64-bit) in hex: the same input gives the same UID on every run.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
