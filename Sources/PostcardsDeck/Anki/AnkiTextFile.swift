import PostcardsCore

/// Anki's text import format (`.txt`, `.tsv`, `.csv`): optional `#key:value` header lines,
/// then one note per record. Without a header the separator is sniffed (tab, semicolon or
/// comma) and the columns are front, back and, optionally, tags.
enum AnkiTextFile {
    /// Separators tried when the file does not name one, in Anki's order of preference.
    static let sniffedSeparators: [UInt8] = [0x09, 0x3B, 0x2C]
    static let headerlessColumns = 2...3

    /// - Parameter defaultDeck: the deck for notes the file does not place (its file name).
    static func notes(in bytes: UnsafeBufferPointer<UInt8>, file: String, defaultDeck: String) throws(DeckError) -> [AnkiNote] {
        var reader = try NoteReader(bytes: bytes, file: file, defaultDeck: defaultDeck)
        var notes: [AnkiNote] = []
        notes.reserveCapacity(estimatedRows(bytes))
        while let note = try reader.next() { notes.append(note) }
        return notes
    }

    /// Reads a text export one note at a time, so a 100k-row file is never held as notes.
    struct NoteReader {
        private let file: String
        private let defaultDeck: String
        private let header: AnkiTextHeader
        private var records: DelimitedText
        private var cursor: Cursor
        private var layout: AnkiTextLayout?
        private var cache = AnkiTextLayout.Cache()
        private var notesRead = 0

        /// Called with an offset the reader will not read before again.
        private let release: (Int) -> Void
        private var released = 0

        /// Checks the encoding and reads the header lines.
        init(
            bytes: UnsafeBufferPointer<UInt8>, file: String, defaultDeck: String, release: @escaping (Int) -> Void = { _ in }
        ) throws(DeckError) {
            try AnkiTextFile.checkEncoding(bytes, file: file, release: release)
            self.release = release
            let start = UTF8Check.startsWithByteOrderMark(bytes) ? UTF8Check.byteOrderMark.count : 0
            cursor = Cursor(bytes: bytes, index: start, line: 1, lineStart: start)
            header = try AnkiTextHeader.parse(&cursor, file: file)
            let separator = header.separator ?? AnkiTextFile.sniffSeparator(bytes, from: cursor.index)
            records = DelimitedText(file: file, separator: separator)
            if let names = header.columnNamesLine {
                records.expectedFields = names.utf8.filter { $0 == separator }.count + 1
            }
            (self.file, self.defaultDeck) = (file, defaultDeck)
        }

        /// The next note, or nil at the end of the file; throws there if it had none.
        mutating func next() throws(DeckError) -> AnkiNote? {
            guard let record = try records.next(&cursor) else {
                guard notesRead > 0 else {
                    let separator = Character(Unicode.Scalar(records.separator))
                    throw DeckError(at: SourceLocation(file: file, line: cursor.line), "the file holds no notes",
                                    hint: "Add one note per row after the header lines, e.g. front\(separator)back")
                }
                return nil
            }
            notesRead += 1
            releasePassedPages()
            return try layout(for: record).note(from: record, header: header, defaultDeck: defaultDeck, cache: &cache)
        }

        /// The deck path of every note still to read, in order, repeats in a row left out; the
        /// reader itself does not move. Chapters are numbered from all of a file's decks
        /// before its first card can be placed. Stops quietly at a problem: reading the
        /// notes reports it.
        func deckPaths() -> [[String]] {
            var scan = self
            var paths: [[String]] = []
            // The first record fixes the layout; without a deck column every note is in
            // the same deck.
            guard let first = try? scan.records.next(&scan.cursor), let layout = try? scan.layout(for: first),
                  first.fields.count == layout.columnCount
            else { return paths }
            var name = layout.deck.map { first.fields[$0] } ?? header.deck ?? defaultDeck
            var fieldCount = layout.columnCount
            var previousName: String?
            while fieldCount == layout.columnCount {
                scan.releasePassedPages()
                // Neighbouring notes nearly always share a deck: a repeat needs no lookup.
                if name != previousName {
                    let path = scan.cache.deckPaths[name] ?? AnkiDeckName.path(name, separator: AnkiDeckName.textSeparator)
                    scan.cache.deckPaths[name] = path
                    // A deck without a name is refused when its note is read.
                    guard !path.isEmpty else { break }
                    if paths.last != path { paths.append(path) }
                    previousName = name
                }
                // Only the deck column of the other records is copied out.
                guard let column = layout.deck, let next = try? scan.records.skim(&scan.cursor, column: column),
                      let field = next.field
                else { break }
                (name, fieldCount) = (field, next.fieldCount)
            }
            return paths
        }

        private mutating func releasePassedPages() {
            guard cursor.lineStart - released >= MappedFile.releaseStep else { return }
            released = cursor.lineStart
            release(released)
        }

        /// The first record fixes the column layout when no #columns: header did.
        private mutating func layout(for record: DelimitedText.Record) throws(DeckError) -> AnkiTextLayout {
            if let layout { return layout }
            let layout = try AnkiTextLayout(header: header, separator: records.separator, firstRecord: record, file: file)
            self.layout = layout
            return layout
        }
    }

    /// UTF-8 without NUL bytes: a NUL is never in text, but is in UTF-16 and binary files.
    /// Checked a megabyte at a time, handing each to `release` once read (see `MappedFile`).
    static func checkEncoding(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, release: (Int) -> Void = { _ in }
    ) throws(DeckError) {
        let saveAsUTF8 = "Save the file as UTF-8 (Anki's own exports always are)"
        if UTF8Check.startsWithUTF16ByteOrderMark(bytes) {
            throw DeckError(at: SourceLocation(file: file, line: 1, column: 1),
                            "this is UTF-16 text (it starts with a UTF-16 byte-order mark)", hint: saveAsUTF8)
        }
        if let bad = firstOffset(in: bytes, release: release, { UTF8Check.firstInvalidOffset($0) }) {
            throw DeckError(at: UTF8Check.location(of: bad, in: bytes, file: file), "this is not valid UTF-8 text",
                            hint: saveAsUTF8)
        }
        if let nul = firstOffset(in: bytes, release: release, UTF8Check.firstNUL) {
            let looksUTF16 = UTF8Check.looksLikeUTF16(bytes)
            throw DeckError(
                at: UTF8Check.location(of: nul, in: bytes, file: file),
                looksUTF16 ? "this looks like UTF-16 text without a byte-order mark (every other byte is NUL)"
                    : "this file holds a NUL byte, so it is binary data rather than text",
                hint: looksUTF16 ? saveAsUTF8 : "Import an Anki text export or a CSV/TSV file saved as UTF-8")
        }
    }

    /// `find` run over chunks of about `MappedFile.releaseStep` bytes, each ending before a
    /// character's first byte so no UTF-8 sequence is cut; the offset is in all of `bytes`.
    private static func firstOffset(
        in bytes: UnsafeBufferPointer<UInt8>, release: (Int) -> Void,
        _ find: (UnsafeBufferPointer<UInt8>) -> Int?
    ) -> Int? {
        var start = 0
        while start < bytes.count {
            var end = min(start + MappedFile.releaseStep, bytes.count)
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if let offset = find(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return start + offset }
            release(end)
            start = end
        }
        return nil
    }

    /// Line ends in the file: at least the number of records, so the notes never regrow.
    static func estimatedRows(_ bytes: UnsafeBufferPointer<UInt8>, release: (Int) -> Void = { _ in }) -> Int {
        var lines = 1
        var start = 0
        while start < bytes.count {
            let end = min(start + MappedFile.releaseStep, bytes.count)
            // memchr from line end to line end: a byte loop was 40 M instructions on 23 MB.
            var cursor = Cursor(bytes: UnsafeBufferPointer(rebasing: bytes[..<end]), index: start, line: 1, lineStart: start)
            while let lineFeed = cursor.offset(of: DelimitedText.lineFeed) {
                lines += 1
                cursor.index = lineFeed + 1
            }
            release(end)
            start = end
        }
        return lines
    }

    /// The separator that appears on the first data line outside quotes, preferring tab.
    static func sniffSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == DelimitedText.quote {
                inQuotes.toggle()
            } else if !inQuotes && (byte == DelimitedText.lineFeed || byte == DelimitedText.carriageReturn) {
                if counts.values.contains(where: { $0 > 0 }) { break }
            } else if !inQuotes && sniffedSeparators.contains(byte) {
                counts[byte, default: 0] += 1
            }
            index += 1
        }
        if counts[0x09, default: 0] > 0 { return 0x09 }
        return counts[0x3B, default: 0] > counts[0x2C, default: 0] ? 0x3B : 0x2C
    }
}
