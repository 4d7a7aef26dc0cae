/// Where table headers and keys sit in a TOML text.
///
/// TOMLKit returns values without positions, so field-level errors would have no line to
/// point at. This index re-scans the text (already known to be valid TOML) with a small
/// lexer that understands just enough — headers, keys, strings, brackets, comments — to
/// never mistake the inside of a multi-line string or array for a key.
struct TOMLPositionIndex {
    /// A `key = value` line.
    struct Key {
        var name: String
        /// Byte offset of the key's first character.
        var offset: Int
        /// Byte offset of the value's first byte (its opening quote for a string).
        var valueOffset: Int
    }

    /// A `[name]` or `[[name]]` header and the keys written under it.
    struct Table {
        var name: String
        var isArray: Bool
        /// Byte offset of the opening bracket.
        var offset: Int
        var keys: [Key] = []

        /// The first definition of `name` (TOML rejects a second one before we get here).
        func key(_ name: String) -> Key? { keys.first { $0.name == name } }
    }

    let lines: LineTable
    /// Keys before the first header.
    private(set) var rootKeys: [Key] = []
    private(set) var tables: [Table] = []

    init(text: String) {
        let bytes = Array(text.utf8)
        lines = LineTable(bytes: bytes)
        var cursor = ByteCursor(bytes: bytes)
        while !cursor.isAtEnd {
            scanStatement(&cursor)
        }
    }

    /// The `[name]` table, or every `[[name]]` table in order.
    func table(named name: String) -> Table? { tables.first { $0.name == name && !$0.isArray } }
    func arrayTables(named name: String) -> [Table] { tables.filter { $0.name == name && $0.isArray } }
    func rootKey(_ name: String) -> Key? { rootKeys.first { $0.name == name } }
    func position(of offset: Int) -> TextPosition { lines.position(of: offset) }

    private mutating func scanStatement(_ cursor: inout ByteCursor) {
        cursor.skipBlanks()
        guard let byte = cursor.current else { return }
        switch byte {
        case ASCII.newline, ASCII.carriageReturn:
            cursor.advance()
        case ASCII.hash:
            cursor.skipToEndOfLine()
        case ASCII.openBracket:
            scanHeader(&cursor)
        default:
            scanKeyValue(&cursor)
        }
    }

    private mutating func scanHeader(_ cursor: inout ByteCursor) {
        let start = cursor.offset
        let isArray = cursor.peek(1) == ASCII.openBracket
        cursor.advance(by: isArray ? 2 : 1)
        let name = scanDottedKey(&cursor, until: ASCII.closeBracket)
        // `[cards.extra]` defines key `extra` of the card above it: record it there, so an
        // unknown-key error points at this header.
        if name.utf8.contains(ASCII.dot), let parent = tables.lastIndex(where: { name.hasPrefix($0.name + ".") }) {
            let child = name.dropFirst(tables[parent].name.count + 1).split(separator: ".").first.map(String.init) ?? ""
            tables[parent].keys.append(
                Key(name: child, offset: start, valueOffset: cursor.offset))
        }
        tables.append(Table(name: name, isArray: isArray, offset: start))
        cursor.skipToEndOfLine()
    }

    private mutating func scanKeyValue(_ cursor: inout ByteCursor) {
        let start = cursor.offset
        let name = scanDottedKey(&cursor, until: ASCII.equals)
        guard cursor.current == ASCII.equals else {
            cursor.skipToEndOfLine()
            return
        }
        cursor.advance()
        cursor.skipBlanks()
        let key = Key(name: name, offset: start, valueOffset: cursor.offset)
        if tables.isEmpty {
            rootKeys.append(key)
        } else {
            tables[tables.count - 1].keys.append(key)
        }
        skipValue(&cursor)
    }

    /// Reads `a.b."c d"` up to `terminator` and returns the full dotted name, quotes removed.
    private func scanDottedKey(_ cursor: inout ByteCursor, until terminator: UInt8) -> String {
        var parts: [String] = []
        var part: [UInt8] = []
        while let byte = cursor.current, byte != terminator, byte != ASCII.newline {
            switch byte {
            case ASCII.quote, ASCII.apostrophe:
                cursor.advance()
                while let inner = cursor.current, inner != byte, inner != ASCII.newline {
                    if byte == ASCII.quote, inner == ASCII.backslash { cursor.advance() }
                    if let escaped = cursor.current { part.append(escaped) }
                    cursor.advance()
                }
                cursor.advance()
            case ASCII.dot:
                parts.append(String(decoding: part, as: UTF8.self))
                part = []
                cursor.advance()
            case ASCII.space, ASCII.tab:
                cursor.advance()
            default:
                part.append(byte)
                cursor.advance()
            }
        }
        parts.append(String(decoding: part, as: UTF8.self))
        return parts.joined(separator: ".")
    }

    /// Moves past a value, which may span lines inside strings, arrays or inline tables.
    private func skipValue(_ cursor: inout ByteCursor) {
        var depth = 0
        while let byte = cursor.current {
            switch byte {
            case ASCII.quote, ASCII.apostrophe:
                TOMLStringLiteral.skip(&cursor)
            case ASCII.openBracket, ASCII.openBrace:
                depth += 1
                cursor.advance()
            case ASCII.closeBracket, ASCII.closeBrace:
                depth -= 1
                cursor.advance()
            case ASCII.hash:
                cursor.skipToEndOfLine()
            case ASCII.newline:
                cursor.advance()
                if depth <= 0 { return }
            default:
                cursor.advance()
            }
        }
    }
}
