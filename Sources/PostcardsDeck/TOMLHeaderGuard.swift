/// Finds table headers that would crash the TOML parser, so they are reported instead.
///
/// toml++ 3 (inside TOMLKit 0.6.0) asserts that the first character of a table header's
/// name is a key character or a quote; anything else (`[=]`, `[é]`, `[` then a line break)
/// aborts the whole process, and in a build with `NDEBUG` it is undefined behaviour instead.
/// Fuzzing found it (docs/reliability.md, "Fuzzing"). The position index finds headers the
/// way toml++ does — at the start of a statement, never inside a string or a multi-line
/// array — so this looks only where the parser would, and valid TOML never trips it.
enum TOMLHeaderGuard {
    /// The byte offset of the first header name that does not start with a bare-key
    /// character (A–Z, a–z, 0–9, `_`, `-`), a quote, or the closing bracket of an empty
    /// header (which toml++ rejects cleanly), or nil when every header is safe to parse.
    static func firstBadHeaderName(in index: TOMLPositionIndex) -> Int? {
        let bytes = index.lines.bytes
        for table in index.tables {
            var cursor = ByteCursor(bytes: bytes, offset: table.offset)
            // `[`, blanks, an optional second `[`, blanks: toml++ skips exactly these.
            cursor.advance()
            cursor.skipBlanks()
            if cursor.current == ASCII.openBracket {
                cursor.advance()
                cursor.skipBlanks()
            }
            guard let first = cursor.current else { continue }
            if !startsHeaderName(first) { return cursor.offset }
        }
        return nil
    }

    private static func startsHeaderName(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
             ASCII.quote, ASCII.apostrophe, ASCII.closeBracket:
            true
        default:
            false
        }
    }
}
