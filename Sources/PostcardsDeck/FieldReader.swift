import PostcardsCore

/// Reads typed fields of one TOML table and turns every problem into a `DeckError` at the
/// key (or, for a missing key, at the table's header).
///
/// Types are checked here rather than through `Decodable`, whose errors say "key not found"
/// when a key is present with the wrong type.
struct FieldReader {
    let table: TOMLTable
    let file: String
    /// The file's line starts (shared, not copied), to turn offsets into lines and columns.
    let lines: LineTable
    /// Which table this is, for messages; worded only when a message needs it, since every
    /// card of a large deck passes through here.
    var name: TableName

    enum TableName {
        case deck
        case card(ordinal: Int)
        case cardWithID(String)
    }

    /// How messages name the table: `[deck]`, `card #3`, `card "dpo-loss"`.
    var subject: String {
        switch name {
        case .deck: "[deck]"
        case let .card(ordinal): "card #\(ordinal)"
        case let .cardWithID(id): "card \"\(id)\""
        }
    }

    var headerLocation: SourceLocation { location(offset: table.offset) }

    func location(of key: String) -> SourceLocation {
        location(offset: table.entry(key)?.keyOffset ?? table.offset)
    }

    func location(offset: Int) -> SourceLocation { lines.position(of: offset).location(in: file) }

    /// Where scalar `offset` of the string value of `key` was written.
    func location(ofScalar offset: Int, inValueOf key: String) -> SourceLocation {
        guard let value = table[key] else { return location(of: key) }
        let start = ByteCursor(bytes: lines.bytes, offset: value.offset)
        return location(offset: TOMLStringLiteral.offset(ofScalar: offset, literalAt: start))
    }

    func has(_ key: String) -> Bool { table[key] != nil }

    /// A string field; nil when it is absent (reported if `required`) or of another type.
    func string(_ key: String, required: Bool, errors: inout [DeckError]) -> String? {
        guard let value = table[key] else {
            if required { errors.append(missing(key)) }
            return nil
        }
        guard let text = value.string else {
            errors.append(wrongType(key, value, expected: "a string", example: "\(key) = \"…\""))
            return nil
        }
        guard text.utf8.count <= Self.maximumStringBytes else {
            errors.append(DeckError(
                at: location(of: key),
                "\(key) of \(subject) is \(text.utf8.count / 1024) KiB long; a field may hold at most "
                    + "\(Self.maximumStringBytes / 1024) KiB",
                hint: "A card asks one short question: split this into several cards, or check for a string "
                    + "whose closing quote is missing."))
            return nil
        }
        return text
    }

    /// A long answer is a few hundred bytes; anything near this is a pasted document or a
    /// runaway string, which would bloat the collection and not fit any screen.
    static let maximumStringBytes = 64 * 1024

    /// An integer field; nil when absent (reported if `required`) or of another type.
    func integer(_ key: String, required: Bool, errors: inout [DeckError]) -> Int? {
        guard let value = table[key] else {
            if required { errors.append(missing(key)) }
            return nil
        }
        guard let number = value.integer else {
            errors.append(wrongType(key, value, expected: "a whole number", example: "\(key) = 3"))
            return nil
        }
        return number
    }

    /// An optional array of strings; empty when absent.
    func strings(_ key: String, errors: inout [DeckError]) -> [String] {
        guard let value = table[key] else { return [] }
        // Built only for a message: most cards have tags, and this runs for each.
        var example: String { "\(key) = [\"one\", \"two\"]" }
        guard let array = value.array else {
            errors.append(wrongType(key, value, expected: "an array of strings", example: example))
            return []
        }
        var result: [String] = []
        result.reserveCapacity(array.count)
        for element in array {
            guard let text = element.string else {
                errors.append(DeckError(
                    at: location(of: key),
                    "\(key) of \(subject) must hold only strings, but has \(element.kindName)",
                    hint: "Quote every entry: \(example)."))
                return []
            }
            result.append(text)
        }
        return result
    }

    /// Reports every key not in `allowed`, suggesting the closest allowed one.
    func rejectUnknownKeys(allowed: [String], errors: inout [DeckError]) {
        // Counting the allowed keys present is cheaper than comparing every key with the list.
        guard table.count > allowed.count(where: { table.index(of: $0) != nil }) else { return }
        for entry in table.entries where !allowed.contains(entry.key) {
            let list = Self.list(allowed)
            let hint = KeySuggestion.closest(to: entry.key, among: allowed).map {
                "Did you mean \"\($0)\"? \(subject.capitalizedFirst) allows \(list)."
            } ?? "Remove it or rename it; \(subject) allows \(list)."
            errors.append(DeckError(
                at: location(offset: entry.keyOffset), "unknown key \"\(entry.key)\" in \(subject)", hint: hint))
        }
    }

    func missing(_ key: String) -> DeckError {
        DeckError(at: headerLocation, "\(subject) has no \(key)", hint: "Add \(key) = … under this header.")
    }

    func wrongType(_ key: String, _ value: TOMLValue, expected: String, example: String) -> DeckError {
        DeckError(
            at: location(of: key), "\(key) of \(subject) must be \(expected), not \(value.kindName)",
            hint: "Write it like \(example).")
    }

    static func list(_ keys: [String]) -> String {
        guard let last = keys.last else { return "" }
        return keys.count == 1 ? last : keys.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
