import Foundation
import GRDB
import PostcardsCore

/// Mapping between rows of `card`/`card_state`/`review_log` and Core values.
enum CardRows {
    static let cardColumns = "c.id, c.deck, c.key, c.chapter, c.kind, c.front, c.back, c.cloze_ordinal, c.tags"
    static let stateColumns = "s.repetitions, s.interval, s.ef, s.due, s.lapses, s.reviews, s.last_review"

    static func card(_ row: Row) -> Card {
        let id = CardID(deck: row["deck"], key: row["key"])
        let content: CardContent = (row["kind"] as String) == "cloze"
            ? .cloze(text: row["front"], ordinal: row["cloze_ordinal"] ?? 1, extra: row["back"])
            : .basic(front: row["front"], back: row["back"])
        let tags = (row["tags"] as String).split(separator: " ").map(String.init)
        return Card(id: id, chapter: row["chapter"], content: content, tags: tags)
    }

    /// A card from a row that starts with `cardColumns`, read by position: the due queue
    /// decodes thousands of rows before the first card shows, and a lookup by name
    /// lowercases the name each time.
    static func cardByPosition(_ row: Row) -> Card {
        let id = CardID(deck: row[1], key: row[2])
        let content: CardContent = (row[4] as String) == "cloze"
            ? .cloze(text: row[5], ordinal: row[7] ?? 1, extra: row[6])
            : .basic(front: row[5], back: row[6])
        let tags = (row[8] as String).split(separator: " ").map(String.init)
        return Card(id: id, chapter: row[3], content: content, tags: tags)
    }

    /// The schedule from `stateColumns` starting at column `first`; `.new` when NULL.
    static func scheduleByPosition(_ row: Row, from first: Int) -> CardSchedule {
        guard let repetitions = row[first] as Int? else { return .new }
        return CardSchedule(
            state: SM2State(repetitions: repetitions, interval: row[first + 1], efHundredths: row[first + 2]),
            due: Day(ordinal: row[first + 3]),
            lapses: row[first + 4],
            reviews: row[first + 5],
            lastReviewed: Day(ordinal: row[first + 6])
        )
    }

    /// Number of columns in `cardColumns`, where `stateColumns` start when both are selected.
    static let cardColumnCount = 9

    /// The schedule from `card_state` columns; `.new` when the card has no state row.
    static func schedule(_ row: Row) -> CardSchedule {
        guard let repetitions = row["repetitions"] as Int? else { return .new }
        return CardSchedule(
            state: SM2State(repetitions: repetitions, interval: row["interval"], efHundredths: row["ef"]),
            due: Day(ordinal: row["due"]),
            lapses: row["lapses"],
            reviews: row["reviews"],
            lastReviewed: Day(ordinal: row["last_review"])
        )
    }

    static func contentColumns(_ content: CardContent) -> (kind: String, front: String, back: String, ordinal: Int?) {
        switch content {
        case let .basic(front, back): ("basic", front, back, nil)
        case let .cloze(text, ordinal, extra): ("cloze", text, extra, ordinal)
        }
    }

    static func event(_ row: Row) -> ReviewEvent? {
        guard let grade = Grade(row["grade"]), let kind = ReviewKind(rawValue: row["kind"]) else { return nil }
        return ReviewEvent(
            card: CardID(deck: row["deck"], key: row["key"]),
            at: Date(timeIntervalSince1970: Double(row["at"] as Int64) / 1000),
            day: Day(ordinal: row["day"]),
            grade: grade,
            kind: kind,
            answerMillis: row["answer_ms"],
            after: SM2State(repetitions: row["repetitions"], interval: row["interval"], efHundredths: row["ef"])
        )
    }

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// The row id of a live card, or nil.
    static func rowID(of id: CardID, in db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM card WHERE deck = ? AND key = ? AND pruned = 0"),
            arguments: [id.deck, id.key])
    }

    static func writeState(_ schedule: CardSchedule, rowID: Int64, in db: Database) throws {
        guard let due = schedule.due, let last = schedule.lastReviewed else {
            try db.execute(sql: "DELETE FROM card_state WHERE card_id = ?", arguments: [rowID])
            return
        }
        // Cached: `doctor --rebuild` and bulk loads write 100k states in one transaction.
        try db.cachedStatement(sql: """
            INSERT INTO card_state (card_id, repetitions, interval, ef, due, lapses, reviews, last_review)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(card_id) DO UPDATE SET repetitions = excluded.repetitions, interval = excluded.interval,
                ef = excluded.ef, due = excluded.due, lapses = excluded.lapses, reviews = excluded.reviews,
                last_review = excluded.last_review
            """).execute(
            arguments: [rowID, schedule.state.repetitions, schedule.state.interval, schedule.state.efHundredths,
                        due.ordinal, schedule.lapses, schedule.reviews, last.ordinal])
    }

    static func appendLog(_ event: ReviewEvent, rowID: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO review_log (card_id, at, day, grade, kind, answer_ms, repetitions, interval, ef)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(
            arguments: [rowID, millis(event.at), event.day.ordinal, event.grade.value, event.kind.rawValue,
                        event.answerMillis, event.after.repetitions, event.after.interval, event.after.efHundredths])
    }

    /// Recomputes one card's cached state from its log rows.
    static func replayState(of rowID: Int64, in db: Database) throws -> CardSchedule {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.*, c.deck, c.key FROM review_log r JOIN card c ON c.id = r.card_id
                WHERE r.card_id = ? ORDER BY r.id
                """,
            arguments: [rowID])
        return Replay.schedule(of: rows.compactMap(event))
    }
}
