import GRDB

/// Schema migrations. A shipped migration is never edited: add a new one instead.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: cards, chapters, review log, state cache") { db in
            try db.execute(sql: """
                CREATE TABLE chapter (
                    deck TEXT NOT NULL,
                    slug TEXT NOT NULL,
                    title TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (deck, slug)
                );
                CREATE TABLE card (
                    id INTEGER PRIMARY KEY,
                    deck TEXT NOT NULL,
                    key TEXT NOT NULL,
                    chapter TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('basic', 'cloze')),
                    front TEXT NOT NULL,
                    back TEXT NOT NULL,
                    cloze_ordinal INTEGER,
                    tags TEXT NOT NULL DEFAULT '',
                    position INTEGER NOT NULL,
                    source TEXT NOT NULL DEFAULT '',
                    added_at INTEGER NOT NULL,
                    pruned INTEGER NOT NULL DEFAULT 0
                );
                CREATE UNIQUE INDEX card_identity ON card(deck, key) WHERE pruned = 0;
                CREATE INDEX card_new_order ON card(deck, chapter, position);
                CREATE TABLE review_log (
                    id INTEGER PRIMARY KEY,
                    card_id INTEGER NOT NULL REFERENCES card(id),
                    at INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 5),
                    kind TEXT NOT NULL CHECK (kind IN ('review', 'drill', 'cram', 'import')),
                    answer_ms INTEGER NOT NULL,
                    repetitions INTEGER NOT NULL,
                    interval INTEGER NOT NULL,
                    ef INTEGER NOT NULL
                );
                CREATE INDEX review_log_card ON review_log(card_id, id);
                CREATE INDEX review_log_day ON review_log(day);
                CREATE TABLE card_state (
                    card_id INTEGER PRIMARY KEY REFERENCES card(id),
                    repetitions INTEGER NOT NULL,
                    interval INTEGER NOT NULL,
                    ef INTEGER NOT NULL,
                    due INTEGER NOT NULL,
                    lapses INTEGER NOT NULL,
                    reviews INTEGER NOT NULL,
                    last_review INTEGER NOT NULL
                );
                CREATE INDEX card_state_due ON card_state(due);
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                """)
        }
        registerStatsMigration(&migrator)
        registerStatsSummaryMigration(&migrator)
        registerQueueMigration(&migrator)
        registerUniqueChapterOrderMigration(&migrator)
        return migrator
    }
}
