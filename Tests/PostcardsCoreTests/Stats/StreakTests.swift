import Foundation
import Testing
@testable import PostcardsCore

struct StreakTests {
    static let berlin = DayClock(timeZone: TimeZone(identifier: "Europe/Berlin")!, rolloverHour: 4)
    static let today = Day(year: 2026, month: 3, day: 31)

    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func days(_ offsets: [Int]) -> Set<Day> { Set(offsets.map { today - $0 }) }

    @Test func currentStreakCountsConsecutiveStudyDaysEndingToday() {
        let streaks = Streaks(studyDays: Self.days([0, 1, 2, 4, 5]), today: Self.today)
        #expect(streaks.current == 3)
        #expect(streaks.longest == 3)
    }

    @Test func streakEndingYesterdayStaysCurrentWhileTodayIsStillOpen() {
        let streaks = Streaks(studyDays: Self.days([1, 2, 3, 4]), today: Self.today)
        #expect(streaks.current == 4)
    }

    @Test func aMissedDayBreaksTheCurrentStreakButTheLongestIsRemembered() {
        let streaks = Streaks(studyDays: Self.days([2, 3, 10, 11, 12, 13, 14]), today: Self.today)
        #expect(streaks.current == 0)
        #expect(streaks.longest == 5)
    }

    @Test func noStudyDaysMeansNoStreak() {
        let streaks = Streaks(studyDays: [], today: Self.today)
        #expect(streaks.current == 0 && streaks.longest == 0)
    }

    @Test func reviewAfterMidnightBeforeTheRolloverHourExtendsTheEveningsStudyDay() {
        // 22:00 on the 29th, then 01:30 and 03:59 in the night: all one study day (the 29th).
        let answers = ["2026-01-29T22:00:00+01:00", "2026-01-30T01:30:00+01:00", "2026-01-30T03:59:00+01:00"]
        let days = Set(answers.map { Self.berlin.day(containing: Self.instant($0)) })
        #expect(days == [Day(year: 2026, month: 1, day: 29)])
        // Asked on the 30th before any answer of the 30th, the streak is one day, not two.
        let streaks = Streaks(studyDays: days, today: Day(year: 2026, month: 1, day: 30))
        #expect(streaks.current == 1)
        #expect(streaks.longest == 1)
    }

    @Test func answerAtTheRolloverHourStartsTheNextStudyDayAndExtendsTheStreak() {
        let answers = ["2026-01-29T22:00:00+01:00", "2026-01-30T04:00:00+01:00"]
        let days = Set(answers.map { Self.berlin.day(containing: Self.instant($0)) })
        let streaks = Streaks(studyDays: days, today: Day(year: 2026, month: 1, day: 30))
        #expect(streaks.current == 2)
    }

    @Test func streakRunsUnbrokenAcrossTheSpringForwardAndFallBackNights() {
        // Berlin skips 02:00-03:00 on 2026-03-29 and repeats 02:00-03:00 on 2026-10-25.
        // One answer a study day, each in the small hours before the rollover hour, where
        // 86 400-second arithmetic would put two answers on one day and skip another.
        let spring = ["2026-03-28T03:30:00+01:00", "2026-03-29T03:30:00+02:00", "2026-03-30T03:30:00+02:00",
                      "2026-03-31T03:30:00+02:00"]
        let springDays = spring.map { Self.berlin.day(containing: Self.instant($0)) }
        #expect(springDays.map(\.iso) == ["2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30"])
        #expect(Streaks(studyDays: Set(springDays), today: Day(year: 2026, month: 3, day: 30)).current == 4)

        let autumn = ["2026-10-24T03:30:00+02:00", "2026-10-25T02:30:00+01:00", "2026-10-25T04:00:00+01:00",
                      "2026-10-26T03:59:00+01:00"]
        let autumnDays = autumn.map { Self.berlin.day(containing: Self.instant($0)) }
        #expect(autumnDays.map(\.iso) == ["2026-10-23", "2026-10-24", "2026-10-25", "2026-10-25"])
        let streaks = Streaks(studyDays: Set(autumnDays), today: Day(year: 2026, month: 10, day: 26))
        #expect(streaks.current == 3)
        #expect(streaks.longest == 3)
    }
}
