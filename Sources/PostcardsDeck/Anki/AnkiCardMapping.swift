import PostcardsCore

/// Anki notes → postcards card drafts.
///
/// Card keys (unique within the deck, stable across exports, so a re-import updates text and
/// keeps progress):
/// - front/back card 1 (template ordinal 0): the note GUID, e.g. `fC&%T$t5:0`;
/// - other templates: `<guid>/<ordinal>`, so the reverse card of "Basic (and reversed card)"
///   is `<guid>/1`;
/// - cloze deletion n: `<guid>#<n>`, like `<id>#<n>` in postcards' own decks;
/// - text files without a GUID column: `<slug of the front>-<hash of the front>` instead of
///   the GUID, so (as in Anki) editing the back updates the card and editing the front
///   makes a new one.
enum AnkiCardMapping {
    static let templateSeparator = "/"
    static let clozeSeparator = "#"
    /// Enough of the front to recognise the card in `review --plain` headers.
    static let frontKeyLength = 24

    static func drafts(from notes: [AnkiNote]) throws(DeckError) -> [CardDraft] {
        let chapters = AnkiChapters(deckPaths: notes.lazy.flatMap { $0.cards.map(\.deck) })
        var drafts: [CardDraft] = []
        var firstUse: [CardID: SourceLocation] = [:]
        for note in notes {
            let noteKey = note.guid ?? frontKey(note.field(0))
            for card in note.cards {
                let chapter = chapters.chapter(for: card.deck)
                let id = CardID(deck: chapter.deck, key: key(noteKey, kind: note.kind, ordinal: card.ordinal))
                if let earlier = firstUse.updateValue(note.source, forKey: id) {
                    throw DeckError(
                        at: note.source, "a second card has the key \"\(id.key)\" in deck \"\(id.deck)\"",
                        hint: note.guid == nil
                            ? "Two rows have the same front; make them differ or add a #guid column: header"
                            : "Give each note its own GUID",
                        related: earlier)
                }
                var tags = Set(note.tags)
                if let deeper = AnkiChapters.deeperLevelTag(for: card.deck) { tags.insert(deeper) }
                drafts.append(CardDraft(
                    id: id, chapter: chapter, content: content(of: note, ordinal: card.ordinal),
                    tags: tags.sorted(), source: note.source, history: card.history))
            }
        }
        return drafts
    }

    static func key(_ noteKey: String, kind: AnkiNoteKind, ordinal: Int) -> String {
        switch kind {
        case .cloze: "\(noteKey)\(clozeSeparator)\(ordinal + 1)"
        case .standard: ordinal == 0 ? noteKey : "\(noteKey)\(templateSeparator)\(ordinal)"
        }
    }

    static func frontKey(_ front: String) -> String {
        let words = AnkiSlug.asciiWords(front, limit: frontKeyLength)
        return "\(words.isEmpty ? "note" : words)-\(AnkiSlug.hash(front))"
    }

    static func content(of note: AnkiNote, ordinal: Int) -> CardContent {
        switch note.kind {
        case let .cloze(textField, extraField):
            return .cloze(text: note.field(textField), ordinal: ordinal + 1, extra: extraField.map(note.field) ?? "")
        case let .standard(templates):
            let template = templates.first { $0.ordinal == ordinal }
                ?? (ordinal == AnkiTemplate.reverse.ordinal ? .reverse : .forward)
            let join = { (indices: [Int]) in indices.map(note.field).filter { !$0.isEmpty }.joined(separator: "\n") }
            return .basic(front: join(template.front), back: join(template.back))
        }
    }
}
