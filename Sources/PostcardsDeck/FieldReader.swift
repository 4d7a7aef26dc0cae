import PostcardsCore
import TOMLKit

/// Reads typed fields of one TOML table and turns every problem into a `DeckError` at the
/// key (or, for a missing key, at the table's header).
///
/// Types are checked here rather than through `Decodable`, whose errors say "key not found"
/// when a key is present with the wrong type.
struct FieldReader {
    let table: TOMLTable
    /// Positions of the table's header and keys; nil for inline tables, which have none.
    let positions: TOMLPositionIndex.Table?
    /// Where to point (a byte offset) when a key has no position of its own.
    let fallback: Int
    let file: String
    /// The file's index (shared, not copied), to turn offsets into lines and columns.
    let index: TOMLPositionIndex
    /// How messages name the table: `[deck]`, `card "dpo-loss"`.
    var subject: String

    var headerLocation: SourceLocation { location(offset: positions?.offset ?? fallback) }

    func location(of key: String) -> SourceLocation {
        location(offset: positions?.key(key)?.offset ?? positions?.offset ?? fallback)
    }

    func location(offset: Int) -> SourceLocation { index.position(of: offset).location(in: file) }

    /// Where scalar `offset` of the string value of `key` was written.
    func location(ofScalar offset: Int, inValueOf key: String) -> SourceLocation {
        guard let entry = positions?.key(key) else { return location(of: key) }
        let start = ByteCursor(bytes: index.lines.bytes, offset: entry.valueOffset)
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
            errors.append(wrongType(key, value.type, expected: "a string", example: "\(key) = \"…\""))
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
        guard let number = value.int else {
            errors.append(wrongType(key, value.type, expected: "a whole number", example: "\(key) = 3"))
            return nil
        }
        return number
    }

    /// An optional array of strings; empty when absent.
    func strings(_ key: String, errors: inout [DeckError]) -> [String] {
        guard let value = table[key] else { return [] }
        let example = "\(key) = [\"one\", \"two\"]"
        guard let array = value.array else {
            errors.append(wrongType(key, value.type, expected: "an array of strings", example: example))
            return []
        }
        var result: [String] = []
        for element in array {
            guard let text = element.string else {
                errors.append(DeckError(
                    at: location(of: key),
                    "\(key) of \(subject) must hold only strings, but has \(Self.name(of: element.type))",
                    hint: "Quote every entry: \(example)."))
                return []
            }
            result.append(text)
        }
        return result
    }

    /// Reports every key not in `allowed`, suggesting the closest allowed one.
    func rejectUnknownKeys(allowed: [String], errors: inout [DeckError]) {
        // `keys` copies every name out of C++; skip it when the count shows every key is allowed.
        guard table.count > allowed.filter({ table[$0] != nil }).count else { return }
        let unknown = table.keys.filter { !allowed.contains($0) }
            .sorted { (positions?.key($0)?.offset ?? 0) < (positions?.key($1)?.offset ?? 0) }
        for key in unknown {
            let list = Self.list(allowed)
            let hint = KeySuggestion.closest(to: key, among: allowed).map {
                "Did you mean \"\($0)\"? \(subject.capitalizedFirst) allows \(list)."
            } ?? "Remove it or rename it; \(subject) allows \(list)."
            errors.append(DeckError(at: location(of: key), "unknown key \"\(key)\" in \(subject)", hint: hint))
        }
    }

    func missing(_ key: String) -> DeckError {
        DeckError(at: headerLocation, "\(subject) has no \(key)", hint: "Add \(key) = … under this header.")
    }

    func wrongType(_ key: String, _ type: TOMLType, expected: String, example: String) -> DeckError {
        DeckError(
            at: location(of: key), "\(key) of \(subject) must be \(expected), not \(Self.name(of: type))",
            hint: "Write it like \(example).")
    }

    static func name(of type: TOMLType) -> String {
        switch type {
        case .string: "a string"
        case .int: "a whole number"
        case .double: "a decimal number"
        case .bool: "true/false"
        case .date: "a date"
        case .time: "a time"
        case .dateTime: "a date-time"
        case .array: "an array"
        case .table: "a table"
        }
    }

    static func list(_ keys: [String]) -> String {
        guard let last = keys.last else { return "" }
        return keys.count == 1 ? last : keys.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
