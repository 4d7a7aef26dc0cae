import Foundation
import GRDB
import PostcardsCore

/// A card with its schedule and chapter, as `export cards` writes it.
public struct CardExport: Sendable {
    public var card: Card
    public var schedule: CardSchedule
}

extension AppDatabase {
    /// Every live card with its schedule, in course order.
    public func cardsWithSchedules() throws -> [CardExport] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(CardRows.cardColumns), \(CardRows.stateColumns) FROM card c
                    LEFT JOIN chapter ch ON ch.deck = c.deck AND ch.slug = c.chapter
                    LEFT JOIN card_state s ON s.card_id = c.id
                    WHERE c.pruned = 0
                    ORDER BY ch.position, c.deck, c.chapter, c.position
                    """
            ).map { CardExport(card: CardRows.card($0), schedule: CardRows.schedule($0)) }
        }
    }

    /// Calls `body` with every log row in log order, without holding them all in memory.
    public func forEachEvent(_ body: (ReviewEvent) throws -> Void) throws {
        try writer.read { db in
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT r.*, c.deck, c.key FROM review_log r JOIN card c ON c.id = r.card_id ORDER BY r.id")
            while let row = try cursor.next() {
                if let event = CardRows.event(row) { try body(event) }
            }
        }
    }

    /// The whole log in order.
    public func allEvents() throws -> [ReviewEvent] {
        var events: [ReviewEvent] = []
        try forEachEvent { events.append($0) }
        return events
    }

    public func cardCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM card WHERE pruned = 0") ?? 0 }
    }
}
