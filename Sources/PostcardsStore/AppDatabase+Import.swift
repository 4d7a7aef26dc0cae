import Foundation
import GRDB
import PostcardsCore

extension AppDatabase {
    /// Live cards of the given decks, for planning an import.
    public func existingCards(decks: Set<String>) throws -> [Card] {
        try writer.read { db in try Self.existingCards(decks: decks, in: db) }
    }

    private static func existingCards(decks: Set<String>, in db: Database) throws -> [Card] {
        guard !decks.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: decks.count).joined(separator: ",")
        return try Row.fetchAll(
            db,
            sql: "SELECT \(CardRows.cardColumns) FROM card c WHERE c.pruned = 0 AND c.deck IN (\(marks))",
            arguments: StatementArguments(Array(decks))
        ).map(CardRows.card)
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
        try writer.write { db in try Self.apply(plan, prune: prune, now: now, clock: clock, in: db) }
    }

    /// Plans and applies in one transaction, so that the plan cannot go stale in between: two
    /// processes importing the same cards at once (two first runs adding the shipped deck) both
    /// succeed, the second finding the cards the first added. Returns the plan and how many
    /// history answers were added.
    @discardableResult
    public func importDrafts(
        _ drafts: [CardDraft], prune: Bool = false, now: Date, clock: DayClock
    ) throws -> (plan: ImportPlan, addedAnswers: Int) {
        try writer.write { db in
            let existing = try Self.existingCards(decks: Set(drafts.map(\.id.deck)), in: db)
            let plan = ImportPlan.make(drafts: drafts, existing: existing)
            return (plan, try Self.apply(plan, prune: prune, now: now, clock: clock, in: db))
        }
    }

    private static func apply(_ plan: ImportPlan, prune: Bool, now: Date, clock: DayClock, in db: Database) throws -> Int {
        for chapter in plan.chapters {
            try db.execute(
                sql: """
                    INSERT INTO chapter (deck, slug, title, position) VALUES (?, ?, ?, ?)
                    ON CONFLICT(deck, slug) DO UPDATE SET title = excluded.title, position = excluded.position
                    """,
                arguments: [chapter.deck, chapter.slug, chapter.title, chapter.order])
        }
        var positions = FilePositions()
        let addedAt = CardRows.millis(now)
        // Statements compiled once: a 100k-card import would otherwise spend most of its
        // time parsing the same SQL (docs/performance.md).
        let insert = try db.cachedStatement(sql: """
            INSERT INTO card (deck, key, chapter, kind, front, back, cloze_ordinal, tags, position, source, added_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for draft in plan.added {
            let columns = CardRows.contentColumns(draft.content)
            try insert.execute(
                arguments: [draft.id.deck, draft.id.key, draft.chapter.slug, columns.kind, columns.front, columns.back,
                            columns.ordinal, draft.tags.joined(separator: " "), positions.next(in: draft.chapter),
                            draft.source.description, addedAt])
        }
        let update = try db.cachedStatement(sql: """
            UPDATE card SET chapter = ?, kind = ?, front = ?, back = ?, cloze_ordinal = ?, tags = ?,
                position = ?, source = ?
            WHERE deck = ? AND key = ? AND pruned = 0
            """)
        for draft in plan.updated {
            let columns = CardRows.contentColumns(draft.content)
            try update.execute(
                arguments: [draft.chapter.slug, columns.kind, columns.front, columns.back, columns.ordinal,
                            draft.tags.joined(separator: " "), positions.next(in: draft.chapter),
                            draft.source.description, draft.id.deck, draft.id.key])
        }
        // An unchanged card can only have moved within its file: rewrite just those rows, so
        // re-importing a large unchanged source writes (almost) nothing.
        let move = try db.cachedStatement(sql: """
            UPDATE card SET position = ?, source = ?
            WHERE deck = ? AND key = ? AND pruned = 0 AND (position <> ? OR source <> ?)
            """)
        for draft in plan.unchanged {
            let position = positions.next(in: draft.chapter)
            let source = draft.source.description
            try move.execute(arguments: [position, source, draft.id.deck, draft.id.key, position, source])
        }
        if prune {
            for id in plan.vanished {
                guard let rowID = try CardRows.rowID(of: id, in: db) else { continue }
                try db.execute(sql: "DELETE FROM card_state WHERE card_id = ?", arguments: [rowID])
                try db.execute(sql: "UPDATE card SET pruned = 1 WHERE id = ?", arguments: [rowID])
            }
        }
        var addedAnswers = 0
        // Checked in place: binding each draft to a loop variable first would copy 100k of them.
        for drafts in [plan.added, plan.updated, plan.unchanged] {
            for index in drafts.indices where !drafts[index].history.isEmpty {
                addedAnswers += try mergeHistory(of: drafts[index], clock: clock, in: db)
            }
        }
        return addedAnswers
    }


    /// Position of each card within its chapter, in the order the plan lists them (added,
    /// updated, unchanged — the order `apply` writes them in), counted as they are written.
    private struct FilePositions {
        private struct ChapterKey: Hashable {
            var deck: String
            var slug: String
        }

        private var next: [ChapterKey: Int] = [:]

        mutating func next(in chapter: Chapter) -> Int {
            let key = ChapterKey(deck: chapter.deck, slug: chapter.slug)
            defer { next[key, default: 0] += 1 }
            return next[key] ?? 0
        }
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
