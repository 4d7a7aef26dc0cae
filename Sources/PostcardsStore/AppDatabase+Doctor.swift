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
            var cards = 0
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.id, c.deck, c.key, \(CardRows.stateColumns) FROM card c
                    LEFT JOIN card_state s ON s.card_id = c.id WHERE c.pruned = 0
                    """)
            while let row = try rows.next() {
                cards += 1
                if CardRows.schedule(row) != (replayed[row[0]] ?? .new) {
                    mismatches.append(CardID(deck: row[1], key: row[2]))
                }
            }
            return HealthReport(
                integrityProblems: integrity, cacheMismatches: mismatches.sorted(),
                logMismatches: logMismatches, events: events, cards: cards)
        }
    }

    /// `PRAGMA integrity_check` alone: what `doctor` can still say about a damaged file, whose
    /// other checks stop at the first bad page.
    /// SQLite gives up with an error where a page is too damaged to follow: the lines before
    /// it and that error are the answer. Outside a transaction, whose commit would fail too.
    public func integrityProblems() throws -> [String] {
        try writer.unsafeRead { db in
            var problems: [String] = []
            let lines = try String.fetchCursor(db, sql: "PRAGMA integrity_check")
            do {
                while let line = try lines.next() {
                    if line != "ok" { problems.append(line) }
                }
            } catch let error as DatabaseError {
                problems.append(error.message ?? "\(error.resultCode)")
            }
            return problems
        }
    }

    /// Recomputes every cached state from the log, in one transaction. Returns the number of cards rewritten.
    @discardableResult
    public func rebuildStates() throws -> Int {
        try writer.write { db in
            let (replayed, _, _) = try Self.replayAll(db)
            try db.execute(sql: "DELETE FROM card_state")
            for (rowID, schedule) in replayed.sorted(by: { $0.key < $1.key }) {
                try CardRows.writeState(schedule, rowID: rowID, in: db)
            }
            return replayed.count
        }
    }

    /// Replays the log of live cards in one pass: schedules by card row id, rows disagreeing
    /// with SM-2, row count.
    ///
    /// Reads columns by position and keys cards by row id: looking columns up by name and
    /// hashing each row's deck and key strings took most of the time on a million answers.
    private static func replayAll(_ db: Database) throws -> ([Int64: CardSchedule], Int, Int) {
        var live = Set<Int64>()
        let cards = try Int64.fetchCursor(db, sql: "SELECT id FROM card WHERE pruned = 0")
        while let id = try cards.next() { live.insert(id) }
        var schedules: [Int64: CardSchedule] = [:]
        schedules.reserveCapacity(live.count)
        var mismatches = 0
        var count = 0
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT card_id, day, grade, kind, repetitions, interval, ef FROM review_log ORDER BY id")
        while let row = try cursor.next() {
            let rowID: Int64 = row[0]
            guard live.contains(rowID) else { continue }
            guard let grade = Grade(row[2]), let kind = ReviewKind(rawValue: row[3]) else {
                mismatches += 1
                continue
            }
            count += 1
            let before = schedules[rowID] ?? .new
            let after = kind.schedules ? before.applying(grade, on: Day(ordinal: row[1])) : before
            if after.state != SM2State(repetitions: row[4], interval: row[5], efHundredths: row[6]) { mismatches += 1 }
            schedules[rowID] = after
        }
        return (schedules.filter { !$0.value.isNew }, mismatches, count)
    }
}
