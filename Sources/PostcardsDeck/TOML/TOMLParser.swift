/// A TOML 1.0 parser over UTF-8 bytes: one pass, no backtracking beyond a few bytes, every
/// key, header and value keeping its byte offset. Syntax is read here and in the extensions
/// beside this file (keys, values, strings, numbers, dates); `TOMLBuilder` applies the rules
/// about what may be defined where.
struct TOMLParser {
    /// Arrays and inline tables nest by recursion; past this a file is an attack or an
    /// accident, and refusing it keeps the stack (and freeing the tree) shallow.
    static let maximumDepth = 256

    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    var depth = 0
    var builder = TOMLBuilder()

    /// The root table of `bytes`, or the first syntax error.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(TOMLSyntaxError) -> TOMLTable {
        var parser = TOMLParser(bytes: bytes)
        try parser.parseDocument()
        return parser.builder.root
    }

    static func parse(_ bytes: [UInt8]) throws(TOMLSyntaxError) -> TOMLTable {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(TOMLSyntaxError) in try parse(buffer) }
        }
        return try result.get()
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func parseDocument() throws(TOMLSyntaxError) {
        while true {
            skipBlanks()
            guard offset < bytes.count else { return }
            switch bytes[offset] {
            case ASCII.newline: offset += 1
            case ASCII.carriageReturn: try skipNewline(.document)
            case ASCII.hash: try skipComment()
            case ASCII.openBracket:
                try parseHeader()
                try endLine()
            default:
                let key = try parseKeyPath(.key)
                try expectEquals(after: key)
                let value = try parseValue(.value)
                try builder.insert(key, value, into: builder.current)
                try endLine()
            }
        }
    }

    /// `[name]` or `[[name]]`, with the cursor on the first `[`.
    private mutating func parseHeader() throws(TOMLSyntaxError) {
        let start = offset
        offset += 1
        let isArray = byte(at: offset) == ASCII.openBracket
        if isArray { offset += 1 }
        skipBlanks()
        if byte(at: offset) == ASCII.openBracket, !isArray {
            throw TOMLSyntaxError(
                at: offset, .header, "an array of tables is written [[name]], with no space between the brackets")
        }
        let key = try parseKeyPath(.header)
        skipBlanks()
        let closing = isArray ? "]]" : "]"
        guard byte(at: offset) == ASCII.closeBracket, !isArray || byte(at: offset + 1) == ASCII.closeBracket else {
            throw TOMLSyntaxError(at: offset, .header, "expected \(closing) to close the header \(describe(key))")
        }
        offset += closing.utf8.count
        if isArray {
            try builder.openArrayTable(key, header: start)
        } else {
            try builder.openTable(key, header: start)
        }
    }

    mutating func expectEquals(after key: TOMLKeyPath) throws(TOMLSyntaxError) {
        skipBlanks()
        guard byte(at: offset) == ASCII.equals else {
            let found = offset < bytes.count && !isNewline(bytes[offset]) ? "" : ", found the end of the line"
            throw TOMLSyntaxError(
                at: offset, .key, "expected = after the key \(describe(key))\(found)",
                hint: "Write a key and its value as key = value, on one line; text needs quotes.")
        }
        offset += 1
        skipBlanks()
    }

    /// After a statement: blanks, perhaps a comment, then a line end or the end of the file.
    private mutating func endLine() throws(TOMLSyntaxError) {
        skipBlanks()
        guard offset < bytes.count else { return }
        switch bytes[offset] {
        case ASCII.hash: try skipComment()
        case ASCII.newline: offset += 1
        case ASCII.carriageReturn: try skipNewline(.document)
        default:
            throw TOMLSyntaxError(
                at: offset, .document, "expected the end of the line, found \(describeByte(at: offset))",
                hint: "Put each key = value pair and each header on a line of its own; text needs quotes.")
        }
    }

    // MARK: Bytes

    @inline(__always) func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    @inline(__always) func isNewline(_ byte: UInt8) -> Bool {
        byte == ASCII.newline || byte == ASCII.carriageReturn
    }

    @inline(__always) mutating func skipBlanks() {
        while offset < bytes.count, ASCII.isBlank(bytes[offset]) { offset += 1 }
    }

    /// A line feed, or a carriage return that must start CRLF; the cursor is on it.
    mutating func skipNewline(_ place: TOMLSyntaxError.Place) throws(TOMLSyntaxError) {
        if bytes[offset] == ASCII.carriageReturn {
            guard byte(at: offset + 1) == ASCII.newline else {
                throw TOMLSyntaxError(
                    at: offset, place, "a carriage return (CR) must be followed by a line feed",
                    hint: "Save the file with LF or CRLF line ends.")
            }
            offset += 1
        }
        offset += 1
    }

    /// From `#` to the line end (not consumed); only tab among the control characters.
    mutating func skipComment() throws(TOMLSyntaxError) {
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == ASCII.newline || byte == ASCII.carriageReturn { return }
            if TOMLParser.isControl(byte) {
                throw TOMLSyntaxError(
                    at: offset, .document, "a comment may not hold the control character \(Self.codePoint(byte))",
                    hint: "Remove the character; comments hold plain text.")
            }
            offset += 1
        }
    }

    /// Blanks, newlines and comments, as allowed between the values of an array.
    mutating func skipBlankLines(_ place: TOMLSyntaxError.Place) throws(TOMLSyntaxError) {
        while offset < bytes.count {
            switch bytes[offset] {
            case ASCII.space, ASCII.tab, ASCII.newline: offset += 1
            case ASCII.carriageReturn: try skipNewline(place)
            case ASCII.hash: try skipComment()
            default: return
            }
        }
    }

    /// Control characters other than tab: TOML allows them nowhere unescaped.
    @inline(__always) static func isControl(_ byte: UInt8) -> Bool {
        (byte < firstPrintable && byte != ASCII.tab) || byte == delete
    }

    static let firstPrintable: UInt8 = 0x20
    static let delete: UInt8 = 0x7F
    /// Below this, characters past ASCII are the invisible C1 controls.
    private static let firstVisibleLatin1: UInt32 = 0xA0

    static func codePoint(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// The character at `index` for a message: `"x"`, `U+0007`, or "the end of the file".
    func describeByte(at index: Int) -> String {
        guard index < bytes.count else { return "the end of the file" }
        let byte = bytes[index]
        if byte == ASCII.newline || byte == ASCII.carriageReturn { return "the end of the line" }
        if TOMLParser.isControl(byte) { return TOMLParser.codePoint(byte) }
        var end = index + 1
        while end < bytes.count, !ASCII.startsScalar(bytes[end]) { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        // Invisible characters (C1 controls, Unicode line breaks) are named by code point.
        if let scalar = text.unicodeScalars.first, !scalar.isASCII, scalar.properties.generalCategory == .lineSeparator
            || scalar.properties.generalCategory == .paragraphSeparator || scalar.value < Self.firstVisibleLatin1
        {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "\"\(text)\""
    }
}
