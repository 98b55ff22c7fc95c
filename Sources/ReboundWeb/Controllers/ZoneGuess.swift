import Foundation
import ReboundCore
import ReboundStore

/// The time zone and start a new interview's form begins with, before the browser's own
/// script (`check.js`) replaces them with the device's zone and clock: the zone of the
/// user's latest interview, else the zone this server runs in; the start an hour ago.
struct ZoneGuess {
    let zone: Zone
    /// `YYYY-MM-DD` and `HH:MM` in `zone`: an hour before now, on a five-minute mark.
    let date: String
    let time: String

    static func make(for user: UserID, now: Date, storage: any ReboundStorage) async throws -> ZoneGuess {
        let latest = try await storage.interviews(of: user, now: now, limit: 1, offset: 0).first
        let zone = latest.flatMap { Zone(identifier: $0.timeZone) } ?? Zone(identifier: TimeZone.current.identifier) ?? Zone(identifier: "UTC")!
        var start = Int64(now.timeIntervalSince1970) - 3600
        start -= start % 300
        let values = Formatting.inputValues(start, in: zone)
        return ZoneGuess(zone: zone, date: values.date, time: values.time)
    }

    /// Every zone name Foundation knows, each with the city or place a person would search
    /// for ("Europe/London" as "London"), for the zone field's suggestions. The `Etc/GMT+5`
    /// kind are left out: their sign is the reverse of what they seem to say (it is UTC-5),
    /// so a person picking one would be hours off; typed by hand they still work.
    static let choices: [Choice] = TimeZone.knownTimeZoneIdentifiers.sorted()
        .filter { !$0.hasPrefix("Etc/GMT+") && !$0.hasPrefix("Etc/GMT-") }.map { name in
        let place = name.split(separator: "/").last.map { $0.replacingOccurrences(of: "_", with: " ") } ?? name
        return Choice(value: name, label: place, selected: false)
    }
}
