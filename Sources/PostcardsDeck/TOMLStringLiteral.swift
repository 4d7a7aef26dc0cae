/// The four TOML string forms, as raw text: enough to find where the n-th scalar of a
/// string's decoded value was written (so a cloze error points into the string).
enum TOMLStringLiteral {
    private static let multilineDelimiterLength = 3
    private static let shortUnicodeEscapeLength = 6  // \uXXXX
    private static let longUnicodeEscapeLength = 10  // \UXXXXXXXX
    private static let simpleEscapeLength = 2  // \n, \", \\ …

    /// One, or three, double quotes (basic: with escapes) or apostrophes (literal: without).
    private struct Form {
        var quote: UInt8
        var isMultiline: Bool

        var isBasic: Bool { quote == ASCII.quote }
        var delimiterLength: Int { isMultiline ? multilineDelimiterLength : 1 }

        func isClosing(at cursor: ByteCursor) -> Bool {
            cursor.current == quote && (!isMultiline || (cursor.peek(1) == quote && cursor.peek(2) == quote))
        }
    }

    private static func form(at cursor: ByteCursor) -> Form? {
        guard let quote = cursor.current, quote == ASCII.quote || quote == ASCII.apostrophe else { return nil }
        return Form(quote: quote, isMultiline: cursor.peek(1) == quote && cursor.peek(2) == quote)
    }

    /// Where the decoded value's scalar number `scalarOffset` (0-based) was written, for a
    /// string literal starting at `cursor`. Escapes count as one scalar; a line-ending
    /// backslash and the newline right after an opening `"""` count as none, as TOML says.
    static func offset(ofScalar scalarOffset: Int, literalAt start: ByteCursor) -> Int {
        var cursor = start
        guard let form = form(at: cursor) else { return start.offset }
        cursor.advance(by: form.delimiterLength)
        if form.isMultiline {
            if cursor.current == ASCII.carriageReturn, cursor.peek(1) == ASCII.newline { cursor.advance() }
            if cursor.current == ASCII.newline { cursor.advance() }
        }
        var decoded = 0
        while decoded < scalarOffset, let byte = cursor.current, !form.isClosing(at: cursor) {
            if form.isBasic, byte == ASCII.backslash {
                decoded += skipEscape(&cursor)
            } else if byte == ASCII.carriageReturn, cursor.peek(1) == ASCII.newline {
                cursor.advance()  // TOML reads CRLF in a string as one newline
            } else {
                cursor.advanceScalar()
                decoded += 1
            }
        }
        return cursor.offset
    }

    /// Moves past one escape sequence and returns how many decoded scalars it stands for.
    private static func skipEscape(_ cursor: inout ByteCursor) -> Int {
        let next = cursor.peek(1) ?? 0
        if next == UInt8(ascii: "u") {
            cursor.advance(by: shortUnicodeEscapeLength)
            return 1
        }
        if next == UInt8(ascii: "U") {
            cursor.advance(by: longUnicodeEscapeLength)
            return 1
        }
        guard isLineSpace(next) else {
            cursor.advance(by: simpleEscapeLength)
            return 1
        }
        cursor.advance()
        while let byte = cursor.current, isLineSpace(byte) { cursor.advance() }
        return 0
    }

    private static func isLineSpace(_ byte: UInt8) -> Bool {
        ASCII.isBlank(byte) || byte == ASCII.newline || byte == ASCII.carriageReturn
    }
}
