import Foundation
import GRDB
import PostcardsCore
import Testing
@testable import PostcardsStore

struct StatsQueriesTests {
    let today = StatsFixture.today

    func report(chapters: Set<String>? = nil, window: Int = 30) throws -> StatsReport {
        let fixture = try StatsFixture.standard()
        let input = try fixture.database.statsInput(today: today, windowDays: window, chapters: chapters)
        return StatsReport(input, timeZone: StatsFixture.clock.timeZone)
    }

    @Test func eachAnswerKeepsTheIntervalItsCardHadBeforeIt() throws {
        let fixture = try StatsFixture.standard()
        let priors = try fixture.database.writer.read { db in
            try Int?.fetchAll(db, sql: """
                SELECT prior_interval FROM review_log WHERE card_id = (SELECT id FROM card WHERE key = 'a3') ORDER BY id
                """)
        }
        #expect(priors == [nil, 1, 6, 15, 38, 1, 1])
    }

    @Test func todayCountsAnswersCardsTimeNewCardsAccuracyAndPendingRedrills() throws {
        let today = try report().todaySummary
        #expect(today.answers == 6)
        #expect(today.cards == 3)
        #expect(today.answerMillis == 30_000)
        #expect(today.secondsPerCard == 10)
        #expect(today.newLearned == 1)
        #expect(today.accuracy == PassRate(reviews: 3, passed: 1))
        #expect(today.redrills == 3)
        #expect(today.dueNow == 0)
        #expect(today.laterToday == 1)
    }

    @Test func chaptersCountStagesInCourseOrderWithRetentionOfSeenCards() throws {
        let report = try report()
        #expect(report.chapters.map(\.title) == ["Alpha chapter", "Beta chapter"])
        let alpha = report.chapters[0], beta = report.chapters[1]
        #expect([alpha.total, alpha.new, alpha.learning, alpha.young, alpha.mature, alpha.due] == [4, 1, 1, 1, 1, 0] as [Int])
        #expect([beta.total, beta.new, beta.learning, beta.young, beta.mature, beta.due] == [3, 1, 1, 1, 0, 0] as [Int])
        #expect(alpha.mastery == 0.375)
        // a1 twice and a3's lapse; b1 once (b2's first answer is not retention).
        #expect(alpha.retention == PassRate(reviews: 3, passed: 2))
        #expect(beta.retention == PassRate(reviews: 1, passed: 1))
    }

    @Test func forecastCountsCardsByDueDay() throws {
        let forecast = try report().forecast
        #expect(forecast.tomorrow == 2)
        #expect(forecast.days[5].count == 1)
        #expect(forecast.days[11].count == 2)
        #expect(forecast.nextWeek == 3)
        #expect(forecast.horizonTotal == 5)
    }

    @Test func trueRetentionSplitsScheduledReviewsByPriorInterval() throws {
        let windows = Dictionary(uniqueKeysWithValues: try report().retention.map { ($0.name, $0) })
        #expect(windows["today"]?.young == PassRate())
        #expect(windows["today"]?.mature == PassRate(reviews: 1, passed: 0))
        #expect(windows["7d"]?.young == PassRate(reviews: 1, passed: 1))
        #expect(windows["30d"]?.young == PassRate(reviews: 1, passed: 1))
        #expect(windows["365d"]?.young == PassRate(reviews: 5, passed: 5))
        #expect(windows["all"]?.young == PassRate(reviews: 5, passed: 5))
        #expect(windows["all"]?.mature == PassRate(reviews: 1, passed: 0))
    }

    @Test func heatmapAndStreaksFollowStudyDays() throws {
        let heatmap = try report().heatmap
        #expect(heatmap.count(on: today) == 6)
        #expect(heatmap.count(on: today - 1) == 1)
        #expect(heatmap.count(on: today - 60) == 2)
        #expect(heatmap.studyDays == 10)
        #expect(heatmap.currentStreak == 2)
        #expect(heatmap.longestStreak == 2)
    }

    @Test func distributionsCountCardsAndAnswers() throws {
        let report = try report()
        #expect(report.intervals.map(\.cards) == [2, 1, 1, 1, 0, 0, 0])
        let eases = Dictionary(uniqueKeysWithValues: report.eases.map { ($0.label, $0.cards) })
        #expect(eases["1.9"] == 1 && eases["2.1"] == 1 && eases["2.4"] == 1 && eases["2.5+"] == 2)
        #expect(report.grades.map(\.answers) == [0, 1, 1, 2, 5, 1])
        #expect(report.hours[10].answers == 10)
        #expect(report.hours[10].accuracy == PassRate(reviews: 7, passed: 5))
    }

    @Test func troubleListsLowestEaseCardsWhenThereIsNoLeech() throws {
        let report = try report()
        #expect(report.leechCount == 0)
        #expect(report.trouble.map(\.id.key) == ["b2", "a3", "b1"])
        #expect(report.trouble.map(\.efHundredths) == [196, 218, 246])
    }

    @Test func chapterOptionRestrictsEveryFigure() throws {
        let report = try report(chapters: ["b"])
        #expect(report.chapters.map(\.slug) == ["b"])
        #expect(report.todaySummary.answers == 3)
        #expect(report.heatmap.studyDays == 2)
        #expect(report.forecast.horizonTotal == 2)
        #expect(report.trouble.map(\.id.key) == ["b2", "b1"])
        #expect(report.retention.last?.total == PassRate())
        #expect(report.chapterFilter == ["b"])
    }

    @Test func leechesAreCardsWithEightLapsesMostFirst() throws {
        var fixture = try StatsFixture()
        // Learn b1 (1 → 6 days), then forget it eight times, relearning it in between.
        var ago = 80
        try fixture.answer("b1", ago: ago, grade: 5)
        for _ in 0..<8 {
            try fixture.answer("b1", ago: ago - 1, grade: 5)
            try fixture.answer("b1", ago: ago - 2, grade: 0)
            ago -= 2
        }
        let leeches = try fixture.database.leeches()
        #expect(leeches.map(\.id.key) == ["b1"])
        #expect(leeches.first?.lapses == 8)
        let report = StatsReport(try fixture.database.statsInput(today: today), timeZone: StatsFixture.clock.timeZone)
        #expect(report.leechCount == 1)
        #expect(report.trouble.first?.reason == .leech)
    }

    @Test func migrationFillsThePriorIntervalOfAnExistingLog() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v1: cards, chapters, review log, state cache")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO card (id, deck, key, chapter, kind, front, back, position, added_at) VALUES (1, 'd', 'k', 'a', 'basic', 'q', 'a', 1, 0);
                INSERT INTO review_log (card_id, at, day, grade, kind, answer_ms, repetitions, interval, ef) VALUES
                    (1, 0, 1, 4, 'review', 1, 1, 1, 250), (1, 0, 2, 4, 'review', 1, 2, 6, 250), (1, 0, 8, 4, 'review', 1, 3, 15, 250);
                """)
        }
        try Migrations.migrator.migrate(queue)
        let priors = try queue.read { db in try Int?.fetchAll(db, sql: "SELECT prior_interval FROM review_log ORDER BY id") }
        #expect(priors == [nil, 1, 6])
    }
}
