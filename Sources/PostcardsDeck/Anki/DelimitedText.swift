import PostcardsCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// RFC 4180 records (quoted fields with doubled quotes, separators and line breaks inside
/// quotes), as Anki writes and reads them: CRLF or LF line ends, blank lines skipped, a line
/// starting with `#` is a comment (so Anki quotes any value that starts with `#`).
///
/// Hand-written over bytes instead of SwiftCSV or CSV.swift: both decode through Foundation
/// strings first, which loses the byte offset of invalid UTF-8 and of a stray quote (we report
/// file:line:col), cost several times more on a 100k-row file, and a fuzzer cannot steer
/// through their internals. The input must already be valid UTF-8 (see `UTF8Check`).
struct DelimitedText {
    struct Record: Equatable {
        var fields: [String]
        /// 1-based line where the record starts.
        var line: Int
    }

    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    let file: String
    let separator: UInt8
    /// Room reserved per record; records grow past it if they must.
    var expectedFields = 8

    init(file: String, separator: UInt8) {
        self.file = file
        self.separator = separator
    }

    func records(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, line firstLine: Int) throws(DeckError) -> [Record] {
        var records: [Record] = []
        try forEachRecord(in: bytes, from: start, line: firstLine) { records.append($0) }
        return records
    }

    /// Hands each record over as soon as it is read, so a large file is never held twice.
    func forEachRecord(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, line firstLine: Int,
        _ body: (Record) throws(DeckError) -> Void
    ) throws(DeckError) {
        var cursor = Cursor(bytes: bytes, index: start, line: firstLine, lineStart: start)
        while let record = try next(&cursor) { try body(record) }
    }

    /// The record at the cursor (after blank and comment lines), or nil at the end.
    func next(_ cursor: inout Cursor) throws(DeckError) -> Record? {
        guard skipToRecord(&cursor) else { return nil }
        return try record(&cursor)
    }

    /// Moves past blank and comment lines; false at the end of the text.
    private func skipToRecord(_ cursor: inout Cursor) -> Bool {
        while let first = cursor.peek {
            if first == Self.lineFeed || first == Self.carriageReturn {
                cursor.consumeLineEnd()
            } else if first == Self.hash {
                cursor.skipLine()
            } else {
                return true
            }
        }
        return false
    }

    /// The field count of the next record and the text of its field `column` alone, or nil
    /// at the end of the text: for a pass over one column (the decks, before the notes are
    /// read), which then copies no other field. Fails where `next` fails.
    func skim(_ cursor: inout Cursor, column: Int) throws(DeckError) -> (fieldCount: Int, field: String?)? {
        guard skipToRecord(&cursor) else { return nil }
        var kept: String?
        var scratch: [UInt8] = []
        let count = try fields(&cursor) { (cursor: inout Cursor, index: Int) throws(DeckError) in
            if index == column {
                kept = try field(&cursor, scratch: &scratch)
            } else if cursor.peek == Self.quote {
                try quotedField(&cursor, scratch: &scratch, keep: false)
            } else {
                cursor.skipUnquotedField(separator: separator)
            }
        }
        return (count, kept)
    }

    /// One record from the cursor, which stands on its first byte; stops after its line end.
    private func record(_ cursor: inout Cursor) throws(DeckError) -> Record {
        let line = cursor.line
        var fields: [String] = []
        fields.reserveCapacity(expectedFields)
        var scratch: [UInt8] = []
        _ = try self.fields(&cursor) { (cursor: inout Cursor, _: Int) throws(DeckError) in
            fields.append(try field(&cursor, scratch: &scratch))
        }
        return Record(fields: fields, line: line)
    }

    /// Walks the fields of the record at the cursor, calling `visit` on each with the cursor
    /// on its first byte (it must move past the field); stops after the line end. Returns
    /// the number of fields.
    @inline(__always)
    private func fields(
        _ cursor: inout Cursor, _ visit: (inout Cursor, Int) throws(DeckError) -> Void
    ) throws(DeckError) -> Int {
        var count = 0
        while true {
            try visit(&cursor, count)
            count += 1
            guard let next = cursor.peek else { return count }
            if next == separator {
                cursor.index += 1
                continue
            }
            if next == Self.lineFeed || next == Self.carriageReturn {
                cursor.consumeLineEnd()
                return count
            }
            throw DeckError(
                at: cursor.location(file: file),
                "unexpected text after a closing quote",
                hint: "Inside a quoted field write a quote twice (\"\"), or end the field right after its closing quote"
            )
        }
    }

    private func field(_ cursor: inout Cursor, scratch: inout [UInt8]) throws(DeckError) -> String {
        guard cursor.peek == Self.quote else { return cursor.unquotedField(separator: separator) }
        try quotedField(&cursor, scratch: &scratch, keep: true)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Moves past a quoted field, its text (quotes undoubled) left in `scratch` when `keep`.
    /// Jumps from quote to quote: only a stretch that holds a line end is walked byte by byte.
    @inline(__always)
    private func quotedField(_ cursor: inout Cursor, scratch: inout [UInt8], keep: Bool) throws(DeckError) {
        let opening = cursor.index
        let (openingLine, openingLineStart) = (cursor.line, cursor.lineStart)
        cursor.index += 1
        scratch.removeAll(keepingCapacity: true)
        while let quote = cursor.offset(of: Self.quote) {
            if cursor.holdsLineEnd(before: quote) {
                while cursor.index < quote {
                    let byte = cursor.bytes[cursor.index]
                    if byte == Self.lineFeed || byte == Self.carriageReturn {
                        // Line ends inside a field become "\n" whatever the file used.
                        if keep { scratch.append(Self.lineFeed) }
                        cursor.consumeLineEnd()
                    } else {
                        if keep { scratch.append(byte) }
                        cursor.index += 1
                    }
                }
            } else {
                if keep { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: cursor.bytes[cursor.index..<quote])) }
                cursor.index = quote
            }
            cursor.index += 1
            guard cursor.peek == Self.quote else { return }
            if keep { scratch.append(Self.quote) }
            cursor.index += 1
        }
        let start = Cursor(bytes: cursor.bytes, index: opening, line: openingLine, lineStart: openingLineStart)
        throw DeckError(
            at: start.location(file: file), "this quoted field is never closed",
            hint: "Add the closing quote (\"), and write quotes inside the field twice (\"\")"
        )
    }
}

/// A position in the bytes with the line bookkeeping errors need.
struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int
    var line: Int
    var lineStart: Int

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Consumes `\n`, `\r\n` or a lone `\r`.
    mutating func consumeLineEnd() {
        if bytes[index] == DelimitedText.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == DelimitedText.lineFeed {
            index += 1
        }
        index += 1
        line += 1
        lineStart = index
    }

    /// The offset of the next `byte` at or after the cursor, or nil.
    func offset(of byte: UInt8) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + index, Int32(byte), bytes.count - index)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Whether a line end lies between the cursor and `end`.
    func holdsLineEnd(before end: Int) -> Bool {
        guard index < end, let base = bytes.baseAddress else { return false }
        return memchr(base + index, Int32(DelimitedText.lineFeed), end - index) != nil
            || memchr(base + index, Int32(DelimitedText.carriageReturn), end - index) != nil
    }

    mutating func skipLine() {
        while let byte = peek {
            if byte == DelimitedText.lineFeed || byte == DelimitedText.carriageReturn {
                consumeLineEnd()
                return
            }
            index += 1
        }
    }

    mutating func unquotedField(separator: UInt8) -> String {
        let start = index
        skipUnquotedField(separator: separator)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    mutating func skipUnquotedField(separator: UInt8) {
        // A field ends at the separator or a line end (both among what `skipPlain` stops at,
        // with the other control characters and DEL): words of plain bytes are skipped whole,
        // a word that may hold an ending is looked at byte by byte.
        while index < bytes.count {
            index = ByteScan.skipPlain(bytes, from: index, stoppingAt: separator, separator)
            let wordEnd = min(index + MemoryLayout<UInt64>.size, bytes.count)
            while index < wordEnd {
                let byte = bytes[index]
                if byte == separator || byte == DelimitedText.lineFeed || byte == DelimitedText.carriageReturn { return }
                index += 1
            }
        }
    }

    /// 1-based line and column (in characters, counting scalars) of the current byte.
    func location(file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: UTF8Check.scalarCount(bytes, from: lineStart, to: index) + 1)
    }
}
