import Foundation
import GRDB
import PostcardsCore
import Testing
@testable import PostcardsStore

struct StatsCacheTests {
    func sorted(_ rows: [StatsInput.DayAnswers]) -> [String] {
        rows.filter { $0.answers > 0 }.map { "\($0.day) \($0.kind) \($0.grade) \($0.answers) \($0.young) \($0.mature)" }.sorted()
    }

    @Test func daySummaryEqualsTheLogAggregateAfterAnswersAndUndo() throws {
        let fixture = try StatsFixture.standard()
        let database = fixture.database
        try database.undoLatestAnswer(of: StatsFixture.id("b2"))
        try database.undoLatestAnswer(of: StatsFixture.id("a3"))
        #expect(try database.statsCacheProblems() == [])
        // The summary (whole collection) and the log itself (every chapter chosen) agree.
        let summary = try database.statsInput(today: StatsFixture.today).answers
        let fromLog = try database.statsInput(today: StatsFixture.today, chapters: ["a", "b"]).answers
        #expect(sorted(summary) == sorted(fromLog))
        #expect(summary.reduce(0) { $0 + $1.answers } == 16)
    }

    @Test func doctorFindsAndRebuildsDriftedCaches() throws {
        let fixture = try StatsFixture.standard()
        try fixture.database.writer.write { db in
            try db.execute(sql: "UPDATE review_day SET answers = answers + 1 WHERE day = ?", arguments: [StatsFixture.today.ordinal])
            try db.execute(sql: "UPDATE review_log SET prior_interval = 99 WHERE id = 1")
        }
        #expect(try fixture.database.statsCacheProblems().count == 2)
        try fixture.database.rebuildStatsCaches()
        #expect(try fixture.database.statsCacheProblems() == [])
    }

    @Test func bulkAppendWritesTheLogAndStatesReplayAgrees() throws {
        let fixture = try StatsFixture()
        let clock = StatsFixture.clock
        var schedule = CardSchedule.new
        let events = [(40, 4), (39, 5), (33, 3)].map { ago, grade -> ReviewEvent in
            let day = StatsFixture.today - ago
            schedule = schedule.applying(Grade(grade)!, on: day)
            return ReviewEvent(card: StatsFixture.id("a1"), at: clock.start(of: day), day: day, grade: Grade(grade)!,
                               kind: .review, answerMillis: 1000, after: schedule.state)
        }
        #expect(try fixture.database.bulkAppend(events) == 3)
        #expect(try fixture.database.checkHealth().isHealthy)
        #expect(try fixture.database.statsCacheProblems() == [])
    }
}
