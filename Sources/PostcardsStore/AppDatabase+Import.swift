import Foundation
import GRDB
import PostcardsCore

extension AppDatabase {
    /// Live cards of the given decks, for planning an import.
    public func existingCards(decks: Set<String>) throws -> [Card] {
        try writer.read { db in
            guard !decks.isEmpty else { return [] }
            let marks = Array(repeating: "?", count: decks.count).joined(separator: ",")
            return try Row.fetchAll(
                db,
                sql: "SELECT \(CardRows.cardColumns) FROM card c WHERE c.pruned = 0 AND c.deck IN (\(marks))",
                arguments: StatementArguments(Array(decks))
            ).map(CardRows.card)
        }
    }

    /// Plans an import of `drafts` against the collection, in memory.
    public func plan(_ drafts: [CardDraft]) throws -> ImportPlan {
        ImportPlan.make(drafts: drafts, existing: try existingCards(decks: Set(drafts.map(\.id.deck))))
    }

    /// Imports the cards `source` hands to its argument, in one transaction: all of them or
    /// nothing, whatever `source` throws. Cards are matched by id, so an edited card keeps
    /// its progress; `prune` removes the cards of the imported chapters that the source no
    /// longer has, with their state (their log rows stay).
    ///
    /// Matching inside the write means the result cannot go stale: two processes importing
    /// the same cards at once (two first runs adding the shipped deck) both succeed, the
    /// second finding the cards the first added.
    @discardableResult
    public func importCards(
        prune: Bool = false, now: Date, clock: DayClock, from source: (_ add: (CardDraft) throws -> Void) throws -> Void
    ) throws -> ImportSummary {
        try writer.write { db in
            var importer = try CardImport(db: db, writes: true, now: now, clock: clock)
            try source { try importer.add($0) }
            var summary = importer.summary
            summary.vanished = try importer.vanished()
            if prune { try importer.prune(summary.vanished) }
            return summary
        }
    }

    /// What `importCards` would do with the same cards, writing nothing.
    public func previewImport(from source: (_ add: (CardDraft) throws -> Void) throws -> Void) throws -> ImportSummary {
        try writer.read { db in
            var importer = try CardImport(db: db, writes: false, now: Date(timeIntervalSince1970: 0), clock: DayClock())
            try source { try importer.add($0) }
            var summary = importer.summary
            summary.vanished = try importer.vanished()
            return summary
        }
    }

    /// Imports drafts held in memory; see `importCards`.
    @discardableResult
    public func importDrafts(
        _ drafts: [CardDraft], prune: Bool = false, now: Date, clock: DayClock
    ) throws -> ImportSummary {
        try importCards(prune: prune, now: now, clock: clock) { add in
            for draft in drafts { try add(draft) }
        }
    }

    /// Applies a plan made earlier in one transaction; `prune` removes the cards the plan
    /// found vanished. Returns how many history answers were added.
    @discardableResult
    public func apply(_ plan: ImportPlan, prune: Bool = false, now: Date, clock: DayClock) throws -> Int {
        try writer.write { db in
            var importer = try CardImport(db: db, writes: true, now: now, clock: clock)
            for drafts in [plan.added, plan.updated, plan.unchanged] {
                for draft in drafts { try importer.add(draft) }
            }
            if prune { try importer.prune(plan.vanished) }
            return importer.summary.addedAnswers
        }
    }
}
