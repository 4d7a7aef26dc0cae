import Foundation
import GRDB
import PostcardsCore

extension AppDatabase {
    /// Appends an answer to the log and updates the card's cached state, in one transaction.
    public func record(_ event: ReviewEvent) throws {
        try writer.write { db in
            guard let rowID = try CardRows.rowID(of: event.card, in: db) else { throw StoreError.unknownCard(event.card) }
            if event.kind.schedules {
                let before = try Row.fetchOne(
                    db, sql: "SELECT \(CardRows.stateColumns) FROM card_state s WHERE s.card_id = ?", arguments: [rowID]
                ).map(CardRows.schedule) ?? .new
                let after = before.applying(event.grade, on: event.day)
                guard after.state == event.after else { throw StoreError.scheduleMismatch(event.card) }
                try CardRows.writeState(after, rowID: rowID, in: db)
            }
            try CardRows.appendLog(event, rowID: rowID, in: db)
        }
    }

    /// Takes back the newest answer of a card: deletes its log row and restores the state
    /// the remaining log gives, in one transaction.
    public func undoLatestAnswer(of card: CardID) throws {
        try writer.write { db in
            guard let rowID = try CardRows.rowID(of: card, in: db) else { throw StoreError.unknownCard(card) }
            try db.execute(
                sql: "DELETE FROM review_log WHERE id = (SELECT max(id) FROM review_log WHERE card_id = ?)",
                arguments: [rowID])
            try CardRows.writeState(try CardRows.replayState(of: rowID, in: db), rowID: rowID, in: db)
        }
    }
}
