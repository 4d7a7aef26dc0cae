import PostcardsCore

/// What reading decks produced: the cards of every file, and every problem found.
public struct DeckReadResult: Sendable {
    /// Cards of all files in file order, then card order; cloze texts expanded to one card
    /// per deletion.
    public var drafts: [CardDraft]
    public var errors: [DeckError]
    /// How many files were read (parsed or not).
    public var fileCount: Int
}

/// Reads native TOML deck files (docs/deck-format.md) into card drafts.
///
/// Every file is checked to the end and all files are read, so one run lists every problem
/// (up to `ChapterFile.maximumErrors` per file). Ids and chapter slugs are checked across
/// all the files given, since one deck spans several files.
public enum DeckReader {
    /// Reads files and directories of `.toml` files; throws every problem found.
    public static func read(paths: [String]) throws(DeckErrors) -> [CardDraft] {
        try succeed(load(paths: paths))
    }

    /// Reads one deck file's text; `file` names it in messages.
    public static func read(text: String, file: String) throws(DeckErrors) -> [CardDraft] {
        try succeed(load(files: [DeckSourceFile(file: file, text: text)]))
    }

    /// Reads deck files held in memory (the shipped deck) as one set.
    public static func read(files: [DeckSourceFile]) throws(DeckErrors) -> [CardDraft] {
        try succeed(load(files: files))
    }

    /// Like `read(paths:)`, but returns the cards of the files that are fine together with
    /// the problems, for `lint`, which reports both.
    public static func load(paths: [String]) -> DeckReadResult {
        let found = DeckFileFinder.find(paths)
        var result = load(files: found.files)
        result.errors = found.errors + result.errors
        result.fileCount = found.fileCount
        return result
    }

    public static func load(files: [DeckSourceFile]) -> DeckReadResult {
        var assembly = DeckAssembly()
        var drafts: [CardDraft] = []
        for source in files { drafts += assembly.read(source) }
        return DeckReadResult(drafts: drafts, errors: assembly.errors, fileCount: files.count)
    }

    /// Reads deck files and directories one file at a time, handing each file's cards to
    /// `body` as soon as they are read, so a large deck is never held whole. Once a problem
    /// is found `body` gets nothing more, but every file is still checked; then all the
    /// problems are thrown as `DeckErrors`. A caller writing the cards in one transaction
    /// thus rolls it back: the import is all or nothing.
    public static func stream(paths: [String], _ body: ([CardDraft]) throws -> Void) throws {
        let located = DeckFileFinder.locate(paths)
        var assembly = DeckAssembly()
        var loadErrors = located.errors
        for file in located.files {
            switch DeckFileFinder.loadBytes(file) {
            case let .success(bytes):
                let drafts = assembly.read(bytes: bytes, file: file)
                if loadErrors.isEmpty, assembly.errors.isEmpty { try body(drafts) }
            case let .failure(error):
                loadErrors.append(error)
            }
        }
        let errors = loadErrors + assembly.errors
        guard errors.isEmpty else { throw DeckErrors(errors) }
    }

    /// A front/back card is one draft; a cloze card is one draft per deletion number, keyed
    /// `<id>#<n>`.
    static func expand(_ card: ParsedCard, chapter: Chapter) -> [CardDraft] {
        switch card.content {
        case let .basic(front, back):
            return [CardDraft(
                id: CardID(deck: chapter.deck, key: card.id), chapter: chapter,
                content: .basic(front: front, back: back), tags: card.tags, source: card.location)]
        case let .cloze(text, numbers, extra):
            return numbers.map { number in
                CardDraft(
                    id: CardID(deck: chapter.deck, key: "\(card.id)#\(number)"), chapter: chapter,
                    content: .cloze(text: text, ordinal: number, extra: extra), tags: card.tags,
                    source: card.location)
            }
        }
    }

    private static func succeed(_ result: DeckReadResult) throws(DeckErrors) -> [CardDraft] {
        guard result.errors.isEmpty else { throw DeckErrors(result.errors) }
        return result.drafts
    }
}

/// The files of one deck read in turn: each file's cards, and the problems of all of them.
struct DeckAssembly {
    // Encoding problems come first, as if every file were checked before any is parsed.
    private var encodingErrors: [DeckError] = []
    private var otherErrors: [DeckError] = []
    private var checks = DeckUniqueness()

    var errors: [DeckError] { encodingErrors + otherErrors }

    /// The cards of one file, cloze texts expanded; problems are kept in `errors`.
    mutating func read(_ source: DeckSourceFile) -> [CardDraft] {
        read(bytes: Array(source.text.utf8), file: source.file)
    }

    /// The same for a file's bytes as read from disk.
    mutating func read(bytes: [UInt8], file: String) -> [CardDraft] {
        switch DeckText.check(bytes, file: file) {
        case let .success(body): return read(ChapterFile(bytes: body, file: file))
        case let .failure(error):
            encodingErrors.append(error)
            return []
        }
    }

    private mutating func read(_ chapterFile: ChapterFile) -> [CardDraft] {
        otherErrors += chapterFile.errors
        guard let chapter = chapterFile.chapter else { return [] }
        otherErrors += checks.claim(chapter, at: chapterFile.chapterLocation)
        var drafts: [CardDraft] = []
        drafts.reserveCapacity(chapterFile.cards.count)
        for card in chapterFile.cards {
            if let duplicate = checks.claim(card, in: chapter.deck) {
                otherErrors.append(duplicate)
            } else {
                drafts += DeckReader.expand(card, chapter: chapter)
            }
        }
        return drafts
    }
}

/// Card ids and chapter slugs must be unique within a deck, across all its files.
struct DeckUniqueness {
    private struct Key: Hashable {
        var deck: String
        var name: String
    }

    private var chapters: [Key: SourceLocation] = [:]
    /// Where each id was first used, packed into one integer (see `pack`): with a whole
    /// location per card this table was a third of a 100k-card import's memory.
    private var cards: [Key: UInt64] = [:]
    private var files: [String] = []
    private var fileIndices: [String: Int] = [:]

    mutating func claim(_ chapter: Chapter, at location: SourceLocation) -> [DeckError] {
        let key = Key(deck: chapter.deck, name: chapter.slug)
        guard let first = chapters[key] else {
            chapters[key] = location
            return []
        }
        return [DeckError(
            at: location, "chapter \"\(chapter.slug)\" of deck \"\(chapter.deck)\" is already defined at \(first)",
            hint: "Give each chapter file of a deck its own chapter slug.", related: first)]
    }

    mutating func claim(_ card: ParsedCard, in deck: String) -> DeckError? {
        let key = Key(deck: deck, name: card.id)
        guard let packed = cards[key] else {
            cards[key] = pack(card.idLocation)
            return nil
        }
        let first = unpack(packed)
        return DeckError(
            at: card.idLocation, "duplicate card id \"\(card.id)\" in deck \"\(deck)\"; it is first used at \(first)",
            hint: "Give one of them another id: ids must be unique within a deck, because progress is kept by id.",
            related: first)
    }

    /// File index in the top 16 bits, line in the next 32, column in the last 16 (a column
    /// past 65 535 is shown as 65 535).
    private mutating func pack(_ location: SourceLocation) -> UInt64 {
        let index: Int
        if let last = files.last, last == location.file {
            index = files.count - 1
        } else if let known = fileIndices[location.file] {
            index = known
        } else {
            index = files.count
            files.append(location.file)
            fileIndices[location.file] = index
        }
        return UInt64(truncatingIfNeeded: index) << 48 | UInt64(UInt32(clamping: location.line)) << 16
            | UInt64(UInt16(clamping: location.column))
    }

    private func unpack(_ packed: UInt64) -> SourceLocation {
        SourceLocation(
            file: files[Int(packed >> 48)], line: Int(packed >> 16 & 0xFFFF_FFFF), column: Int(packed & 0xFFFF))
    }
}
