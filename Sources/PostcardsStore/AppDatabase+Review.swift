import Foundation
import GRDB
import PostcardsCore

extension AppDatabase {
    /// Appends an answer to the log and updates the card's cached state, in one transaction,
    /// and returns the answer as logged.
    ///
    /// Only the first answer of a card on a study day schedules it (SM-2 step 7). A session
    /// cannot know about answers given in another process since its queue was built, so the
    /// rule is enforced here, against the stored log: a `review` of a card that already had its
    /// scheduling answer that day is logged as `drill`, and its state is left alone.
    @discardableResult
    public func record(_ event: ReviewEvent) throws -> ReviewEvent {
        try writer.write { db in
            guard let rowID = try CardRows.rowID(of: event.card, in: db) else { throw StoreError.unknownCard(event.card) }
            var logged = event
            let before = try Row.fetchOne(
                db, sql: "SELECT \(CardRows.stateColumns) FROM card_state s WHERE s.card_id = ?", arguments: [rowID]
            ).map(CardRows.schedule) ?? .new
            if event.kind == .review, try Self.hasSchedulingAnswer(rowID, on: event.day, in: db) {
                logged.kind = .drill
            }
            // A drill or cram answer leaves the state as stored, whatever state the session
            // believed the card had when another process answered it first.
            if !logged.kind.schedules { logged.after = before.state }
            if logged.kind.schedules {
                let after = before.applying(logged.grade, on: logged.day)
                guard after.state == logged.after else { throw StoreError.scheduleMismatch(logged.card) }
                try CardRows.writeState(after, rowID: rowID, in: db)
            }
            try CardRows.appendLog(logged, rowID: rowID, in: db)
            return logged
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

    /// Takes back one particular answer (matched by card, instant and grade) if it is still the
    /// card's newest log row, and restores the state the remaining log gives. Returns false and
    /// changes nothing when another process has answered the card since: deleting an earlier
    /// row would leave the later one recorded against a state that no longer precedes it.
    @discardableResult
    public func undo(_ answer: ReviewEvent) throws -> Bool {
        try writer.write { db in
            guard let rowID = try CardRows.rowID(of: answer.card, in: db) else { throw StoreError.unknownCard(answer.card) }
            let newest = try Row.fetchOne(
                db, sql: "SELECT id, at, grade FROM review_log WHERE card_id = ? ORDER BY id DESC LIMIT 1", arguments: [rowID])
            guard let newest, newest["at"] == CardRows.millis(answer.at), newest["grade"] == answer.grade.value else {
                return false
            }
            try db.execute(sql: "DELETE FROM review_log WHERE id = ?", arguments: [newest["id"] as Int64])
            try CardRows.writeState(try CardRows.replayState(of: rowID, in: db), rowID: rowID, in: db)
            return true
        }
    }

    private static func hasSchedulingAnswer(_ rowID: Int64, on day: Day, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM review_log WHERE card_id = ? AND day = ? AND kind IN ('review', 'import'))",
            arguments: [rowID, day.ordinal]) ?? false
    }
}
