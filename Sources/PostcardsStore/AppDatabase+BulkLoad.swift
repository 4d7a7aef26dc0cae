import Foundation
import GRDB
import PostcardsCore

extension AppDatabase {
    /// Appends many answers in one transaction with one prepared statement, then writes the
    /// resulting card states: how a synthetic collection of a million answers is built in
    /// seconds rather than a transaction per answer. `events` must be in log order, for
    /// cards already in the collection, and follow SM-2 from their current states.
    /// Returns how many answers were written.
    @discardableResult
    public func bulkAppend<Events: Sequence>(_ events: Events) throws -> Int where Events.Element == ReviewEvent {
        try writer.write { db in
            var rowIDs: [CardID: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, deck, key FROM card WHERE pruned = 0") {
                rowIDs[CardID(deck: row[1], key: row[2])] = row[0]
            }
            var schedules: [Int64: CardSchedule] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT card_id AS id, \(CardRows.stateColumns) FROM card_state s") {
                schedules[row["id"]] = CardRows.schedule(row)
            }
            let insert = try db.makeStatement(sql: """
                INSERT INTO review_log (card_id, at, day, grade, kind, answer_ms, repetitions, interval, ef)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var written = 0
            for event in events {
                guard let rowID = rowIDs[event.card] else { throw StoreError.unknownCard(event.card) }
                if event.kind.schedules {
                    let after = (schedules[rowID] ?? .new).applying(event.grade, on: event.day)
                    guard after.state == event.after else { throw StoreError.scheduleMismatch(event.card) }
                    schedules[rowID] = after
                }
                try insert.execute(arguments: [
                    rowID, CardRows.millis(event.at), event.day.ordinal, event.grade.value, event.kind.rawValue,
                    event.answerMillis, event.after.repetitions, event.after.interval, event.after.efHundredths,
                ])
                written += 1
            }
            for (rowID, schedule) in schedules { try CardRows.writeState(schedule, rowID: rowID, in: db) }
            return written
        }
    }
}
