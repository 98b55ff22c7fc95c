import Foundation
import ReboundCore

/// Dates and times as a person reads them, in the interview's own zone.
enum Formatting {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Fri 20 Nov 2026, 23:59`, at the zone's offset on that instant.
    static func dateTime(_ seconds: Int64, in zone: Zone) -> String {
        dateTime(zone.timestamp(seconds))
    }

    /// The same, at the offset the timestamp carries (a plan step's due time carries its zone's).
    static func dateTime(_ stamp: Timestamp) -> String {
        let (date, second) = stamp.localParts
        return "\(day(date)), \(twoDigits(second / 3600)):\(twoDigits(second % 3600 / 60))"
    }

    /// `Fri 20 Nov 2026`.
    static func day(_ date: CivilDate) -> String {
        "\(weekdays[date.weekday]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// The day of an instant in UTC, for account events that belong to no interview's zone.
    static func day(_ date: Date) -> String { day(Timestamp(date).withOffset(0).localParts.date) }

    /// The local day and the seconds into it.
    static func localParts(_ seconds: Int64, in zone: Zone) -> (CivilDate, Int) {
        let parts = zone.timestamp(seconds).localParts
        return (parts.date, parts.secondOfDay)
    }

    /// `2026-11-20` and `10:30` for date and time inputs.
    static func inputValues(_ seconds: Int64, in zone: Zone) -> (date: String, time: String) {
        let (date, second) = localParts(seconds, in: zone)
        return (date.description, "\(twoDigits(second / 3600)):\(twoDigits(second % 3600 / 60))")
    }

    /// The instant of a local date (`2026-11-20`) and time (`10:30`) in a zone, or nil when
    /// either does not read.
    static func instant(date: String, time: String, in zone: Zone) -> Timestamp? {
        let dateParts = date.split(separator: "-").compactMap { Int($0) }
        let timeParts = time.split(separator: ":").compactMap { Int($0) }
        guard dateParts.count == 3, let civil = CivilDate(year: dateParts[0], month: dateParts[1], day: dateParts[2]),
              timeParts.count >= 2, (0..<24).contains(timeParts[0]), (0..<60).contains(timeParts[1])
        else { return nil }
        let seconds = zone.instant(on: civil, atSecondOfDay: timeParts[0] * 3600 + timeParts[1] * 60)
        return zone.timestamp(seconds)
    }

    /// How far away a due time is, in words: `in 3 hours`, `2 days ago`.
    static func relative(_ seconds: Int64, from now: Date) -> String {
        let delta = Double(seconds) - now.timeIntervalSince1970
        let magnitude = abs(delta)
        let amount: String
        if magnitude < 3600 { amount = plural(max(1, Int(magnitude / 60)), "minute") }
        else if magnitude < 86_400 * 2 { amount = plural(Int(magnitude / 3600), "hour") }
        else { amount = plural(Int(magnitude / 86_400), "day") }
        return delta >= 0 ? "in \(amount)" : "\(amount) ago"
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
