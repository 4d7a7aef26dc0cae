import PostcardsCore

/// The `#key:value` lines Anki (2.1.55+) writes at the top of a text export, which say how
/// to read the rest: separator, whether fields are HTML, and which columns hold the GUID,
/// note type, deck and tags. Column numbers are 1-based, as in the file.
struct AnkiTextHeader: Equatable {
    var separator: UInt8?
    var isHTML: Bool?
    /// `#tags:` — tags added to every note.
    var tags: [String] = []
    /// `#columns:` — column names, still joined by the separator.
    var columnNamesLine: String?
    var notetype: String?
    var deck: String?
    var guidColumn: Int?
    var notetypeColumn: Int?
    var deckColumn: Int?
    var tagsColumn: Int?
    /// True when at least one known header line was present.
    var isPresent = false

    /// Anki's names for separators, and the characters themselves.
    static let separatorNames: [String: UInt8] = [
        "tab": 0x09, "\t": 0x09, "comma": 0x2C, ",": 0x2C, "semicolon": 0x3B, ";": 0x3B,
        "space": 0x20, " ": 0x20, "pipe": 0x7C, "|": 0x7C, "colon": 0x3A, ":": 0x3A,
    ]

    /// The keys this reader understands, as Anki writes them.
    static let keys = [
        "separator", "html", "tags", "columns", "notetype", "deck",
        "guid column", "notetype column", "deck column", "tags column",
    ]

    /// Reads the header lines at `cursor`, leaving it on the first line that is not one.
    static func parse(_ cursor: inout Cursor, file: String) throws(DeckError) -> AnkiTextHeader {
        var header = AnkiTextHeader()
        while cursor.peek == DelimitedText.hash {
            let location = SourceLocation(file: file, line: cursor.line)
            let start = cursor.index + 1
            var end = start
            while end < cursor.bytes.count,
                  cursor.bytes[end] != DelimitedText.lineFeed, cursor.bytes[end] != DelimitedText.carriageReturn {
                end += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[start..<end]), as: UTF8.self)
            cursor.skipLine()
            // Lines without a colon are comments, as are keys Anki added after this reader.
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].trimmingSpaces.lowercased()
            let value = String(text[text.index(after: colon)...])
            try header.apply(key: key, value: value, at: location)
        }
        return header
    }

    private mutating func apply(key: String, value: String, at location: SourceLocation) throws(DeckError) {
        let trimmed = value.trimmingSpaces
        switch key {
        case "separator":
            // A tab or space separator may be written literally, so look before trimming.
            guard let byte = Self.separatorNames[value] ?? Self.separatorNames[trimmed.lowercased()] else {
                throw DeckError(at: location, "unknown separator \"\(trimmed)\"",
                                hint: "Use Tab, Comma, Semicolon, Space, Pipe or Colon")
            }
            separator = byte
        case "html":
            switch trimmed.lowercased() {
            case "true": isHTML = true
            case "false": isHTML = false
            default: throw DeckError(at: location, "#html must be true or false, not \"\(trimmed)\"")
            }
        case "tags": tags = AnkiTags.split(trimmed)
        case "columns": columnNamesLine = value
        case "notetype": notetype = trimmed
        case "deck": deck = trimmed
        case "guid column": guidColumn = try Self.column(trimmed, key: key, at: location)
        case "notetype column": notetypeColumn = try Self.column(trimmed, key: key, at: location)
        case "deck column": deckColumn = try Self.column(trimmed, key: key, at: location)
        case "tags column": tagsColumn = try Self.column(trimmed, key: key, at: location)
        default:
            // A misspelt key would silently change how every row is read; a comment that
            // merely contains a colon is far from every key.
            if let known = KeySuggestion.closest(to: key, among: Self.keys) {
                throw DeckError(at: location, "unknown header key \"\(key)\"", hint: "Did you mean #\(known):?")
            }
            return
        }
        isPresent = true
    }

    private static func column(_ text: String, key: String, at location: SourceLocation) throws(DeckError) -> Int {
        guard let number = Int(text), number >= 1 else {
            throw DeckError(at: location, "#\(key) must be a column number (1 for the first column), not \"\(text)\"")
        }
        return number
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (not line ends: there are none in a header).
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
