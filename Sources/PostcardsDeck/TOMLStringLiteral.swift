/// The four TOML string forms, as raw text: enough to skip one and to find where the n-th
/// scalar of its decoded value was written (so a cloze error points into the string).
enum TOMLStringLiteral {
    private static let tripleQuote = Array(#"""""#.utf8)
    private static let tripleApostrophe = Array("'''".utf8)
    /// TOML lets a multi-line string end in up to two quotes right before its closing three.
    private static let maximumTrailingQuotes = 2
    private static let shortUnicodeEscapeLength = 6  // \uXXXX
    private static let longUnicodeEscapeLength = 10  // \UXXXXXXXX
    private static let simpleEscapeLength = 2  // \n, \", \\ …

    private struct Form {
        var delimiter: [UInt8]
        var isBasic: Bool
        var isMultiline: Bool
    }

    private static func form(at cursor: ByteCursor) -> Form? {
        if cursor.hasPrefix(tripleQuote) { return Form(delimiter: tripleQuote, isBasic: true, isMultiline: true) }
        if cursor.hasPrefix(tripleApostrophe) {
            return Form(delimiter: tripleApostrophe, isBasic: false, isMultiline: true)
        }
        switch cursor.current {
        case ASCII.quote: return Form(delimiter: [ASCII.quote], isBasic: true, isMultiline: false)
        case ASCII.apostrophe: return Form(delimiter: [ASCII.apostrophe], isBasic: false, isMultiline: false)
        default: return nil
        }
    }

    /// Moves the cursor from an opening quote to just after the closing one.
    static func skip(_ cursor: inout ByteCursor) {
        guard let form = form(at: cursor) else {
            cursor.advance()
            return
        }
        cursor.advance(by: form.delimiter.count)
        while let byte = cursor.current {
            if form.isBasic, byte == ASCII.backslash {
                cursor.advance(by: simpleEscapeLength)
            } else if cursor.hasPrefix(form.delimiter) {
                cursor.advance(by: form.delimiter.count)
                var extra = 0
                while form.isMultiline, extra < maximumTrailingQuotes, cursor.current == form.delimiter[0] {
                    cursor.advance()
                    extra += 1
                }
                return
            } else if byte == ASCII.newline, !form.isMultiline {
                return
            } else {
                cursor.advance()
            }
        }
    }

    /// Where the decoded value's scalar number `scalarOffset` (0-based) was written, for a
    /// string literal starting at `cursor`. Escapes count as one scalar; a line-ending
    /// backslash and the newline right after an opening `"""` count as none, as TOML says.
    static func position(ofScalar scalarOffset: Int, literalAt start: ByteCursor) -> TextPosition {
        var cursor = start
        guard let form = form(at: cursor) else { return start.position }
        cursor.advance(by: form.delimiter.count)
        if form.isMultiline {
            if cursor.current == ASCII.carriageReturn, cursor.peek(1) == ASCII.newline { cursor.advance() }
            if cursor.current == ASCII.newline { cursor.advance() }
        }
        var decoded = 0
        while decoded < scalarOffset, let byte = cursor.current, !cursor.hasPrefix(form.delimiter) {
            if form.isBasic, byte == ASCII.backslash {
                decoded += skipEscape(&cursor)
            } else if byte == ASCII.carriageReturn, cursor.peek(1) == ASCII.newline {
                cursor.advance()  // TOML reads CRLF in a string as one newline
            } else {
                cursor.advanceScalar()
                decoded += 1
            }
        }
        return cursor.position
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
