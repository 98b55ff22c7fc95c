@testable import ReboundCore
import Testing

@Suite struct TimestampTests {
    @Test(arguments: ["2026-11-20T10:30:00-05:00", "2026-11-20T15:30:00Z", "2026-03-08T02:30:00.125+05:30",
                      "1999-12-31T23:59:59+00:00", "2028-02-29T12:00:00-08:00"])
    func writesBackExactlyWhatItRead(_ text: String) throws {
        #expect(try #require(Timestamp(rfc3339: text)).rfc3339 == text)
    }

    @Test(arguments: ["2026-11-20", "2026-11-20 10:30", "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z",
                      "2026-11-20T24:00:00Z", "2026-11-20T10:30:00", "2026-11-20T10:30:00+5:00", "tomorrow",
                      "2026-11-20T10:30:00-05:00 ", "2027-02-29T10:00:00Z"])
    func refusesWhatIsNotAnRFC3339DateTimeWithOffset(_ text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }

    @Test func comparesInstantsWhateverTheirOffset() throws {
        let newYork = try #require(Timestamp(rfc3339: "2026-11-20T10:30:00-05:00"))
        let utc = try #require(Timestamp(rfc3339: "2026-11-20T15:30:00Z"))
        #expect(!(newYork < utc) && !(utc < newYork))
        #expect(newYork.seconds == utc.seconds)
    }
}

@Suite struct CivilDateTests {
    @Test func knowsWeekdays() throws {
        #expect(try #require(CivilDate(year: 2026, month: 11, day: 20)).weekday == 5)  // Friday
        #expect(try #require(CivilDate(year: 1970, month: 1, day: 1)).weekday == 4)   // Thursday
        #expect(try #require(CivilDate(year: 2000, month: 2, day: 29)).weekday == 2)   // Tuesday
    }

    @Test func nextBusinessDaySkipsTheWeekend() throws {
        let friday = try #require(CivilDate(year: 2026, month: 11, day: 20))
        #expect(friday.nextBusinessDay.description == "2026-11-23")
        let saturday = friday.adding(days: 1)
        #expect(saturday.nextBusinessDay.description == "2026-11-23")
        #expect(friday.adding(days: -1).nextBusinessDay == friday)
    }

    @Test func roundTripsDaysSinceEpochAcrossCenturies() {
        for days in stride(from: -800_000, through: 2_900_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }
}

@Suite struct ZoneTests {
    let newYork = Zone(identifier: "America/New_York")!

    @Test func endOfDayIsOneSecondBeforeLocalMidnight() throws {
        let day = try #require(CivilDate(year: 2026, month: 11, day: 20))
        #expect(newYork.timestamp(newYork.endOfDay(day)).rfc3339 == "2026-11-20T23:59:59-05:00")
        let summer = try #require(CivilDate(year: 2026, month: 7, day: 1))
        #expect(newYork.timestamp(newYork.endOfDay(summer)).rfc3339 == "2026-07-01T23:59:59-04:00")
    }

    @Test func aSkippedClockTimeLandsJustAfterTheGap() throws {
        // 2026-03-08 02:30 does not exist in New York: clocks jump from 02:00 to 03:00.
        let day = try #require(CivilDate(year: 2026, month: 3, day: 8))
        let instant = newYork.instant(on: day, atSecondOfDay: 2 * 3600 + 30 * 60)
        #expect(newYork.timestamp(instant).rfc3339 == "2026-03-08T03:30:00-04:00")
    }

    @Test func unknownZonesAreRefused() {
        #expect(Zone(identifier: "Mars/Olympus_Mons") == nil)
        #expect(Zone(identifier: "") == nil)
    }
}
