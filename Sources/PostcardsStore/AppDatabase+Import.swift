import Foundation
import GRDB
import PostcardsCore

extension AppDatabase {
    /// Live cards of the given decks, for planning an import.
    public func existingCards(decks: Set<String>) throws -> [Card] {
        guard !decks.isEmpty else { return [] }
        return try writer.read { db in
            let marks = Array(repeating: "?", count: decks.count).joined(separator: ",")
            return try Row.fetchAll(
                db,
                sql: "SELECT \(CardRows.cardColumns) FROM card c WHERE c.pruned = 0 AND c.deck IN (\(marks))",
                arguments: StatementArguments(Array(decks))
            ).map(CardRows.card)
        }
    }

    /// Plans an import of `drafts` against the collection.
    public func plan(_ drafts: [CardDraft]) throws -> ImportPlan {
        ImportPlan.make(drafts: drafts, existing: try existingCards(decks: Set(drafts.map(\.id.deck))))
    }

    /// Applies a plan in one transaction: all of it or nothing.
    /// `prune` removes vanished cards and their state; their log rows stay.
    /// Returns how many history answers were added.
    @discardableResult
    public func apply(_ plan: ImportPlan, prune: Bool = false, now: Date, clock: DayClock) throws -> Int {
        try writer.write { db in
            for chapter in plan.chapters {
                try db.execute(
                    sql: """
                        INSERT INTO chapter (deck, slug, title, position) VALUES (?, ?, ?, ?)
                        ON CONFLICT(deck, slug) DO UPDATE SET title = excluded.title, position = excluded.position
                        """,
                    arguments: [chapter.deck, chapter.slug, chapter.title, chapter.order])
            }
            let positions = Self.filePositions(of: plan)
            let addedAt = CardRows.millis(now)
            // One prepared statement per kind of row: compiling the SQL again for each of
            // 100k cards took longer than inserting them.
            let insert = try db.cachedStatement(sql: """
                INSERT INTO card (deck, key, chapter, kind, front, back, cloze_ordinal, tags, position, source, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for draft in plan.added {
                let columns = CardRows.contentColumns(draft.content)
                try insert.execute(
                    arguments: [draft.id.deck, draft.id.key, draft.chapter.slug, columns.kind, columns.front, columns.back,
                                columns.ordinal, draft.tags.joined(separator: " "), positions[draft.id] ?? 0,
                                draft.source.description, addedAt])
            }
            let update = try db.cachedStatement(sql: """
                UPDATE card SET chapter = ?, kind = ?, front = ?, back = ?, cloze_ordinal = ?, tags = ?,
                    position = ?, source = ?
                WHERE deck = ? AND key = ? AND pruned = 0
                """)
            for draft in plan.updated + plan.unchanged {
                let columns = CardRows.contentColumns(draft.content)
                try update.execute(
                    arguments: [draft.chapter.slug, columns.kind, columns.front, columns.back, columns.ordinal,
                                draft.tags.joined(separator: " "), positions[draft.id] ?? 0, draft.source.description,
                                draft.id.deck, draft.id.key])
            }
            if prune {
                for id in plan.vanished {
                    guard let rowID = try CardRows.rowID(of: id, in: db) else { continue }
                    try db.execute(sql: "DELETE FROM card_state WHERE card_id = ?", arguments: [rowID])
                    try db.execute(sql: "UPDATE card SET pruned = 1 WHERE id = ?", arguments: [rowID])
                }
            }
            var addedAnswers = 0
            for draft in plan.added + plan.updated + plan.unchanged where !draft.history.isEmpty {
                addedAnswers += try Self.mergeHistory(of: draft, clock: clock, in: db)
            }
            return addedAnswers
        }
    }

    /// Position of each card within its chapter, in the order the source lists them.
    private static func filePositions(of plan: ImportPlan) -> [CardID: Int] {
        var next: [String: Int] = [:]
        var positions: [CardID: Int] = [:]
        for draft in plan.added + plan.updated + plan.unchanged {
            let chapterKey = draft.chapter.deck + "\u{1F}" + draft.chapter.slug
            positions[draft.id] = (next[chapterKey] ?? 0)
            next[chapterKey, default: 0] += 1
        }
        return positions
    }

    /// Logs the answers of `draft.history` not logged before, then replays the card.
    private static func mergeHistory(of draft: CardDraft, clock: DayClock, in db: Database) throws -> Int {
        guard let rowID = try CardRows.rowID(of: draft.id, in: db) else { return 0 }
        let logged = Set(try Int64.fetchAll(
            db, sql: "SELECT at FROM review_log WHERE card_id = ? AND kind IN ('import', 'drill')", arguments: [rowID]))
        let fresh = draft.history.filter { !logged.contains(CardRows.millis($0.at)) }
        guard !fresh.isEmpty else { return 0 }
        let start = try CardRows.replayState(of: rowID, in: db)
        for event in HistoryImport.events(for: draft.id, answers: fresh, clock: clock, startingFrom: start) {
            try CardRows.appendLog(event, rowID: rowID, in: db)
        }
        try CardRows.writeState(try CardRows.replayState(of: rowID, in: db), rowID: rowID, in: db)
        return fresh.count
    }
}
