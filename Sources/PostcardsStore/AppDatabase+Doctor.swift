import GRDB
import PostcardsCore

/// What `doctor` found.
public struct HealthReport: Sendable {
    /// `PRAGMA integrity_check` lines other than "ok".
    public var integrityProblems: [String]
    /// Cards whose cached state differs from the replay of their log.
    public var cacheMismatches: [CardID]
    /// Log rows whose stored after-state does not follow SM-2 from the rows before them.
    public var logMismatches: Int
    public var events: Int
    public var cards: Int

    public var isHealthy: Bool { integrityProblems.isEmpty && cacheMismatches.isEmpty && logMismatches == 0 }
}

extension AppDatabase {
    /// Checks the file's integrity and that replaying the log gives the cached states.
    public func checkHealth() throws -> HealthReport {
        try writer.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let (replayed, logMismatches, events) = try Self.replayAll(db)
            var mismatches: [CardID] = []
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(CardRows.cardColumns), \(CardRows.stateColumns) FROM card c
                    LEFT JOIN card_state s ON s.card_id = c.id WHERE c.pruned = 0
                    """)
            for row in rows {
                let card = CardRows.card(row)
                if CardRows.schedule(row) != (replayed[card.id] ?? .new) { mismatches.append(card.id) }
            }
            return HealthReport(
                integrityProblems: integrity, cacheMismatches: mismatches.sorted(),
                logMismatches: logMismatches, events: events, cards: rows.count)
        }
    }

    /// Recomputes every cached state from the log, in one transaction. Returns the number of cards rewritten.
    @discardableResult
    public func rebuildStates() throws -> Int {
        try writer.write { db in
            let (replayed, _, _) = try Self.replayAll(db)
            let rows = try Row.fetchAll(db, sql: "SELECT id, deck, key FROM card WHERE pruned = 0")
            try db.execute(sql: "DELETE FROM card_state")
            var written = 0
            for row in rows {
                guard let schedule = replayed[CardID(deck: row["deck"], key: row["key"])] else { continue }
                try CardRows.writeState(schedule, rowID: row["id"], in: db)
                written += 1
            }
            return written
        }
    }

    /// Replays the log of live cards in one pass: schedules, rows disagreeing with SM-2, row count.
    private static func replayAll(_ db: Database) throws -> ([CardID: CardSchedule], Int, Int) {
        var schedules: [CardID: CardSchedule] = [:]
        var mismatches = 0
        var count = 0
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT r.*, c.deck, c.key FROM review_log r JOIN card c ON c.id = r.card_id
                WHERE c.pruned = 0 ORDER BY r.id
                """)
        while let row = try cursor.next() {
            guard let event = CardRows.event(row) else { mismatches += 1; continue }
            count += 1
            let before = schedules[event.card] ?? .new
            let after = event.kind.schedules ? before.applying(event.grade, on: event.day) : before
            if after.state != event.after { mismatches += 1 }
            schedules[event.card] = after
        }
        return (schedules.filter { !$0.value.isNew }, mismatches, count)
    }
}
