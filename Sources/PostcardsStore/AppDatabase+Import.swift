import Foundation
import GRDB
import PostcardsCore

extension AppDatabase {
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
        try reader.read { db in
            var importer = try CardImport(db: db, writes: false, now: Date(timeIntervalSince1970: 0), clock: DayClock())
            try source { try importer.add($0) }
            var summary = importer.summary
            summary.vanished = try importer.vanished()
            return summary
        }
    }

    /// What `importDrafts` would do with the same drafts, writing nothing.
    public func previewImport(_ drafts: [CardDraft]) throws -> ImportSummary {
        try previewImport { add in
            for draft in drafts { try add(draft) }
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
}
