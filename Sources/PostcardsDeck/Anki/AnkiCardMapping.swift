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
struct AnkiCardMapping {
    static let templateSeparator = "/"
    static let clozeSeparator = "#"
    /// Enough of the front to recognise the card in `review --plain` headers.
    static let frontKeyLength = 24

    private let chapters: AnkiChapters
    /// Where each key was first used: the line of a text export, the note id of a package.
    /// One integer, not a location: on a 100k-row import this table is most of the memory.
    private var firstUse: [CardID: Int64] = [:]
    private var placement: (path: [String], chapter: Chapter, deeperTag: String?)?

    /// `chapters` must know the deck of every note to be mapped.
    init(chapters: AnkiChapters, expectedCards: Int = 0) {
        self.chapters = chapters
        firstUse.reserveCapacity(expectedCards)
    }

    static func drafts(from notes: [AnkiNote]) throws(DeckError) -> [CardDraft] {
        var mapping = AnkiCardMapping(
            chapters: AnkiChapters(deckPaths: notes.lazy.flatMap { $0.cards.map(\.deck) }), expectedCards: notes.count)
        var drafts: [CardDraft] = []
        drafts.reserveCapacity(notes.count)
        for note in notes { drafts += try mapping.drafts(of: note) }
        return drafts
    }

    /// The cards of one note; throws when one has the key of a card mapped before.
    mutating func drafts(of note: AnkiNote) throws(DeckError) -> [CardDraft] {
        let noteKey = note.guid ?? Self.frontKey(note.field(0))
        var drafts: [CardDraft] = []
        for card in note.cards {
            let content = Self.content(of: note, ordinal: card.ordinal)
            if Self.isEmpty(content) { continue }
            if placement?.path != card.deck {
                placement = (card.deck, chapters.chapter(for: card.deck), AnkiChapters.deeperLevelTag(for: card.deck))
            }
            guard let (_, chapter, deeperTag) = placement else { continue }
            let id = CardID(deck: chapter.deck, key: Self.key(noteKey, kind: note.kind, ordinal: card.ordinal))
            let place = note.source.line > 0 ? Int64(note.source.line) : note.id ?? 0
            if let earlier = firstUse.updateValue(place, forKey: id) {
                let isText = note.source.line > 0
                let first = isText ? " (the first is at line \(earlier))"
                    : note.id.map { " (notes \(earlier) and \($0))" } ?? ""
                throw DeckError(
                    at: note.source, "a second card has the key \"\(id.key)\" in deck \"\(id.deck)\"\(first)",
                    hint: note.guid == nil
                        ? "Two rows have the same front; make them differ or add a #guid column: header"
                        : "Give each note its own GUID",
                    related: SourceLocation(file: note.source.file, line: isText ? Int(earlier) : 0))
            }
            var tags = note.tags
            if let deeperTag { tags.append(deeperTag) }
            drafts.append(CardDraft(
                id: id, chapter: chapter, content: content,
                tags: AnkiTags.sortedUnique(tags), source: note.source, history: card.history))
        }
        return drafts
    }

    /// Anki's "empty cards": a question with nothing on it, or a cloze number the text no
    /// longer has (Anki keeps such cards until Tools › Empty Cards). Not worth reviewing.
    static func isEmpty(_ content: CardContent) -> Bool {
        switch content {
        case let .basic(front, _):
            return front.isEmpty
        case let .cloze(text, ordinal, _):
            guard let numbers = try? Cloze.numbers(in: text) else { return text.isEmpty }
            return !numbers.contains(ordinal)
        }
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
            let join = { (indices: [Int]) in
                indices.count == 1 ? note.field(indices[0]) : indices.map(note.field).filter { !$0.isEmpty }.joined(separator: "\n")
            }
            return .basic(front: join(template.front), back: join(template.back))
        }
    }
}
