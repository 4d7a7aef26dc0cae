/// Finds the malformed TOML that would crash the TOML parser, so it is reported instead.
///
/// toml++ 3 (inside TOMLKit 0.6.0) checks some of its own assumptions with `assert`, and a
/// few of them do not hold for malformed input: the process aborts (and in a build with
/// `NDEBUG` it is undefined behaviour instead). Fuzzing found four (docs/reliability.md,
/// "Fuzzing"); each is an input no valid TOML contains:
/// - a table header whose name starts with neither a key character nor a quote: `[=]`, `[é]`;
/// - an array element starting with `}` or a Unicode line break (U+0085, U+2028, U+2029);
/// - a date, a space and one digit, then the end of the value: `d = 1979-05-27 1`;
/// - a date and `T` not followed by a digit: `d = 1979-05-27Tnoon`.
///
/// The walk follows toml++'s structure — statements, strings, arrays, inline tables,
/// comments — so it looks only where the parser would. Where the text is malformed in some
/// other way it carries on leniently: toml++ stops there with an ordinary error anyway.
enum TOMLParserGuard {
    enum Hazard: Equatable {
        case headerWithoutName
        case arrayElementStartsWithTerminator
        case dateFollowedByLoneDigit
        case dateTimeWithoutTime
    }

    struct Finding: Equatable {
        /// Byte offset of the character toml++ would trip on.
        var offset: Int
        var hazard: Hazard
    }

    /// toml++'s TOML_MAX_NESTED_VALUES: deeper than this it stops with an error.
    static let maximumDepth = 256

    static func firstHazard(in bytes: [UInt8]) -> Finding? {
        var walker = Walker(cursor: ByteCursor(bytes: bytes))
        return walker.document()
    }
}

private struct Walker {
    /// A local date (`YYYY-MM-DD`) has this many characters, dashes at these offsets.
    static let dateLength = 10
    static let dateDashOffsets = [4, 7]
    static let underscore = UInt8(ascii: "_")
    static let comma = UInt8(ascii: ",")

    var cursor: ByteCursor
    /// Set where toml++ would give up (nesting too deep): nothing after it is parsed.
    var stopped = false

    mutating func document() -> TOMLParserGuard.Finding? {
        while !stopped, let byte = cursor.current {
            switch byte {
            case ASCII.space, ASCII.tab, ASCII.newline, ASCII.carriageReturn:
                cursor.advance()
            case ASCII.hash:
                cursor.skipToEndOfLine()
            case ASCII.openBracket:
                if let finding = header() { return finding }
                cursor.skipToEndOfLine()
            default:
                let start = cursor.offset
                if let finding = keyValue(depth: 0) { return finding }
                if cursor.offset == start { cursor.advanceScalar() }
                cursor.skipToEndOfLine()
            }
        }
        return nil
    }

    /// toml++ skips `[`, blanks, an optional second `[` and blanks, then expects a key.
    private mutating func header() -> TOMLParserGuard.Finding? {
        cursor.advance()
        cursor.skipBlanks()
        if cursor.current == ASCII.openBracket {
            cursor.advance()
            cursor.skipBlanks()
        }
        guard let first = cursor.current, !startsKey(first), first != ASCII.closeBracket else { return nil }
        return .init(offset: cursor.offset, hazard: .headerWithoutName)
    }

    /// A (dotted, possibly quoted) key, `=`, and its value; values of depth `depth + 1`.
    private mutating func keyValue(depth: Int) -> TOMLParserGuard.Finding? {
        while let byte = cursor.current {
            if byte == ASCII.quote || byte == ASCII.apostrophe {
                TOMLStringLiteral.skip(&cursor)
            } else if startsKey(byte) || byte == ASCII.dot || ASCII.isBlank(byte) {
                cursor.advance()
            } else {
                break
            }
        }
        guard cursor.current == ASCII.equals else { return nil }
        cursor.advance()
        cursor.skipBlanks()
        return value(depth: depth + 1)
    }

    private mutating func value(depth: Int) -> TOMLParserGuard.Finding? {
        guard depth <= TOMLParserGuard.maximumDepth else {
            stopped = true
            return nil
        }
        switch cursor.current {
        case nil:
            return nil
        case ASCII.openBracket:
            return array(depth: depth)
        case ASCII.openBrace:
            return inlineTable(depth: depth)
        case ASCII.quote, ASCII.apostrophe:
            TOMLStringLiteral.skip(&cursor)
            return nil
        default:
            return scalar()
        }
    }

    private mutating func array(depth: Int) -> TOMLParserGuard.Finding? {
        cursor.advance()
        while !stopped, let byte = cursor.current {
            switch byte {
            case ASCII.space, ASCII.tab, ASCII.newline, ASCII.carriageReturn, Self.comma:
                cursor.advance()
            case ASCII.hash:
                cursor.skipToEndOfLine()
            case ASCII.closeBracket:
                cursor.advance()
                return nil
            default:
                // toml++ asserts before it checks the nesting depth, so look first.
                if byte == ASCII.closeBrace || isUnicodeLineBreak(at: cursor.offset) {
                    return .init(offset: cursor.offset, hazard: .arrayElementStartsWithTerminator)
                }
                let start = cursor.offset
                if let finding = value(depth: depth + 1) { return finding }
                if cursor.offset == start { cursor.advanceScalar() }
            }
        }
        return nil
    }

    /// TOML 1.0 inline tables are one line: `{ a = 1, b.c = [2] }`.
    private mutating func inlineTable(depth: Int) -> TOMLParserGuard.Finding? {
        cursor.advance()
        while !stopped, let byte = cursor.current {
            if ASCII.isBlank(byte) || byte == Self.comma {
                cursor.advance()
            } else if byte == ASCII.closeBrace {
                cursor.advance()
                return nil
            } else if startsKey(byte) {
                let start = cursor.offset
                if let finding = keyValue(depth: depth) { return finding }
                if cursor.offset == start { return nil }
            } else {
                return nil
            }
        }
        return nil
    }

    /// A number, boolean or date: up to the next value terminator. toml++ asserts that a
    /// date-time's time starts with a digit, and it re-scans a 10-character date followed by
    /// a space and a digit as a date-time, asserting that the time goes on after that digit.
    private mutating func scalar() -> TOMLParserGuard.Finding? {
        let start = cursor.offset
        var characters: [UInt8] = []
        while let byte = cursor.current, !isValueTerminator(at: cursor.offset) {
            if byte != Self.underscore, characters.count <= Self.dateLength { characters.append(byte) }
            cursor.advanceScalar()
        }
        let bytes = cursor.bytes
        let timeStart = start + Self.dateLength + 1
        if startsWithDate(bytes[start..<cursor.offset]), timeStart < bytes.count,
           bytes[timeStart - 1] == UInt8(ascii: "T") || bytes[timeStart - 1] == UInt8(ascii: "t"),
           !isDigit(bytes[timeStart]) {
            return .init(offset: timeStart, hazard: .dateTimeWithoutTime)
        }
        guard characters.count == Self.dateLength,
              Self.dateDashOffsets.allSatisfy({ characters[$0] == UInt8(ascii: "-") }),
              cursor.current == ASCII.space, let digit = cursor.peek(1), isDigit(digit),
              cursor.offset + 2 < bytes.count, isValueTerminator(at: cursor.offset + 2)
        else { return nil }
        return .init(offset: cursor.offset + 2, hazard: .dateFollowedByLoneDigit)
    }

    /// `DDDD-DD-DD` and at least one more character.
    private func startsWithDate(_ token: ArraySlice<UInt8>) -> Bool {
        guard token.count > Self.dateLength else { return false }
        for (position, byte) in zip(0..., token.prefix(Self.dateLength)) {
            let matches = Self.dateDashOffsets.contains(position) ? byte == UInt8(ascii: "-") : isDigit(byte)
            if !matches { return false }
        }
        return true
    }

    private func startsKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), Self.underscore, UInt8(ascii: "-"),
             ASCII.quote, ASCII.apostrophe:
            true
        default:
            false
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// toml++'s value terminators: whitespace (ASCII or not), `]`, `}`, `,`, `#`.
    private func isValueTerminator(at offset: Int) -> Bool {
        let byte = cursor.bytes[offset]
        switch byte {
        case ASCII.space, ASCII.tab, 0x0A...0x0D, ASCII.closeBracket, ASCII.closeBrace, Self.comma, ASCII.hash:
            return true
        case 0x00..<0x80:
            return false
        default:
            guard let scalar = scalar(at: offset) else { return false }
            return scalar.properties.isWhitespace || Self.otherSpaces.contains(scalar)
        }
    }

    /// Not White_Space in Unicode, but blank to toml++ (and so a terminator).
    private static let otherSpaces: Set<Unicode.Scalar> = ["\u{180E}", "\u{200B}", "\u{2060}", "\u{FEFF}"]
    private static let unicodeLineBreaks: Set<Unicode.Scalar> = ["\u{85}", "\u{2028}", "\u{2029}"]

    private func isUnicodeLineBreak(at offset: Int) -> Bool {
        cursor.bytes[offset] >= 0x80 && scalar(at: offset).map(Self.unicodeLineBreaks.contains) == true
    }

    /// The scalar whose UTF-8 starts at `offset` (the text is valid UTF-8).
    private func scalar(at offset: Int) -> Unicode.Scalar? {
        var end = offset + 1
        while end < cursor.bytes.count, !ASCII.startsScalar(cursor.bytes[end]) { end += 1 }
        return String(decoding: cursor.bytes[offset..<end], as: UTF8.self).unicodeScalars.first
    }
}
