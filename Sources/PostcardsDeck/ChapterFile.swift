import PostcardsCore
import TOMLKit

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

    init(text: String, file: String) {
        self.file = file
        chapterLocation = TextPosition.start.location(in: file)
        let index = TOMLPositionIndex(text: text)
        if let hazard = TOMLParserGuard.firstHazard(in: index.lines.bytes) {
            errors.append(Self.hazardError(hazard, index: index, file: file))
            return
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            errors.append(Self.syntaxError(error, file: file))
            return
        } catch {
            errors.append(DeckError(at: chapterLocation, "the file could not be parsed: \(error)"))
            return
        }
        checkRootKeys(root, index: index)
        readChapter(root, index: index)
        readCards(root, index: index)
        sortAndCapErrors()
    }

    /// Malformed TOML that toml++ would crash on, worded like its own syntax errors.
    static func hazardError(_ finding: TOMLParserGuard.Finding, index: TOMLPositionIndex, file: String) -> DeckError {
        let location = index.position(of: finding.offset).location(in: file)
        switch finding.hazard {
        case .headerWithoutName:
            return DeckError(
                at: location, "invalid TOML: a table header must start with its name",
                hint: "Write the name right after the brackets, as in [deck] or [[cards]]; "
                    + "quote a name that has other characters: [\"my name\"].")
        case .arrayElementStartsWithTerminator:
            return DeckError(
                at: location, "invalid TOML in an array: expected a value, a comma or the closing ]",
                hint: "End the array with ] (a } ends only an inline table), and separate its values with commas.")
        case .dateFollowedByLoneDigit:
            return DeckError(
                at: location, "invalid TOML: a date followed by a number is not a value",
                hint: "Put text in quotes; a date with a time is written 1979-05-27T07:32:00.")
        case .dateTimeWithoutTime:
            return DeckError(
                at: location, "invalid TOML: a date-time needs a time after its T",
                hint: "Write it like 1979-05-27T07:32:00, or put text in quotes.")
        }
    }

    static func syntaxError(_ error: TOMLParseError, file: String) -> DeckError {
        let begin = error.source.begin
        let position = TextPosition(line: max(begin.line, 1), column: max(begin.column, 1))
        // toml++ says "Error while parsing string: …"; keep what follows, in our voice.
        let prefix = "Error while parsing "
        let detail = error.description.hasPrefix(prefix)
            ? "in a \(error.description.dropFirst(prefix.count))" : error.description
        return DeckError(
            at: position.location(in: file), "invalid TOML \(detail)",
            hint: "Check the syntax here: text needs quotes that close on the same line (or triple quotes for "
                + "several lines), and each card starts with [[cards]].")
    }

    private mutating func checkRootKeys(_ root: TOMLTable, index: TOMLPositionIndex) {
        for key in root.keys where !Self.allowedRootKeys.contains(key) {
            let header = index.tables.first { $0.name == key || $0.name.hasPrefix(key + ".") }
            let position = index.position(of: index.rootKey(key)?.offset ?? header?.offset ?? 0)
            let hint = KeySuggestion.closest(to: key, among: Self.allowedRootKeys).map {
                "Did you mean \($0 == "deck" ? "[deck]" : "[[cards]]")? A deck file has only [deck] and [[cards]] tables."
            } ?? "A deck file has only a [deck] table and [[cards]] tables; put card fields under [[cards]]."
            errors.append(DeckError(at: position.location(in: file), "unknown key \"\(key)\" at the top of the file", hint: hint))
        }
    }

    private mutating func readChapter(_ root: TOMLTable, index: TOMLPositionIndex) {
        let header = index.table(named: "deck")
        let offset = header?.offset ?? index.rootKey("deck")?.offset ?? 0
        chapterLocation = index.position(of: offset).location(in: file)
        guard let value = root["deck"] else {
            errors.append(DeckError(
                at: chapterLocation, "the file has no [deck] table",
                hint: "Start it with [deck] and name, chapter, title and order (see docs/deck-format.md)."))
            return
        }
        guard let table = value.table else {
            errors.append(DeckError(
                at: chapterLocation, "deck must be a single [deck] table, not \(FieldReader.name(of: value.type))",
                hint: "Write [deck] on its own line with one pair of brackets."))
            return
        }
        let fields = FieldReader(
            table: table, positions: header, fallback: offset, file: file, index: index, subject: "[deck]")
        chapter = ChapterTable.read(fields, errors: &errors)
    }

    private mutating func readCards(_ root: TOMLTable, index: TOMLPositionIndex) {
        guard let value = root["cards"] else {
            errors.append(DeckError(
                at: chapterLocation, "the file has no cards",
                hint: "Add cards as [[cards]] tables, each with an id and front and back (or cloze)."))
            return
        }
        let fallback = index.rootKey("cards")?.offset ?? index.tables.first { $0.name == "cards" }?.offset ?? 0
        guard let array = value.array else {
            errors.append(DeckError(
                at: index.position(of: fallback).location(in: file), "cards must be [[cards]] tables, not \(FieldReader.name(of: value.type))",
                hint: "Start each card with [[cards]] (two pairs of brackets)."))
            return
        }
        let headers = index.arrayTables(named: "cards")
        // Headers match elements one to one unless cards were written inline (cards = [{…}]).
        let positioned = headers.count == array.count
        for (number, element) in zip(1..., array) {
            let header = positioned ? headers[number - 1] : nil
            let offset = header?.offset ?? fallback
            guard let table = element.table else {
                errors.append(DeckError(
                    at: index.position(of: offset).location(in: file), "card #\(number) must be a table, not \(FieldReader.name(of: element.type))",
                    hint: "Start each card with [[cards]] followed by its keys."))
                continue
            }
            let fields = FieldReader(
                table: table, positions: header, fallback: offset, file: file, index: index, subject: "card")
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
