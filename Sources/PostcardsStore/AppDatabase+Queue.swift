import GRDB
import PostcardsCore

extension AppDatabase {
    /// Today's session cards: due first (most overdue first), then new in course order,
    /// within the day's limits and the chosen chapters (nil: all).
    public func dueQueue(on day: Day, limits: DailyQueue.Limits, chapters: Set<String>? = nil) throws -> [(Card, CardSchedule)] {
        try reader.read { db in
            let filter = Self.chapterFilter(chapters)
            // CROSS JOIN: start from the few due states (index card_state_due), never from
            // the 100k cards, whichever card indexes the planner would otherwise prefer.
            let dueRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(CardRows.cardColumns), \(CardRows.stateColumns) FROM card_state s
                    CROSS JOIN card c
                    WHERE c.id = s.card_id AND s.due <= ? AND c.pruned = 0 \(filter.sql)
                    """,
                arguments: StatementArguments([day.ordinal]) + filter.arguments)
            let (reviewedToday, introducedToday) = try Self.todayCounts(db, day: day)
            let newRoom = max(0, limits.newPerDay - introducedToday)
            let newRows = try Row.fetchAll(db, sql: Self.newCardsSQL(filter.sql), arguments: filter.arguments + [newRoom])
            var byID: [CardID: (Card, CardSchedule)] = [:]
            var due: [DailyQueue.DueCard] = []
            for row in dueRows {
                let card = CardRows.cardByPosition(row)
                let schedule = CardRows.scheduleByPosition(row, from: CardRows.cardColumnCount)
                byID[card.id] = (card, schedule)
                due.append(DailyQueue.DueCard(id: card.id, due: schedule.due ?? day))
            }
            let newCards = newRows.map(CardRows.cardByPosition)
            for card in newCards { byID[card.id] = (card, .new) }
            let order = DailyQueue.order(
                due: due, new: newCards.map(\.id), limits: limits,
                reviewedToday: reviewedToday, introducedToday: introducedToday)
            return order.compactMap { byID[$0] }
        }
    }

    /// Cards with a scheduling review logged on `day`, and new cards first answered on it:
    /// what earlier sessions of the day used of its limits.
    static func todayCounts(_ db: Database, day: Day) throws -> (reviewed: Int, introduced: Int) {
        let reviewed = try Int.fetchOne(
            db, sql: "SELECT count(DISTINCT card_id) FROM review_log WHERE day = ? AND kind = 'review'",
            arguments: [day.ordinal]) ?? 0
        let introduced = try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM card_state WHERE last_review = ? AND reviews >= 1 AND card_id IN (
                    SELECT card_id FROM review_log WHERE day = ? AND kind = 'review'
                    GROUP BY card_id HAVING min(id) = (
                        SELECT min(id) FROM review_log r2 WHERE r2.card_id = review_log.card_id
                            AND r2.kind IN ('review', 'import')))
                """,
            arguments: [day.ordinal, day.ordinal]) ?? 0
        return (reviewed, introduced)
    }

    /// New cards in course order, up to a limit. CROSS JOIN keeps chapters as the outer
    /// loop, in course order (index `chapter_order`), so the walk over each chapter's cards
    /// (`card_live_order`, named so that other card indexes never replace it) stops once the
    /// day's new cards are found instead of sorting every card. The order names the
    /// chapter's columns, in the unique index's order: only then does SQLite see that the
    /// walk is already sorted (ordering by the card's equal columns sorts each position).
    static func newCardsSQL(_ chapterFilter: String) -> String {
        """
        SELECT \(CardRows.cardColumns) FROM chapter ch CROSS JOIN card c INDEXED BY card_live_order
        WHERE c.deck = ch.deck AND c.chapter = ch.slug
            AND c.pruned = 0 AND NOT EXISTS (SELECT 1 FROM card_state s WHERE s.card_id = c.id) \(chapterFilter)
        ORDER BY ch.position, ch.deck, ch.slug, c.position
        LIMIT ?
        """
    }

    /// Every live card of the chosen chapters in course order, for cram.
    public func cramQueue(chapters: Set<String>? = nil) throws -> [(Card, CardSchedule)] {
        try reader.read { db in
            let filter = Self.chapterFilter(chapters)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT \(CardRows.cardColumns), \(CardRows.stateColumns) FROM card c
                    JOIN chapter ch ON ch.deck = c.deck AND ch.slug = c.chapter
                    LEFT JOIN card_state s ON s.card_id = c.id
                    WHERE c.pruned = 0 \(filter.sql)
                    ORDER BY ch.position, c.deck, c.chapter, c.position
                    """,
                arguments: filter.arguments
            ).map { (CardRows.card($0), CardRows.schedule($0)) }
        }
    }

    /// Cards whose scheduling review of `day` is already logged (their later answers are drill).
    public func cardsReviewed(on day: Day) throws -> Set<CardID> {
        try reader.read { db in
            Set(try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT c.deck, c.key FROM review_log r JOIN card c ON c.id = r.card_id
                    WHERE r.day = ? AND r.kind IN ('review', 'import')
                    """,
                arguments: [day.ordinal]
            ).map { CardID(deck: $0["deck"], key: $0["key"]) })
        }
    }

    /// The next day any live card is due after `day`, for the empty-queue screen.
    public func nextDueDay(after day: Day) throws -> Day? {
        try reader.read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT min(s.due) FROM card_state s JOIN card c ON c.id = s.card_id WHERE c.pruned = 0 AND s.due > ?",
                arguments: [day.ordinal]
            ).map(Day.init(ordinal:))
        }
    }

    /// Chapters in course order.
    public func chapters() throws -> [Chapter] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM chapter ORDER BY position, deck, slug").map {
                Chapter(deck: $0["deck"], slug: $0["slug"], title: $0["title"], order: $0["position"])
            }
        }
    }

    static func chapterFilter(_ chapters: Set<String>?) -> (sql: String, arguments: StatementArguments) {
        guard let chapters, !chapters.isEmpty else { return ("", []) }
        let marks = Array(repeating: "?", count: chapters.count).joined(separator: ",")
        return ("AND c.chapter IN (\(marks))", StatementArguments(chapters.sorted()))
    }
}
