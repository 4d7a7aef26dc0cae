import PostcardsCore

/// One deck file read and checked on its own: its chapter, its cards, and its problems.
struct ChapterFile {
    static let allowedRootKeys = ["deck", "cards"]
    /// After this many problems a file is likely not a deck at all; more lines would bury
    /// the first, most useful ones.
    static let maximumErrors = 20

    var file: String
    var chapter: Chapter?
    /// The `[deck]` header, for duplicate-chapter messages.
    var chapterLocation: SourceLocation
    var cards: [ParsedCard] = []
    var errors: [DeckError] = []

    /// `bytes` must be UTF-8 (`DeckText.check`).
    init(bytes: [UInt8], file: String) {
        self.file = file
        chapterLocation = TextPosition.start.location(in: file)
        let lines = LineTable(bytes: bytes)
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(lines.bytes)
        } catch {
            errors.append(Self.syntaxError(error, lines: lines, file: file))
            return
        }
        checkRootKeys(root, lines: lines)
        readChapter(root, lines: lines)
        readCards(root, lines: lines)
        sortAndCapErrors()
    }

    static func syntaxError(_ error: TOMLSyntaxError, lines: LineTable, file: String) -> DeckError {
        let related = error.related.map { lines.position(of: $0).location(in: file) }
        let message = error.message + (related.map { " (first defined at \($0))" } ?? "")
        return DeckError(
            at: lines.position(of: error.offset).location(in: file), message, hint: error.hint, related: related)
    }

    private mutating func checkRootKeys(_ root: TOMLTable, lines: LineTable) {
        for entry in root.entries where !Self.allowedRootKeys.contains(entry.key) {
            let hint = KeySuggestion.closest(to: entry.key, among: Self.allowedRootKeys).map {
                "Did you mean \($0 == "deck" ? "[deck]" : "[[cards]]")? A deck file has only [deck] and [[cards]] tables."
            } ?? "A deck file has only a [deck] table and [[cards]] tables; put card fields under [[cards]]."
            errors.append(DeckError(
                at: lines.position(of: entry.keyOffset).location(in: file),
                "unknown key \"\(entry.key)\" at the top of the file", hint: hint))
        }
    }

    private mutating func readChapter(_ root: TOMLTable, lines: LineTable) {
        guard let entry = root.entry("deck") else {
            errors.append(DeckError(
                at: chapterLocation, "the file has no [deck] table",
                hint: "Start it with [deck] and name, chapter, title and order (see docs/deck-format.md)."))
            return
        }
        guard let table = entry.value.table else {
            chapterLocation = lines.position(of: entry.keyOffset).location(in: file)
            errors.append(DeckError(
                at: chapterLocation, "deck must be a single [deck] table, not \(entry.value.kindName)",
                hint: "Write [deck] on its own line with one pair of brackets."))
            return
        }
        let fields = FieldReader(table: table, file: file, lines: lines, name: .deck)
        chapterLocation = fields.headerLocation
        chapter = ChapterTable.read(fields, errors: &errors)
    }

    private mutating func readCards(_ root: TOMLTable, lines: LineTable) {
        guard let entry = root.entry("cards") else {
            errors.append(DeckError(
                at: chapterLocation, "the file has no cards",
                hint: "Add cards as [[cards]] tables, each with an id and front and back (or cloze)."))
            return
        }
        guard let array = entry.value.array else {
            errors.append(DeckError(
                at: lines.position(of: entry.keyOffset).location(in: file),
                "cards must be [[cards]] tables, not \(entry.value.kindName)",
                hint: "Start each card with [[cards]] (two pairs of brackets)."))
            return
        }
        cards.reserveCapacity(array.count)
        for (number, element) in zip(1..., array) {
            guard let table = element.table else {
                errors.append(DeckError(
                    at: lines.position(of: element.offset).location(in: file),
                    "card #\(number) must be a table, not \(element.kindName)",
                    hint: "Start each card with [[cards]] followed by its keys."))
                continue
            }
            let fields = FieldReader(table: table, file: file, lines: lines, name: .card(ordinal: number))
            if let card = CardTable.read(fields, ordinal: number, errors: &errors) {
                cards.append(card)
            }
        }
    }

    private mutating func sortAndCapErrors() {
        errors = errors.enumerated()
            .sorted { ($0.element.location.line, $0.element.location.column, $0.offset) < ($1.element.location.line, $1.element.location.column, $1.offset) }
            .map(\.element)
        guard errors.count > Self.maximumErrors else { return }
        let hidden = errors.count - Self.maximumErrors
        let last = errors[Self.maximumErrors - 1].location
        errors = Array(errors.prefix(Self.maximumErrors))
        errors.append(DeckError(
            at: last, "\(hidden) more problem\(hidden == 1 ? "" : "s") in this file not shown",
            hint: "Fix the ones above and run again."))
    }
}
