import GRDB
import PostcardsCore

/// The card side of the stats: stages per chapter, distributions, forecast and trouble,
/// each read through an index of its own.
enum StatsCardQueries {
    /// Live cards per chapter by stage: one streaming pass over the `card_chapter` index.
    static func chapters(_ db: Database, _ filter: StatsFilter, today: Day) throws -> [StatsInput.ChapterCards] {
        let cards = filter.cards()
        let learned = StatsReport.learnedRepetitions
        let mature = StatsReport.matureInterval
        let chapters = try Row.fetchAll(
            db,
            sql: """
                SELECT c.deck, c.chapter, count(*),
                    count(*) - count(s.card_id),
                    coalesce(sum(s.repetitions < \(learned)), 0),
                    coalesce(sum(s.repetitions >= \(learned) AND s.interval < \(mature)), 0),
                    coalesce(sum(s.repetitions >= \(learned) AND s.interval >= \(mature)), 0),
                    coalesce(sum(s.due <= ?), 0),
                    coalesce(sum(s.lapses >= \(StatsReport.leechLapses)), 0)
                FROM card c LEFT JOIN card_state s ON s.card_id = c.id
                WHERE 1 \(cards.sql)
                GROUP BY c.deck, c.chapter
                """,
            arguments: [today.ordinal] + cards.arguments
        ).map { row in
            StatsInput.ChapterCards(
                deck: row[0], slug: row[1], title: row[1], total: row[2], new: row[3], learning: row[4],
                young: row[5], mature: row[6], due: row[7], leeches: row[8])
        }
        return try inCourseOrder(chapters, db)
    }

    /// Live reviewed cards counted by the value of one indexed `card_state` column.
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

    /// Titles and course order from `chapter`; chapters it does not know go last.
    private static func inCourseOrder(_ chapters: [StatsInput.ChapterCards], _ db: Database) throws -> [StatsInput.ChapterCards] {
        var known: [String: (title: String, position: Int)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT deck, slug, title, position FROM chapter") {
            known[(row[0] as String) + "\u{0}" + (row[1] as String)] = (row[2], row[3])
        }
        let unknownPosition = Int.max
        return chapters.map { chapter -> (StatsInput.ChapterCards, Int) in
            var chapter = chapter
            let entry = known[chapter.deck + "\u{0}" + chapter.slug]
            chapter.title = entry?.title ?? chapter.slug
            return (chapter, entry?.position ?? unknownPosition)
        }
        .sorted { ($0.1, $0.0.deck, $0.0.slug) < ($1.1, $1.0.deck, $1.0.slug) }
        .map(\.0)
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

    /// Leeches, most lapses first; then, up to `limit` in all, the cards whose EF fell
    /// below its starting value, lowest first. `limit` nil lists every leech and nothing else.
    static func trouble(_ db: Database, _ filter: StatsFilter, limit: Int?) throws -> [StatsInput.TroubleCard] {
        let live = filter.liveState("s.card_id")
        let leeches = try troubleRows(
            db,
            where: "s.lapses >= \(StatsReport.leechLapses) \(live.sql)",
            order: "s.lapses DESC, s.ef, s.card_id", limit: limit, arguments: live.arguments)
        guard let limit, leeches.count < limit else { return leeches }
        return leeches + (try troubleRows(
            db,
            where: "s.ef < \(SM2State.initialEF) AND s.lapses < \(StatsReport.leechLapses) \(live.sql)",
            order: "s.ef, s.card_id", limit: limit - leeches.count, arguments: live.arguments))
    }

    private static func troubleRows(
        _ db: Database, where condition: String, order: String, limit: Int?, arguments: StatementArguments
    ) throws -> [StatsInput.TroubleCard] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT c.deck, c.key, c.chapter, s.lapses, s.ef, s.interval, s.due
                FROM card_state s JOIN card c ON c.id = s.card_id
                WHERE \(condition)
                ORDER BY \(order)
                LIMIT ?
                """,
            arguments: arguments + [limit ?? -1]
        ).map { row in
            StatsInput.TroubleCard(
                id: CardID(deck: row[0], key: row[1]), chapter: row[2], lapses: row[3], efHundredths: row[4],
                interval: row[5], due: Day(ordinal: row[6]))
        }
    }
}
