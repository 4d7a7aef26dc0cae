import GRDB
import PostcardsCore

/// The first card of today's queue and the queue's length, read without the due cards
/// themselves: the due query reads a card row for every due card (a thousand on a large
/// collection, most of the time before the first card), while the first card only needs
/// the cards due on the earliest day, and the length only the due-date index.
public struct QueueStart: Sendable {
    public let card: Card
    public let schedule: CardSchedule
    /// Cards in the whole queue, as `dueQueue` would return it.
    public let total: Int
}

extension AppDatabase {
    /// The start of `dueQueue(on:limits:)` for all chapters, or nil when the queue is empty
    /// or a quick answer could differ from the full one (a review cap below the due count,
    /// or cards buried today): callers then load the whole queue.
    public func queueStart(on day: Day, limits: DailyQueue.Limits, buried: Set<CardID>) throws -> QueueStart? {
        guard buried.isEmpty else { return nil }
        return try reader.read { db in
            // Pruned cards keep their state rows, so they are subtracted by id (index card_chapter).
            let dueCount = try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM card_state s
                    WHERE s.due <= ? AND s.card_id NOT IN (SELECT id FROM card WHERE pruned = 1)
                    """,
                arguments: [day.ordinal]) ?? 0
            let counts = try Self.todayCounts(db, day: day)
            let reviewRoom = limits.reviewsPerDay.map { max(0, $0 - counts.reviewed) } ?? dueCount
            guard reviewRoom >= dueCount else { return nil }
            let newRoom = max(0, limits.newPerDay - counts.introduced)
            let newRows = try Row.fetchAll(db, sql: Self.newCardsSQL(""), arguments: [newRoom])
            let total = dueCount + newRows.count
            if dueCount > 0 {
                let earliest = try Self.earliestDueCards(db, day: day)
                guard let first = earliest.min(by: { $0.0.id < $1.0.id }) else { return nil }
                return QueueStart(card: first.0, schedule: first.1, total: total)
            }
            guard let row = newRows.first else { return nil }
            return QueueStart(card: CardRows.cardByPosition(row), schedule: .new, total: total)
        }
    }

    /// The live cards due on the earliest due day up to `day`: the head of DailyQueue's
    /// order (most overdue first, then by id).
    static func earliestDueCards(_ db: Database, day: Day) throws -> [(Card, CardSchedule)] {
        guard let earliest = try Int.fetchOne(
            db,
            sql: """
                SELECT s.due FROM card_state s CROSS JOIN card c
                WHERE c.id = s.card_id AND s.due <= ? AND c.pruned = 0 ORDER BY s.due LIMIT 1
                """,
            arguments: [day.ordinal])
        else { return [] }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT \(CardRows.cardColumns), \(CardRows.stateColumns) FROM card_state s
                CROSS JOIN card c
                WHERE c.id = s.card_id AND s.due = ? AND c.pruned = 0
                """,
            arguments: [earliest]
        ).map { (CardRows.cardByPosition($0), CardRows.scheduleByPosition($0, from: CardRows.cardColumnCount)) }
    }
}
