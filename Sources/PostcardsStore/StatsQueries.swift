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

    static func answers(_ db: Database, _ filter: StatsFilter) throws -> [StatsInput.DayAnswers] {
        let log = filter.log()
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT day, kind, grade, count(*), coalesce(sum(\(young)), 0), coalesce(sum(\(mature)), 0)
                FROM review_log WHERE 1 \(log.sql)
                GROUP BY day, kind, grade
                """,
            arguments: log.arguments)
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

    static func chapters(_ db: Database, _ filter: StatsFilter, today: Day) throws -> [StatsInput.ChapterCards] {
        let cards = filter.cards()
        let learned = StatsReport.learnedRepetitions
        let mature = StatsReport.matureInterval
        return try Row.fetchAll(
            db,
            sql: """
                SELECT c.deck, c.chapter, coalesce(min(ch.title), c.chapter), count(*),
                    count(*) - count(s.card_id),
                    coalesce(sum(s.repetitions < \(learned)), 0),
                    coalesce(sum(s.repetitions >= \(learned) AND s.interval < \(mature)), 0),
                    coalesce(sum(s.repetitions >= \(learned) AND s.interval >= \(mature)), 0),
                    coalesce(sum(s.due <= ?), 0),
                    coalesce(sum(s.lapses >= \(StatsReport.leechLapses)), 0)
                FROM card c
                LEFT JOIN card_state s ON s.card_id = c.id
                LEFT JOIN chapter ch ON ch.deck = c.deck AND ch.slug = c.chapter
                WHERE 1 \(cards.sql)
                GROUP BY c.deck, c.chapter
                ORDER BY coalesce(min(ch.position), 1e9), c.deck, c.chapter
                """,
            arguments: [today.ordinal] + cards.arguments
        ).map { row in
            StatsInput.ChapterCards(
                deck: row[0], slug: row[1], title: row[2], total: row[3], new: row[4], learning: row[5],
                young: row[6], mature: row[7], due: row[8], leeches: row[9])
        }
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

    static func dueByDay(_ db: Database, _ filter: StatsFilter, from: Day, to: Day) throws -> [Day: Int] {
        let live = filter.liveState()
        var result: [Day: Int] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT due, count(*) FROM card_state WHERE due BETWEEN ? AND ? \(live.sql) GROUP BY due",
            arguments: [from.ordinal, to.ordinal] + live.arguments)
        {
            result[Day(ordinal: row[0])] = row[1]
        }
        return result
    }

    /// Live reviewed cards counted by the value of one `card_state` column.
    static func histogram(_ db: Database, _ filter: StatsFilter, column: String) throws -> [Int: Int] {
        let live = filter.liveState()
        var result: [Int: Int] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT \(column), count(*) FROM card_state WHERE 1 \(live.sql) GROUP BY \(column)",
            arguments: live.arguments)
        {
            result[row[0]] = row[1]
        }
        return result
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

    /// Leeches (most lapses first), then cards whose EF fell below its starting value
    /// (lowest first). `limit` nil lists every one.
    static func trouble(
        _ db: Database, _ filter: StatsFilter, limit: Int?, leechesOnly: Bool = false
    ) throws -> [StatsInput.TroubleCard] {
        let live = filter.liveState("s.card_id")
        let leech = "s.lapses >= \(StatsReport.leechLapses)"
        let struggling = leechesOnly ? leech : "(\(leech) OR s.ef < \(SM2State.initialEF))"
        return try Row.fetchAll(
            db,
            sql: """
                SELECT c.deck, c.key, c.chapter, s.lapses, s.ef, s.interval, s.due
                FROM card_state s JOIN card c ON c.id = s.card_id
                WHERE \(struggling) \(live.sql)
                ORDER BY \(leech) DESC, CASE WHEN \(leech) THEN -s.lapses ELSE s.ef END, s.ef, s.lapses DESC, c.deck, c.key
                LIMIT ?
                """,
            arguments: live.arguments + [limit ?? -1]
        ).map { row in
            StatsInput.TroubleCard(
                id: CardID(deck: row[0], key: row[1]), chapter: row[2], lapses: row[3], efHundredths: row[4],
                interval: row[5], due: Day(ordinal: row[6]))
        }
    }
}
