import GRDB

extension Migrations {
    /// The first card of a session waits for the new-card query, which sorted every live
    /// card (text included) by course order to keep twenty: a quarter of a second on 100k
    /// cards. With chapters indexed in course order and live cards indexed by chapter and
    /// position, SQLite walks chapter by chapter and stops at the daily limit. The live-card
    /// index replaces `card_new_order`, which covered the same columns for all cards, so an
    /// import maintains no more indexes than before.
    static func registerQueueMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: indexes for new cards in course order") { db in
            try db.execute(sql: """
                CREATE INDEX chapter_order ON chapter(position, deck, slug);
                CREATE INDEX card_live_order ON card(deck, chapter, position) WHERE pruned = 0;
                DROP INDEX card_new_order;
                """)
        }
    }

    /// The walk above still read every card of the first chapter position before keeping
    /// any: chapters of two decks can share a position, and SQLite (3.40) only trusts an
    /// ORDER BY to follow an outer index that is declared unique, so it sorted each
    /// position's cards in a temporary tree. `(position, deck, slug)` is unique because
    /// `(deck, slug)` is the key, so declaring it costs nothing and can never fail; with it
    /// the new-card query stops after the daily limit (2.3 ms → 0.1 ms on the synthetic
    /// collection, whose first position holds 4 000 reviewed cards).
    static func registerUniqueChapterOrderMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: chapter order index declared unique") { db in
            try db.execute(sql: """
                DROP INDEX chapter_order;
                CREATE UNIQUE INDEX chapter_order ON chapter(position, deck, slug);
                """)
        }
    }
}
