/// Values: which kind starts here, and the two containers, arrays and inline tables.
extension TOMLParser {
    /// The value at the cursor. `place` names what is being read for the "expected a value"
    /// error: a key's value, an array's element or an inline table's value.
    mutating func parseValue(_ place: TOMLSyntaxError.Place) throws(TOMLSyntaxError) -> TOMLValue {
        let start = offset
        guard start < bytes.count else { throw missingValue(place) }
        switch bytes[start] {
        case ASCII.quote:
            if byte(at: start + 1) == ASCII.quote, byte(at: start + 2) == ASCII.quote {
                return TOMLValue(.string(try parseMultilineString(quote: ASCII.quote)), at: start)
            }
            return TOMLValue(.string(try parseBasicString()), at: start)
        case ASCII.apostrophe:
            if byte(at: start + 1) == ASCII.apostrophe, byte(at: start + 2) == ASCII.apostrophe {
                return TOMLValue(.string(try parseMultilineString(quote: ASCII.apostrophe)), at: start)
            }
            return TOMLValue(.string(try parseLiteralString()), at: start)
        case ASCII.openBracket: return try parseArray()
        case ASCII.openBrace: return try parseInlineTable()
        case UInt8(ascii: "t") where matchesWord("true"):
            offset += 4
            return TOMLValue(.boolean(true), at: start)
        case UInt8(ascii: "f") where matchesWord("false"):
            offset += 5
            return TOMLValue(.boolean(false), at: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "i") where matchesWord("inf"), UInt8(ascii: "n") where matchesWord("nan"):
            let value = looksLikeDateOrTime() ? try parseDateTime() : try parseNumber()
            try expectEndOfValue(after: value)
            return value
        default:
            throw missingValue(place)
        }
    }

    /// True when `word` is at the cursor and no key character follows it.
    private func matchesWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { return false }
        return byte(at: offset + count).map { !Self.isBareKeyByte($0) } ?? true
    }

    private func missingValue(_ place: TOMLSyntaxError.Place) -> TOMLSyntaxError {
        let found = describeWord(at: offset)
        switch place {
        case .array:
            return TOMLSyntaxError(at: offset, .array, "expected a value or the closing ], found \(found)")
        case .inlineTable:
            return TOMLSyntaxError(at: offset, .inlineTable, "expected a value, found \(found)")
        default:
            return TOMLSyntaxError(at: offset, .value, "expected a value after =, found \(found)")
        }
    }

    /// Enough of a word to recognise it in a message.
    private static let longestQuotedWord = 24

    /// A run of letters and digits as a word (`hello`), else the one character.
    private func describeWord(at index: Int) -> String {
        var end = index
        while end < bytes.count, end - index < Self.longestQuotedWord, Self.isBareKeyByte(bytes[end]) { end += 1 }
        return end - index > 1 ? "\"\(text(index..<end))\"" : describeByte(at: index)
    }

    /// A number or date must be followed by what may follow any value.
    private func expectEndOfValue(after value: TOMLValue) throws(TOMLSyntaxError) {
        guard let byte = byte(at: offset) else { return }
        switch byte {
        case ASCII.space, ASCII.tab, ASCII.newline, ASCII.carriageReturn, ASCII.hash, UInt8(ascii: ","),
            ASCII.closeBracket, ASCII.closeBrace:
            return
        default:
            let place: TOMLSyntaxError.Place = if case .dateTime = value.kind { .dateTime } else { .number }
            throw TOMLSyntaxError(at: offset, place, "unexpected \(describeByte(at: offset)) after \(text(value.offset..<offset))")
        }
    }

    private mutating func enterNesting(at start: Int) throws(TOMLSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw TOMLSyntaxError(
                at: start, .value, "arrays and inline tables may nest at most \(Self.maximumDepth) deep",
                hint: "Use fewer levels of brackets; a deck needs two at most.")
        }
    }

    private mutating func parseArray() throws(TOMLSyntaxError) -> TOMLValue {
        let start = offset
        try enterNesting(at: start)
        offset += 1
        var elements: [TOMLValue] = []
        while true {
            try skipBlankLines(.array)
            if byte(at: offset) == ASCII.closeBracket { break }
            elements.append(try parseValue(.array))
            try skipBlankLines(.array)
            if byte(at: offset) == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            guard byte(at: offset) == ASCII.closeBracket else {
                throw TOMLSyntaxError(at: offset, .array, "expected a comma or the closing ], found \(describeByte(at: offset))")
            }
            break
        }
        offset += 1
        depth -= 1
        return TOMLValue(.array(elements), at: start)
    }

    /// `{ key = value, … }`, on one line, no trailing comma (TOML 1.0).
    private mutating func parseInlineTable() throws(TOMLSyntaxError) -> TOMLValue {
        let start = offset
        try enterNesting(at: start)
        offset += 1
        let table = TOMLTable(.inline, at: start)
        skipBlanks()
        if byte(at: offset) == ASCII.closeBrace {
            offset += 1
            depth -= 1
            return TOMLValue(.table(table), at: start)
        }
        while true {
            skipBlanks()
            if let byte = byte(at: offset), isNewline(byte) || byte == ASCII.hash || byte == ASCII.closeBrace {
                let what = byte == ASCII.closeBrace ? "a key after the comma (TOML allows no trailing comma here)" : "a key on the same line"
                throw TOMLSyntaxError(at: offset, .inlineTable, "expected \(what), found \(describeByte(at: offset))")
            }
            let key = try parseKeyPath(.inlineTable)
            try expectEquals(after: key)
            let value = try parseValue(.inlineTable)
            try builder.insert(key, value, into: table)
            skipBlanks()
            if byte(at: offset) == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            guard byte(at: offset) == ASCII.closeBrace else {
                throw TOMLSyntaxError(
                    at: offset, .inlineTable, "expected a comma or the closing } on the same line, found \(describeByte(at: offset))")
            }
            offset += 1
            depth -= 1
            return TOMLValue(.table(table), at: start)
        }
    }
}
