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

extension Migrations {
    /// `postcards stats` reads answers per day, kind and grade for all time (heatmap,
    /// streaks, true retention). Grouping a million log rows costs a quarter of a second,
    /// so `review_day` keeps those counts, maintained by triggers in the same transaction
    /// as each answer (and each undo); the log stays the truth and the table can be
    /// recomputed from it at any time. The indexes let the chapter counts skip the cards'
    /// text, the distributions read one index each, and the trouble list walk to the
    /// worst cards without scanning every card.
    static func registerStatsSummaryMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: answers per day and card indexes for stats") { db in
            try db.execute(sql: """
                CREATE TABLE review_day (
                    day INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    grade INTEGER NOT NULL,
                    answers INTEGER NOT NULL,
                    young INTEGER NOT NULL,
                    mature INTEGER NOT NULL,
                    PRIMARY KEY (day, kind, grade)
                ) WITHOUT ROWID;
                INSERT INTO review_day (day, kind, grade, answers, young, mature)
                    SELECT day, kind, grade, count(*),
                        coalesce(sum(prior_interval > 1 AND prior_interval < 21), 0),
                        coalesce(sum(prior_interval >= 21), 0)
                    FROM review_log GROUP BY day, kind, grade;
                DROP TRIGGER review_log_prior_interval;
                CREATE TRIGGER review_log_appended AFTER INSERT ON review_log BEGIN
                    UPDATE review_log SET prior_interval = (
                        SELECT p.interval FROM review_log p
                        WHERE p.card_id = NEW.card_id AND p.id < NEW.id
                        ORDER BY p.id DESC LIMIT 1)
                    WHERE id = NEW.id;
                    INSERT INTO review_day (day, kind, grade, answers, young, mature)
                        SELECT day, kind, grade, 1,
                            coalesce(prior_interval > 1 AND prior_interval < 21, 0),
                            coalesce(prior_interval >= 21, 0)
                        FROM review_log WHERE id = NEW.id
                        ON CONFLICT (day, kind, grade) DO UPDATE SET
                            answers = answers + 1, young = young + excluded.young, mature = mature + excluded.mature;
                END;
                CREATE TRIGGER review_log_removed AFTER DELETE ON review_log BEGIN
                    UPDATE review_day SET
                        answers = answers - 1,
                        young = young - coalesce(OLD.prior_interval > 1 AND OLD.prior_interval < 21, 0),
                        mature = mature - coalesce(OLD.prior_interval >= 21, 0)
                    WHERE day = OLD.day AND kind = OLD.kind AND grade = OLD.grade;
                END;
                CREATE INDEX card_chapter ON card(pruned, deck, chapter);
                CREATE INDEX card_state_interval ON card_state(interval);
                CREATE INDEX card_state_ef ON card_state(ef);
                CREATE INDEX card_state_lapses ON card_state(lapses);
                """)
        }
    }
}
