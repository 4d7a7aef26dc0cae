import GRDB

extension Migrations {
    /// True retention splits reviews by the interval the card had *before* the answer; the
    /// log stores the state after it. Finding the previous row at query time is a window
    /// function over the whole log (seconds on a million answers), so each answer keeps the
    /// prior interval, set by a trigger from the card's previous log row — the log alone,
    /// so it holds whatever order the store writes state and log in. The index covers the
    /// per-day aggregate that stats reads.
    static func registerStatsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: prior interval of each answer, stats index") { db in
            try db.execute(sql: """
                ALTER TABLE review_log ADD COLUMN prior_interval INTEGER;
                UPDATE review_log SET prior_interval = (
                    SELECT p.interval FROM review_log p
                    WHERE p.card_id = review_log.card_id AND p.id < review_log.id
                    ORDER BY p.id DESC LIMIT 1);
                CREATE TRIGGER review_log_prior_interval AFTER INSERT ON review_log BEGIN
                    UPDATE review_log SET prior_interval = (
                        SELECT p.interval FROM review_log p
                        WHERE p.card_id = NEW.card_id AND p.id < NEW.id
                        ORDER BY p.id DESC LIMIT 1)
                    WHERE id = NEW.id;
                END;
                CREATE INDEX review_log_stats ON review_log(day, kind, grade, prior_interval);
                """)
        }
    }
}
