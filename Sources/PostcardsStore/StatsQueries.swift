import GRDB
import PostcardsCore

/// The aggregate SQL behind `AppDatabase.statsInput`. scripts/stats-equivalent.sql runs
/// the same statements in the sqlite3 shell, as the floor performance is measured against.
enum StatsQueries {
    static let scheduling = "kind IN ('review', 'import')"
    static let pass = "grade >= \(Grade.passThreshold)"
    /// A prior interval above one day means the card had passed twice: SM-2's second success
    /// gives 6 days, while new (0) and learning (1) cards have at most one.
    static let young = "prior_interval > 1 AND prior_interval < \(StatsReport.matureInterval)"
    static let mature = "prior_interval >= \(StatsReport.matureInterval)"
    static let millisPerQuarterHour = 900_000

    /// From the `review_day` summary for the whole collection; chapters need the log itself.
    static func answers(_ db: Database, _ filter: StatsFilter) throws -> [StatsInput.DayAnswers] {
        let log = filter.log()
        let sql = filter.chapters.isEmpty
            ? "SELECT day, kind, grade, answers, young, mature FROM review_day WHERE answers > 0"
            : """
                SELECT day, kind, grade, count(*), coalesce(sum(\(young)), 0), coalesce(sum(\(mature)), 0)
                FROM review_log WHERE 1 \(log.sql)
                GROUP BY day, kind, grade
                """
        let rows = try Row.fetchCursor(db, sql: sql, arguments: log.arguments)
        var result: [StatsInput.DayAnswers] = []
        while let row = try rows.next() {
            guard let kind = ReviewKind(rawValue: row[1]), let grade = Grade(row[2]) else { continue }
            result.append(StatsInput.DayAnswers(
                day: Day(ordinal: row[0]), kind: kind, grade: grade, answers: row[3], young: row[4], mature: row[5]))
        }
        return result
    }

    static func activity(_ db: Database, _ filter: StatsFilter, today: Day) throws -> StatsInput.TodayActivity {
        let log = filter.log()
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT count(DISTINCT card_id), coalesce(sum(answer_ms), 0),
                    count(DISTINCT CASE WHEN \(scheduling) AND coalesce(prior_interval, 0) = 0 THEN card_id END)
                FROM review_log WHERE day = ? \(log.sql)
                """,
            arguments: [today.ordinal] + log.arguments)
        // The latest answer of each card today (SQLite takes `grade` from the max(id) row).
        let pending = try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM (
                    SELECT max(id), grade FROM review_log
                    WHERE day = ? AND kind IN ('review', 'drill') \(log.sql) GROUP BY card_id)
                WHERE grade < \(Grade.redrillThreshold)
                """,
            arguments: [today.ordinal] + log.arguments) ?? 0
        return StatsInput.TodayActivity(
            cards: row?[0] ?? 0, answerMillis: row?[1] ?? 0, newLearned: row?[2] ?? 0, pendingRedrills: pending)
    }

    static func chapterRetention(_ db: Database, _ filter: StatsFilter, from: Day, to: Day) throws -> [StatsInput.ChapterRetention] {
        let log = filter.log("r.card_id")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT c.deck, c.chapter, count(*), sum(r.\(pass))
                FROM review_log r JOIN card c ON c.id = r.card_id
                WHERE r.day BETWEEN ? AND ? AND r.\(scheduling) AND r.prior_interval >= 1 \(log.sql)
                GROUP BY c.deck, c.chapter
                """,
            arguments: [from.ordinal, to.ordinal] + log.arguments
        ).map { StatsInput.ChapterRetention(deck: $0[0], slug: $0[1], reviews: $0[2], passed: $0[3]) }
    }

    static func quarterHours(_ db: Database, _ filter: StatsFilter, from: Day, to: Day) throws -> [StatsInput.QuarterHourAnswers] {
        let log = filter.log()
        return try Row.fetchAll(
            db,
            sql: """
                SELECT at / \(millisPerQuarterHour), count(*), sum(\(scheduling)), sum(\(scheduling) AND \(pass))
                FROM review_log WHERE day BETWEEN ? AND ? \(log.sql)
                GROUP BY 1
                """,
            arguments: [from.ordinal, to.ordinal] + log.arguments
        ).map { StatsInput.QuarterHourAnswers(quarter: $0[0], answers: $0[1], scheduling: $0[2], passed: $0[3]) }
    }
}
