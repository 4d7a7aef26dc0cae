/// What an import would change, computed before anything is written, so `--dry-run` and
/// the real import print the same plan and the import applies it in one transaction.
public struct ImportPlan: Sendable {
    public var added: [CardDraft] = []
    /// New content for cards that exist; their progress is kept.
    public var updated: [CardDraft] = []
    public var unchanged: [CardDraft] = []
    /// Cards of the imported chapters that the source no longer has.
    public var vanished: [CardID] = []
    public var chapters: [Chapter] = []

    public init() {}

    /// Compares drafts with the collection's cards of the same decks. Cards are matched by
    /// id, so an edited card keeps its history; vanishing is judged per imported chapter,
    /// so importing one chapter file never reports the deck's other chapters.
    public static func make(drafts: [CardDraft], existing: [Card]) -> ImportPlan {
        var plan = ImportPlan()
        let current = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seenChapters = Set<Chapter>()
        var incoming = Set<CardID>()
        var previousChapter: Chapter?
        // Hashing is most of the cost on 100k-card imports: skip it where it cannot matter
        // (a run of cards in one chapter, a deck with no cards yet).
        for draft in drafts {
            if !existing.isEmpty { incoming.insert(draft.id) }
            if draft.chapter != previousChapter, seenChapters.insert(draft.chapter).inserted {
                plan.chapters.append(draft.chapter)
            }
            previousChapter = draft.chapter
            switch current.isEmpty ? nil : current[draft.id] {
            case nil: plan.added.append(draft)
            // History is merged by the store, which skips answers it already holds.
            case let card? where card == draft.card: plan.unchanged.append(draft)
            default: plan.updated.append(draft)
            }
        }
        let importedChapters = Set(plan.chapters.map { ChapterKey(deck: $0.deck, slug: $0.slug) })
        plan.vanished = existing
            .filter { !incoming.contains($0.id) && importedChapters.contains(ChapterKey(deck: $0.id.deck, slug: $0.chapter)) }
            .map(\.id)
            .sorted()
        return plan
    }

    public var isEmpty: Bool { added.isEmpty && updated.isEmpty && vanished.isEmpty }

    /// `added N, updated M, unchanged K` (and what vanished).
    public var summary: String {
        var line = "added \(added.count), updated \(updated.count), unchanged \(unchanged.count)"
        if !vanished.isEmpty { line += ", vanished \(vanished.count)" }
        return line
    }

    private struct ChapterKey: Hashable {
        var deck: String
        var slug: String
    }
}
