import Foundation
import Testing
@testable import PostcardsCore

struct DayClockTests {
    static func instant(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    let berlin = DayClock(timeZone: TimeZone(identifier: "Europe/Berlin")!, rolloverHour: 4)

    @Test func dayRollsOverAtFourInTheMorningNotAtMidnight() {
        #expect(berlin.day(containing: Self.instant("2026-12-01T03:59:59+01:00")) == Day(year: 2026, month: 11, day: 30))
        #expect(berlin.day(containing: Self.instant("2026-12-01T04:00:00+01:00")) == Day(year: 2026, month: 12, day: 1))
    }

    @Test func reviewTheEveningBeforeSpringForwardIsDueOnTheRightLocalDay() {
        // Europe/Berlin moves from 02:00 to 03:00 on 2026-03-29.
        let evening = Self.instant("2026-03-28T22:30:00+01:00")
        let day = berlin.day(containing: evening)
        #expect(day == Day(year: 2026, month: 3, day: 28))
        let due = day + 1
        #expect(due.iso == "2026-03-29")
        // The next study day starts at 04:00 local time, 23 hours after the previous one.
        #expect(berlin.start(of: due).timeIntervalSince(berlin.start(of: day)) == 23 * 3600)
        #expect(berlin.day(containing: Self.instant("2026-03-29T04:00:00+02:00")) == due)
        #expect(berlin.day(containing: Self.instant("2026-03-29T03:30:00+02:00")) == day)
    }

    @Test func reviewTheEveningBeforeFallBackIsDueOnTheRightLocalDay() {
        // Europe/Berlin moves from 03:00 back to 02:00 on 2026-10-25.
        let evening = Self.instant("2026-10-24T23:00:00+02:00")
        let day = berlin.day(containing: evening)
        #expect(day == Day(year: 2026, month: 10, day: 24))
        #expect(berlin.start(of: day + 1).timeIntervalSince(berlin.start(of: day)) == 25 * 3600)
        #expect(berlin.day(containing: Self.instant("2026-10-25T03:59:00+01:00")) == day)
        #expect(berlin.day(containing: Self.instant("2026-10-25T04:00:00+01:00")) == day + 1)
    }

    @Test func rolloverHourIsConfigurable() {
        let midnight = DayClock(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 0)
        #expect(midnight.day(containing: Self.instant("2026-12-01T00:00:00Z")) == Day(year: 2026, month: 12, day: 1))
    }

    @Test func dayArithmeticRoundTripsThroughCalendarDates() {
        #expect(Day(year: 1970, month: 1, day: 1).ordinal == 0)
        #expect(Day(year: 2024, month: 2, day: 29).iso == "2024-02-29")
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2026-12-01") == Day(year: 2026, month: 12, day: 1))
        #expect((Day(year: 2026, month: 12, day: 31) + 1).iso == "2027-01-01")
        #expect(Day(year: 2026, month: 11, day: 30).weekday == 0)
    }
}
