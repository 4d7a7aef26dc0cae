import Foundation
import Testing
@testable import PostcardsCore

struct StatsReportTests {
    static let today = Day(year: 2026, month: 11, day: 27)  // a Friday
    static let utc = TimeZone(identifier: "UTC")!

    static func row(_ ago: Int, _ kind: ReviewKind, _ grade: Int, _ answers: Int, young: Int = 0, mature: Int = 0)
        -> StatsInput.DayAnswers
    {
        StatsInput.DayAnswers(day: today - ago, kind: kind, grade: Grade(grade)!, answers: answers, young: young, mature: mature)
    }

    static func report(_ input: StatsInput, timeZone: TimeZone = utc) -> StatsReport {
        StatsReport(input, timeZone: timeZone)
    }

    @Test func todaysAccuracyCountsFirstAnswersOnlyAndRedrillsSeparately() {
        let input = StatsInput(
            today: Self.today, windowDays: 30,
            answers: [Self.row(0, .review, 5, 6), Self.row(0, .review, 2, 2), Self.row(0, .drill, 4, 2),
                      Self.row(0, .drill, 1, 1), Self.row(1, .review, 0, 9)],
            activity: .init(cards: 8, answerMillis: 60_000, newLearned: 3, pendingRedrills: 1))
        let today = Self.report(input).todaySummary
        #expect(today.answers == 11)
        #expect(today.cards == 8)
        #expect(today.accuracy == PassRate(reviews: 8, passed: 6))
        #expect(today.redrills == 3)
        #expect(today.newLearned == 3)
        #expect(today.laterToday == 1)
        #expect(today.secondsPerCard == 7.5)
    }

    @Test func chapterStagesMasteryAndRetentionAddUpInTheTotal() {
        let input = StatsInput(
            today: Self.today, windowDays: 30,
            chapters: [
                .init(deck: "d", slug: "a", title: "A", total: 10, new: 2, learning: 2, young: 4, mature: 2, due: 3, leeches: 1),
                .init(deck: "d", slug: "b", title: "B", total: 4, new: 4, learning: 0, young: 0, mature: 0, due: 0, leeches: 0),
            ],
            chapterRetention: [.init(deck: "d", slug: "a", reviews: 20, passed: 17)])
        let report = Self.report(input)
        #expect(report.chapters.map(\.slug) == ["a", "b"])
        #expect(report.chapters[0].mastery == 0.4)  // (2 + 4/2) / 10
        #expect(report.chapters[0].retention.rate == 0.85)
        #expect(report.chapters[1].mastery == 0)
        #expect(report.chapters[1].retention.rate == nil)
        #expect(report.total.total == 14 && report.total.new == 6 && report.total.due == 3)
        #expect(report.todaySummary.dueNow == 3)
        #expect(report.leechCount == 1)
    }

    @Test func forecastListsEveryDayOfTheHorizonWithTomorrowWeekAndTotal() {
        let due: [Day: Int] = [Self.today + 1: 4, Self.today + 7: 2, Self.today + 8: 5, Self.today + 30: 1, Self.today + 31: 9]
        let forecast = Self.report(StatsInput(today: Self.today, windowDays: 30, dueByDay: due)).forecast
        #expect(forecast.days.count == 30)
        #expect(forecast.days.first?.day == Self.today + 1)
        #expect(forecast.tomorrow == 4)
        #expect(forecast.nextWeek == 6)
        #expect(forecast.horizonTotal == 12)
    }

    @Test func heatmapStartsOnTheMondayTwentyFiveWeeksBeforeThisWeekAndEndsToday() {
        let input = StatsInput(
            today: Self.today, windowDays: 30,
            answers: [Self.row(0, .review, 4, 8), Self.row(0, .drill, 4, 2), Self.row(3, .cram, 3, 5),
                      Self.row(200, .review, 5, 40)])
        let heatmap = Self.report(input).heatmap
        #expect(heatmap.start.weekday == 0)
        #expect(heatmap.start == Day(year: 2026, month: 6, day: 1))
        #expect(heatmap.weeks == 26)
        #expect(heatmap.count(on: Self.today) == 10)
        #expect(heatmap.count(on: Self.today - 3) == 5)
        #expect(heatmap.count(on: Self.today + 1) == nil)
        #expect(heatmap.count(on: Self.today - 200) == nil)
        #expect(heatmap.studyDays == 2)
        #expect(heatmap.level(of: 10) == 4 && heatmap.level(of: 5) == 2 && heatmap.level(of: 1) == 1 && heatmap.level(of: 0) == 0)
        #expect(heatmap.levelThresholds == [1, 3, 6, 8])
        #expect(heatmap.currentStreak == 1)
    }

    @Test func trueRetentionCountsOnlyFirstAnswersOfADayInEachWindow() {
        let input = StatsInput(
            today: Self.today, windowDays: 30,
            answers: [
                Self.row(0, .review, 4, 3, young: 2, mature: 1),
                Self.row(0, .review, 1, 1, young: 1),
                // Re-drills and cram of the same cards never count, pass or fail.
                Self.row(0, .drill, 5, 4, young: 3, mature: 1),
                Self.row(0, .cram, 0, 2, young: 2),
                Self.row(6, .review, 3, 2, mature: 2),
                Self.row(7, .import, 2, 1, mature: 1),
                Self.row(100, .review, 5, 4, young: 4),
                Self.row(400, .import, 0, 2, young: 2),
            ])
        let windows = Dictionary(uniqueKeysWithValues: Self.report(input).retention.map { ($0.name, $0) })
        #expect(windows["today"]?.young == PassRate(reviews: 3, passed: 2))
        #expect(windows["today"]?.mature == PassRate(reviews: 1, passed: 1))
        #expect(windows["7d"]?.mature == PassRate(reviews: 3, passed: 3))
        #expect(windows["30d"]?.mature == PassRate(reviews: 4, passed: 3))
        #expect(windows["365d"]?.young == PassRate(reviews: 7, passed: 6))
        #expect(windows["all"]?.young == PassRate(reviews: 9, passed: 6))
        #expect(windows["all"]?.total == PassRate(reviews: 13, passed: 9))
    }

    @Test func intervalAndEaseBucketsSplitAtTheDocumentedBounds() {
        let input = StatsInput(
            today: Self.today, windowDays: 30,
            cardsByInterval: [1: 5, 6: 2, 20: 3, 21: 4, 400: 1],
            cardsByEase: [130: 2, 139: 1, 249: 3, 250: 7, 290: 1])
        let report = Self.report(input)
        let intervals = Dictionary(uniqueKeysWithValues: report.intervals.map { ($0.label, $0.cards) })
        #expect(intervals == ["1 d": 5, "2-6 d": 2, "1-3 wk": 3, "3-8 wk": 4, "2-6 mo": 0, "6-12 mo": 0, "1 y+": 1])
        #expect(report.eases.count == 13)
        #expect(report.eases[0].label == "1.3" && report.eases[0].cards == 3)
        #expect(report.eases[11].label == "2.4" && report.eases[11].cards == 3)
        #expect(report.eases[12].label == "2.5+" && report.eases[12].cards == 8)
    }

    @Test func gradeDistributionCoversEveryAnswerInTheWindowOnly() {
        let input = StatsInput(
            today: Self.today, windowDays: 7,
            answers: [Self.row(0, .review, 5, 3), Self.row(0, .drill, 5, 1), Self.row(6, .review, 0, 2),
                      Self.row(7, .review, 0, 50)])
        let grades = Self.report(input).grades.map(\.answers)
        #expect(grades == [2, 0, 0, 0, 0, 4])
    }

    @Test func hourlyBreakdownUsesLocalHoursOnBothSidesOfADSTChange() {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        func quarter(_ text: String) -> Int {
            Int(ISO8601DateFormatter().date(from: text)!.timeIntervalSince1970) / 900
        }
        let input = StatsInput(
            today: Self.today, windowDays: 365,
            quarterHours: [
                .init(quarter: quarter("2026-03-27T08:15:00+01:00"), answers: 3, scheduling: 2, passed: 2),
                .init(quarter: quarter("2026-03-30T08:45:00+02:00"), answers: 1, scheduling: 1, passed: 0),
                .init(quarter: quarter("2026-10-26T23:00:00+01:00"), answers: 2, scheduling: 2, passed: 1),
            ])
        let hours = Self.report(input, timeZone: berlin).hours
        #expect(hours.count == 24)
        #expect(hours[8].answers == 4)
        #expect(hours[8].accuracy == PassRate(reviews: 3, passed: 2))
        #expect(hours[23].answers == 2)
        #expect(hours.reduce(0) { $0 + $1.answers } == 6)
    }

    @Test func hourlyBreakdownHonoursHalfHourTimeZones() {
        let kolkata = TimeZone(identifier: "Asia/Kolkata")!
        let quarter = Int(ISO8601DateFormatter().date(from: "2026-11-20T03:45:00Z")!.timeIntervalSince1970) / 900
        let input = StatsInput(today: Self.today, windowDays: 30, quarterHours: [.init(quarter: quarter, answers: 1, scheduling: 1, passed: 1)])
        #expect(Self.report(input, timeZone: kolkata).hours[9].answers == 1)
    }

    @Test func troubleRowsNameLeechesAndLowEaseCards() {
        let input = StatsInput(
            today: Self.today, windowDays: 30,
            trouble: [
                .init(id: CardID(deck: "d", key: "k1"), chapter: "a", lapses: 9, efHundredths: 130, interval: 1, due: Self.today),
                .init(id: CardID(deck: "d", key: "k2"), chapter: "b", lapses: 2, efHundredths: 140, interval: 6, due: Self.today + 3),
            ])
        #expect(Self.report(input).trouble.map(\.reason) == [.leech, .lowEase])
    }
}
