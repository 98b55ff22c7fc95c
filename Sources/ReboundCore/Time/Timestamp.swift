import Foundation

/// An instant as written in RFC 3339, keeping the UTC offset it was written with so it
/// can be written back exactly (`2026-11-20T10:30:00-05:00` stays that, not UTC).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int64
    /// Fraction of a second, in nanoseconds (0..<1e9).
    public let nanoseconds: Int32
    /// The offset from UTC, in seconds, the time was written with.
    public let offsetSeconds: Int
    /// True when the offset was written as `Z`.
    public let isZulu: Bool

    /// An instant with the offset it should be written with.
    public init(seconds: Int64, nanoseconds: Int32 = 0, offsetSeconds: Int, isZulu: Bool = false) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.offsetSeconds = offsetSeconds
        self.isZulu = isZulu && offsetSeconds == 0
    }

    /// The instant of a `Date`, written in UTC.
    public init(_ date: Date) {
        let whole = date.timeIntervalSince1970.rounded(.down)
        self.init(seconds: Int64(whole), nanoseconds: Int32(((date.timeIntervalSince1970 - whole) * 1e9).rounded(.down)),
                  offsetSeconds: 0, isZulu: true)
    }

    /// The instant as a Foundation `Date`.
    public var date: Date { Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1e9) }

    /// The same instant written with another offset.
    public func withOffset(_ offset: Int) -> Timestamp {
        Timestamp(seconds: seconds, nanoseconds: nanoseconds, offsetSeconds: offset)
    }

    /// This instant moved by a number of elapsed seconds, keeping its offset.
    public func adding(seconds delta: Int64) -> Timestamp {
        Timestamp(seconds: seconds + delta, nanoseconds: nanoseconds, offsetSeconds: offsetSeconds, isZulu: isZulu)
    }

    /// Instants compare by the moment they name, whatever offset they were written with.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }

    /// Two timestamps are equal when they name the same instant with the same notation.
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.seconds == rhs.seconds && lhs.nanoseconds == rhs.nanoseconds
            && lhs.offsetSeconds == rhs.offsetSeconds && lhs.isZulu == rhs.isZulu
    }

    /// The local calendar day and seconds into it, at this timestamp's own offset.
    public var localParts: (date: CivilDate, secondOfDay: Int) {
        let local = seconds + Int64(offsetSeconds)
        let days = Int((local >= 0 ? local : local - 86_399) / 86_400)
        return (CivilDate(daysSinceEpoch: days), Int(local - Int64(days) * 86_400))
    }

    /// RFC 3339 text, with a fraction only when there is one.
    public var rfc3339: String {
        let (date, secondOfDay) = localParts
        var text = "\(date)T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        if nanoseconds != 0 {
            var fraction = pad(Int(nanoseconds), 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        if isZulu { return text + "Z" }
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds)
        text += "\(sign)\(pad(magnitude / 3600, 2)):\(pad(magnitude / 60 % 60, 2))"
        if magnitude % 60 != 0 { text += ":\(pad(magnitude % 60, 2))" }  // historical LMT offsets
        return text
    }

    public var description: String { rfc3339 }
}

extension Timestamp {
    /// Parses an RFC 3339 date-time with an offset (`2026-11-20T10:30:00-05:00`,
    /// `2026-11-20T15:30:00.5Z`); nil for anything else, including impossible dates.
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + width] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += width
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
              let second = number(2),
              let date = CivilDate(year: year, month: month, day: day),
              hour < 24, minute < 60, second <= 60
        else { return nil }
        var nanoseconds = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            while index < bytes.count, (48...57).contains(bytes[index]) {
                if digits < 9 { nanoseconds = nanoseconds * 10 + Int(bytes[index] - 48) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 9) { nanoseconds *= 10 }
        }
        let offset: Int
        var zulu = false
        if expect("Zz") {
            offset = 0
            zulu = true
        } else {
            guard index < bytes.count else { return nil }
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            guard expect("+-"), let offsetHours = number(2), expect(":"), let offsetMinutes = number(2),
                  offsetHours < 24, offsetMinutes < 60 else { return nil }
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        }
        guard index == bytes.count else { return nil }
        // A leap second (:60) is read as the last second of its minute.
        let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59))
        self.init(seconds: local - Int64(offset), nanoseconds: Int32(nanoseconds), offsetSeconds: offset, isZulu: zulu)
    }
}
