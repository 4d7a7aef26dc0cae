import Foundation
import GRDB
import PostcardsCore

/// Takes an import's cards one at a time inside a transaction the caller holds, and writes
/// each at once: added, updated (progress kept) or left alone.
///
/// A card is matched with the collection by looking up its id, not by loading the decks
/// first, so a 100k-card import holds one file's cards at a time, never the whole deck
/// twice (docs/performance.md). With `writes` false nothing is written: a dry run and a real
/// import judge every card by the same code.
struct CardImport {
    private let db: Database
    private let writes: Bool
    private let addedAt: Int64
    private let clock: DayClock
    /// Cards with a row id above this were added by this import.
    private let lastRowIDBefore: Int64
    private(set) var summary = ImportSummary()
    /// Existing cards this import matched: the rest of their chapters vanished.
    private var matched = Set<Int64>()
    /// Imported chapters in the order first seen.
    private var chapterOrder: [ChapterKey] = []
    private var seenChapters = Set<ChapterKey>()
    /// Decks that had live cards when the import began; a deck without any skips the lookups.
    private var deckHadCards: [String: Bool] = [:]
    /// `deckHadCards` of the current chapter's deck, looked up once per chapter, not per card.
    private var currentDeckHadCards = false
    /// The insert, prepared on first use: looking it up in GRDB's statement cache hashes
    /// its SQL text for every row.
    private var insertStatement: DirectStatement?
    /// Next position in each chapter; `current` and `nextPosition` spare a lookup for each
    /// card of a run of cards in one chapter (every deck file is one).
    private var positions: [ChapterKey: Int] = [:]
    private var current: ChapterKey?
    private var nextPosition = 0

    private struct ChapterKey: Hashable {
        var deck: String
        var slug: String
    }

    private struct Existing {
        var rowID: Int64
        var card: Card
        var position: Int
        var source: String
    }

    init(db: Database, writes: Bool, now: Date, clock: DayClock) throws {
        self.db = db
        self.writes = writes
        self.clock = clock
        addedAt = CardRows.millis(now)
        lastRowIDBefore = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM card") ?? 0
    }

    mutating func add(_ draft: CardDraft) throws {
        try enter(draft.chapter)
        let position = nextPosition
        nextPosition += 1
        let rowID: Int64?
        if let existing = try existing(draft.id) {
            let source = draft.source.description
            matched.insert(existing.rowID)
            rowID = existing.rowID
            if existing.card == draft.card {
                summary.unchanged += 1
                // An unchanged card can only have moved within its file: re-importing a large
                // unchanged source writes (almost) nothing.
                if writes, existing.position != position || existing.source != source {
                    try move(existing.rowID, to: position, source: source)
                }
            } else {
                summary.updated += 1
                if writes { try update(existing.rowID, with: draft, position: position, source: source) }
            }
        } else {
            summary.added += 1
            rowID = writes ? try insert(draft, position: position) : nil
        }
        if writes, let rowID, !draft.history.isEmpty {
            summary.addedAnswers += try Self.mergeHistory(draft.history, of: draft.id, rowID: rowID, clock: clock, in: db)
        }
    }

    /// Live cards of the imported chapters that no imported card matched, sorted by id.
    func vanished() throws -> [CardID] {
        var vanished: [CardID] = []
        let statement = try db.cachedStatement(sql: """
            SELECT id, key FROM card WHERE deck = ? AND chapter = ? AND pruned = 0 AND id <= ?
            """)
        for chapter in chapterOrder where deckHadCards[chapter.deck] == true {
            let rows = try Row.fetchCursor(statement, arguments: [chapter.deck, chapter.slug, lastRowIDBefore])
            while let row = try rows.next() {
                if !matched.contains(row[0]) { vanished.append(CardID(deck: chapter.deck, key: row[1])) }
            }
        }
        return vanished.sorted()
    }

    /// Removes cards and their state; their log rows stay, so history is never lost.
    mutating func prune(_ ids: [CardID]) throws {
        guard writes else { return }
        for id in ids {
            guard let rowID = try CardRows.rowID(of: id, in: db) else { continue }
            try db.execute(sql: "DELETE FROM card_state WHERE card_id = ?", arguments: [rowID])
            try db.execute(sql: "UPDATE card SET pruned = 1 WHERE id = ?", arguments: [rowID])
        }
    }

    private mutating func enter(_ chapter: Chapter) throws {
        let key = ChapterKey(deck: chapter.deck, slug: chapter.slug)
        guard key != current else { return }
        if let current { positions[current] = nextPosition }
        current = key
        nextPosition = positions[key] ?? 0
        if deckHadCards[key.deck] == nil {
            deckHadCards[key.deck] = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM card WHERE deck = ? AND pruned = 0)", arguments: [key.deck]) ?? false
        }
        currentDeckHadCards = deckHadCards[key.deck] ?? false
        guard seenChapters.insert(key).inserted else { return }
        chapterOrder.append(key)
        guard writes else { return }
        try db.execute(
            sql: """
                INSERT INTO chapter (deck, slug, title, position) VALUES (?, ?, ?, ?)
                ON CONFLICT(deck, slug) DO UPDATE SET title = excluded.title, position = excluded.position
                """,
            arguments: [chapter.deck, chapter.slug, chapter.title, chapter.order])
    }

    private func existing(_ id: CardID) throws -> Existing? {
        // Only cards that were there before can match: a deck new to the collection needs
        // no lookups (its ids are unique, as every reader checks).
        let hadCards = id.deck == current?.deck ? currentDeckHadCards : deckHadCards[id.deck] == true
        guard hadCards else { return nil }
        let statement = try db.cachedStatement(sql: """
            SELECT \(CardRows.cardColumns), c.position, c.source FROM card c
            WHERE c.deck = ? AND c.key = ? AND c.pruned = 0 AND c.id <= ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [id.deck, id.key, lastRowIDBefore]) else { return nil }
        return Existing(
            rowID: row[0], card: CardRows.cardByPosition(row),
            position: row[CardRows.cardColumnCount], source: row[CardRows.cardColumnCount + 1])
    }

    // Statements are cached: a 100k-card import would otherwise spend most of its time
    // compiling the same SQL (docs/performance.md).

    private mutating func insert(_ draft: CardDraft, position: Int) throws -> Int64 {
        let columns = CardRows.contentColumns(draft.content)
        // Taken out and put back: a copy left behind would make every row copy its buffers.
        var insert = try insertStatement.take() ?? DirectStatement(db.makeStatement(sql: """
            INSERT INTO card (deck, key, chapter, kind, front, back, cloze_ordinal, tags, position, source, added_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        defer { insertStatement = insert }
        insert.bind(draft.id.deck)
        insert.bind(draft.id.key)
        insert.bind(draft.chapter.slug)
        insert.bind(columns.kind)
        insert.bind(columns.front)
        insert.bind(columns.back)
        insert.bind(columns.ordinal)
        insert.bind(joining: draft.tags)
        insert.bind(position)
        insert.bind(draft.source)
        insert.bind(addedAt)
        do {
            try insert.execute(in: db)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            // Each reader refuses a repeated id within its own file; two sources given
            // together can still both hold one.
            let first = try String.fetchOne(
                db, sql: "SELECT source FROM card WHERE deck = ? AND key = ? AND pruned = 0", arguments: [draft.id.deck, draft.id.key])
            guard let first else { throw error }
            throw StoreError.duplicateCard(draft.id, source: draft.source.description, first: first)
        }
        return db.lastInsertedRowID
    }

    private func update(_ rowID: Int64, with draft: CardDraft, position: Int, source: String) throws {
        let columns = CardRows.contentColumns(draft.content)
        try db.cachedStatement(sql: """
            UPDATE card SET chapter = ?, kind = ?, front = ?, back = ?, cloze_ordinal = ?, tags = ?,
                position = ?, source = ?
            WHERE id = ?
            """).execute(arguments: [
                draft.chapter.slug, columns.kind, columns.front, columns.back, columns.ordinal,
                draft.tags.joined(separator: " "), position, source, rowID])
    }

    private func move(_ rowID: Int64, to position: Int, source: String) throws {
        try db.cachedStatement(sql: "UPDATE card SET position = ?, source = ? WHERE id = ?")
            .execute(arguments: [position, source, rowID])
    }

    /// Logs the answers not logged before, then replays the card. Returns how many were new.
    private static func mergeHistory(
        _ history: [HistoricAnswer], of id: CardID, rowID: Int64, clock: DayClock, in db: Database
    ) throws -> Int {
        let logged = Set(try Int64.fetchAll(
            db, sql: "SELECT at FROM review_log WHERE card_id = ? AND kind IN ('import', 'drill')", arguments: [rowID]))
        let fresh = history.filter { !logged.contains(CardRows.millis($0.at)) }
        guard !fresh.isEmpty else { return 0 }
        let start = try CardRows.replayState(of: rowID, in: db)
        for event in HistoryImport.events(for: id, answers: fresh, clock: clock, startingFrom: start) {
            try CardRows.appendLog(event, rowID: rowID, in: db)
        }
        try CardRows.writeState(try CardRows.replayState(of: rowID, in: db), rowID: rowID, in: db)
        return fresh.count
    }
}
