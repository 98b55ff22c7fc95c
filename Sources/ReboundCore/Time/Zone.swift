import Foundation

/// An IANA time zone used to reckon local days: "the interview's day", "end of day",
/// "the next business day". Offsets come from Foundation's zone database.
public struct Zone: Sendable, Hashable {
    /// The IANA identifier, such as `America/New_York`.
    public let identifier: String
    private let timeZone: TimeZone

    /// The zone of an IANA name; nil when the name is unknown.
    public init?(identifier: String) {
        guard !identifier.isEmpty, identifier.count <= 64, let timeZone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.timeZone = timeZone
    }

    /// The UTC offset, in seconds, in force at an instant.
    public func offset(at seconds: Int64) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
    }

    /// The local calendar day an instant falls on.
    public func day(of seconds: Int64) -> CivilDate {
        Timestamp(seconds: seconds, offsetSeconds: offset(at: seconds)).localParts.date
    }

    /// The instant at which the local clock shows `secondOfDay` on `date`. In a
    /// spring-forward gap the clock time does not exist and the instant just after the
    /// gap is given; in a fall-back overlap the earlier instant is given.
    public func instant(on date: CivilDate, atSecondOfDay secondOfDay: Int) -> Int64 {
        let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(secondOfDay)
        let before = offset(at: local - 86_400 / 2)
        let after = offset(at: local + 86_400 / 2)
        let earlier = local - Int64(max(before, after))
        let later = local - Int64(min(before, after))
        for candidate in [earlier, later] where Int64(offset(at: candidate)) == local - candidate {
            return candidate
        }
        return local - Int64(before)  // gap: the wall time is skipped, land just after it
    }

    /// 23:59:59 local time on `date`.
    public func endOfDay(_ date: CivilDate) -> Int64 { instant(on: date, atSecondOfDay: 86_399) }

    /// An instant written with the offset this zone has at that instant.
    public func timestamp(_ seconds: Int64) -> Timestamp {
        Timestamp(seconds: seconds, offsetSeconds: offset(at: seconds))
    }
}
