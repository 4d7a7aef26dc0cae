/// The four string forms. A string without escapes (or CRLF) is copied once from the bytes;
/// only a string that has some is decoded byte by byte.
extension TOMLParser {
    private static let delimiterRun = 3
    private static let backspace: UInt8 = 0x08
    private static let formFeed: UInt8 = 0x0C
    /// A multi-line string may end in up to two of its quotes right before the closing three.
    private static let maximumTrailingQuotes = 2

    /// `"…"`, cursor on the quote.
    mutating func parseBasicString() throws(TOMLSyntaxError) -> String {
        offset += 1
        let start = offset
        while offset < bytes.count {
            offset = ByteScan.skipPlain(bytes, from: offset, stoppingAt: ASCII.quote, ASCII.backslash)
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if byte == ASCII.quote {
                offset += 1
                return text(start..<offset - 1)
            }
            if byte == ASCII.backslash { return try decodeBasicString(from: start, multiline: false) }
            if Self.isControl(byte) { throw badCharacterInString(multiline: false) }
            offset += 1
        }
        throw badCharacterInString(multiline: false)
    }

    /// `'…'`, cursor on the apostrophe.
    mutating func parseLiteralString() throws(TOMLSyntaxError) -> String {
        offset += 1
        let start = offset
        while offset < bytes.count {
            offset = ByteScan.skipPlain(bytes, from: offset, stoppingAt: ASCII.apostrophe, ASCII.apostrophe)
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if byte == ASCII.apostrophe {
                offset += 1
                return text(start..<offset - 1)
            }
            if Self.isControl(byte) { throw badCharacterInString(multiline: false) }
            offset += 1
        }
        throw badCharacterInString(multiline: false)
    }

    /// `"""…"""` or `'''…'''`, cursor on the first quote.
    mutating func parseMultilineString(quote: UInt8) throws(TOMLSyntaxError) -> String {
        offset += Self.delimiterRun
        // A newline right after the opening quotes is not part of the string.
        if byte(at: offset) == ASCII.newline {
            offset += 1
        } else if byte(at: offset) == ASCII.carriageReturn, byte(at: offset + 1) == ASCII.newline {
            offset += 2
        }
        let start = offset
        while offset < bytes.count {
            offset = ByteScan.skipPlain(bytes, from: offset, stoppingAt: quote, ASCII.backslash)
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if byte == quote {
                if let end = closeMultiline(quote: quote) { return text(start..<end) }
                continue
            }
            if byte == ASCII.backslash, quote == ASCII.quote { return try decodeBasicString(from: start, multiline: true) }
            // TOML reads CRLF in a string as one newline: decode to drop the CR.
            if byte == ASCII.carriageReturn { return try decodeMultilineLiteral(from: start, quote: quote) }
            if Self.isControl(byte), byte != ASCII.newline { throw badCharacterInString(multiline: true) }
            offset += 1
        }
        throw badCharacterInString(multiline: true)
    }

    /// With the cursor on a quote inside a multi-line string: if it starts the closing run,
    /// moves past it and returns where the content ends; else moves past the quote.
    private mutating func closeMultiline(quote: UInt8) -> Int? {
        var run = 0
        while byte(at: offset + run) == quote { run += 1 }
        guard run >= Self.delimiterRun else {
            offset += run
            return nil
        }
        let content = offset + min(run - Self.delimiterRun, Self.maximumTrailingQuotes)
        offset = content + Self.delimiterRun
        return content
    }

    /// A basic string with escapes: the bytes before `offset` (from `start`) are plain.
    private mutating func decodeBasicString(from start: Int, multiline: Bool) throws(TOMLSyntaxError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(offset - start + 64)
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == ASCII.quote {
                if !multiline {
                    offset += 1
                    return String(decoding: decoded, as: UTF8.self)
                }
                let contentStart = offset
                if let end = closeMultiline(quote: ASCII.quote) {
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<end]))
                    return String(decoding: decoded, as: UTF8.self)
                }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<offset]))
            } else if byte == ASCII.backslash {
                try decodeEscape(into: &decoded, multiline: multiline)
            } else if multiline, byte == ASCII.carriageReturn {
                try skipNewline(.string)
                decoded.append(ASCII.newline)
            } else if Self.isControl(byte), !(multiline && byte == ASCII.newline) {
                throw badCharacterInString(multiline: multiline)
            } else {
                decoded.append(byte)
                offset += 1
            }
        }
        throw badCharacterInString(multiline: multiline)
    }

    /// A multi-line string with a CR in it (literal, or basic before any escape).
    private mutating func decodeMultilineLiteral(from start: Int, quote: UInt8) throws(TOMLSyntaxError) -> String {
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == quote {
                let contentStart = offset
                let end = closeMultiline(quote: quote)
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<(end ?? offset)]))
                if end != nil { return String(decoding: decoded, as: UTF8.self) }
            } else if byte == ASCII.backslash, quote == ASCII.quote {
                try decodeEscape(into: &decoded, multiline: true)
            } else if byte == ASCII.carriageReturn {
                try skipNewline(.string)
                decoded.append(ASCII.newline)
            } else if Self.isControl(byte), byte != ASCII.newline {
                throw badCharacterInString(multiline: true)
            } else {
                decoded.append(byte)
                offset += 1
            }
        }
        throw badCharacterInString(multiline: true)
    }

    /// One escape, cursor on the backslash.
    private mutating func decodeEscape(into decoded: inout [UInt8], multiline: Bool) throws(TOMLSyntaxError) {
        let start = offset
        offset += 1
        guard offset < bytes.count else { throw badCharacterInString(multiline: multiline) }
        let simple: UInt8?
        switch bytes[offset] {
        case UInt8(ascii: "b"): simple = Self.backspace
        case UInt8(ascii: "t"): simple = ASCII.tab
        case UInt8(ascii: "n"): simple = ASCII.newline
        case UInt8(ascii: "f"): simple = Self.formFeed
        case UInt8(ascii: "r"): simple = ASCII.carriageReturn
        case ASCII.quote: simple = ASCII.quote
        case ASCII.backslash: simple = ASCII.backslash
        case UInt8(ascii: "u"): return try decodeUnicodeEscape(digits: 4, from: start, into: &decoded)
        case UInt8(ascii: "U"): return try decodeUnicodeEscape(digits: 8, from: start, into: &decoded)
        default: simple = nil
        }
        if let simple {
            decoded.append(simple)
            offset += 1
            return
        }
        if multiline, try skipLineEndingBackslash() { return }
        throw TOMLSyntaxError(
            at: start, .string, "\(describeEscape(at: start)) is not an escape",
            hint: "Escapes are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX and \\UXXXXXXXX; write a backslash itself as \\\\, "
                + "or use 'single quotes', which take text as written.")
    }

    /// A backslash that ends a line in `"""…"""` swallows the line end and the blanks and
    /// line ends after it. Cursor just past the backslash; false if it does not end the line.
    private mutating func skipLineEndingBackslash() throws(TOMLSyntaxError) -> Bool {
        var index = offset
        while let byte = byte(at: index), ASCII.isBlank(byte) { index += 1 }
        guard let byte = byte(at: index), isNewline(byte) else { return false }
        offset = index
        while offset < bytes.count {
            switch bytes[offset] {
            case ASCII.space, ASCII.tab, ASCII.newline: offset += 1
            case ASCII.carriageReturn: try skipNewline(.string)
            default: return true
            }
        }
        return true
    }

    private mutating func decodeUnicodeEscape(digits: Int, from start: Int, into decoded: inout [UInt8]) throws(TOMLSyntaxError) {
        offset += 1
        var value: UInt32 = 0
        for index in offset..<offset + digits {
            guard let digit = byte(at: index).flatMap(Self.hexValue) else {
                throw TOMLSyntaxError(
                    at: min(index, bytes.count), .string,
                    "\(describeEscape(at: start)) needs \(digits) hexadecimal digits",
                    hint: "Write a character by its code point as \\u00E9 (4 digits) or \\U0001F600 (8 digits).")
            }
            value = value << 4 | UInt32(digit)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw TOMLSyntaxError(
                at: start, .string, "\(describeEscape(at: start)) is not a Unicode scalar value",
                hint: "Code points U+D800 to U+DFFF and above U+10FFFF are not characters; write the character itself.")
        }
        decoded.append(contentsOf: scalar.utf8)
        offset += digits
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `\UXXXXXXXX`: the longest escape.
    private static let longestEscape = 10

    /// `\q`, or `\u12G4` up to the first character that is not a letter or digit.
    private func describeEscape(at start: Int) -> String {
        let letter = byte(at: start + 1)
        var end = min(start + 2, bytes.count)
        if letter == UInt8(ascii: "u") || letter == UInt8(ascii: "U") {
            while end < min(start + Self.longestEscape, bytes.count), Self.isBareKeyByte(bytes[end]) { end += 1 }
        }
        return "\"" + text(start..<end) + "\""
    }

    /// The error for the character at `offset` that cannot be in a string here.
    private func badCharacterInString(multiline: Bool) -> TOMLSyntaxError {
        let closing = multiline ? "closing triple quotes" : "a closing quote"
        guard offset < bytes.count else {
            return TOMLSyntaxError(at: offset, .string, "expected \(closing) before the end of the file")
        }
        let byte = bytes[offset]
        if !multiline, isNewline(byte) {
            return TOMLSyntaxError(at: offset, .string, "expected \(closing) before the end of the line")
        }
        if byte == ASCII.carriageReturn {
            return TOMLSyntaxError(
                at: offset, .string, "a carriage return (CR) must be followed by a line feed",
                hint: "Save the file with LF or CRLF line ends, or write the character as \\r.")
        }
        let point = Self.codePoint(byte)
        return TOMLSyntaxError(
            at: offset, .string, "the control character \(point) must be escaped",
            hint: "Remove it, or write it as \\u\(point.dropFirst(2)) in a \"basic string\".")
    }
}
