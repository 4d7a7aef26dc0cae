import PostcardsCore

/// A 1-based line and column in a text. Columns count Unicode scalars, as most editors
/// show them.
struct TextPosition: Hashable, Sendable, Comparable {
    var line: Int
    var column: Int

    static let start = TextPosition(line: 1, column: 1)

    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

enum ASCII {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let hash = UInt8(ascii: "#")
    static let equals = UInt8(ascii: "=")
    static let dot = UInt8(ascii: ".")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    /// Continuation bytes of UTF-8 (10xxxxxx) do not start a new column.
    static func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
}

/// Walks UTF-8 bytes by offset; positions are worked out only when a message needs one
/// (see `LineTable`), which keeps scanning a large deck cheap.
struct ByteCursor {
    let bytes: [UInt8]
    private(set) var offset: Int

    init(bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= bytes.count }
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func peek(_ distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard offset + prefix.count <= bytes.count else { return false }
        for index in prefix.indices where bytes[offset + index] != prefix[index] { return false }
        return true
    }

    mutating func advance(by count: Int = 1) {
        offset = min(offset + count, bytes.count)
    }

    /// Moves past one whole scalar (1–4 bytes).
    mutating func advanceScalar() {
        advance()
        while let byte = current, !ASCII.startsScalar(byte) { advance() }
    }

    mutating func skipBlanks() {
        while let byte = current, ASCII.isBlank(byte) { advance() }
    }

    mutating func skipToEndOfLine() {
        while let byte = current, byte != ASCII.newline { advance() }
    }
}

/// Byte offsets to lines and columns: the start of every line, found once.
struct LineTable {
    let bytes: [UInt8]
    private let lineStarts: [Int]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = bytes.withUnsafeBufferPointer(ByteScan.lineStarts)
    }

    func position(of offset: Int) -> TextPosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        var column = 1
        for index in lineStart..<min(offset, bytes.count) where ASCII.startsScalar(bytes[index]) {
            column += 1
        }
        return TextPosition(line: low + 1, column: column)
    }
}
