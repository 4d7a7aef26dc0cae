/// A cursor over the UTF-8 bytes of an HTML fragment that recognises tags and entities.
///
/// Markup is ASCII, so bytes suffice; other bytes are only ever copied. Every `read…`
/// either consumes a complete construct and returns it, or returns nil and leaves the
/// cursor where it was, so the caller can keep the character as text.
struct TagScanner {
    enum Tag: Equatable {
        /// `<!-- … -->`, `<!doctype …>`, `<?…?>`.
        case comment
        /// A start tag (`isClosing` false, self-closing included) or an end tag; `name` is lowercased.
        case element(name: String, isClosing: Bool)
    }

    /// Entities longer than this are not entities (the longest in the table is 8 letters).
    static let maximumEntityLength = 32
    static let maximumNumericDigits = 8

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    mutating func advance(by count: Int = 1) { index += count }

    mutating func readTag() -> Tag? {
        guard peek() == ascii("<"), let next = peek(1) else { return nil }
        if next == ascii("!") || next == ascii("?") { return readComment() }
        let isClosing = next == ascii("/")
        var cursor = index + (isClosing ? 2 : 1)
        guard cursor < bytes.count, Self.isLetter(bytes[cursor]) else { return nil }
        var name = ""
        while cursor < bytes.count, Self.isLetter(bytes[cursor]) || Self.isDigit(bytes[cursor]) {
            name.unicodeScalars.append(Unicode.Scalar(bytes[cursor] | 0x20))
            cursor += 1
        }
        guard let end = endOfTag(from: cursor) else { return nil }
        index = end + 1
        return .element(name: name, isClosing: isClosing)
    }

    /// Skips everything up to and including `</name …>`, or to the end when it never closes.
    mutating func skipPast(closing name: String) {
        while index < bytes.count {
            let start = index
            if bytes[index] == ascii("<"), case let .element(found, true)? = readTag(), found == name { return }
            index = start + 1
        }
    }

    /// Decodes `&name;`, `&#123;` or `&#x7B;`; nil for anything else.
    mutating func readEntity() -> String? {
        guard peek() == ascii("&") else { return nil }
        var cursor = index + 1
        while cursor < bytes.count, cursor - index <= Self.maximumEntityLength, bytes[cursor] != ascii(";") {
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor] == ascii(";"), cursor > index + 1,
              let decoded = Self.decode(entity: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<cursor]))
        else { return nil }
        index = cursor + 1
        return decoded
    }

    private mutating func readComment() -> Tag? {
        if peek(1) == ascii("!"), peek(2) == ascii("-"), peek(3) == ascii("-") {
            var cursor = index + 4
            while cursor + 2 < bytes.count {
                if bytes[cursor] == ascii("-"), bytes[cursor + 1] == ascii("-"), bytes[cursor + 2] == ascii(">") {
                    index = cursor + 3
                    return .comment
                }
                cursor += 1
            }
            return nil
        }
        guard let end = endOfTag(from: index + 2) else { return nil }
        index = end + 1
        return .comment
    }

    /// The index of the `>` that ends a tag, skipping quoted attribute values.
    private func endOfTag(from start: Int) -> Int? {
        var cursor = start
        var quote: UInt8?
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == ascii("\"") || byte == ascii("'") {
                quote = byte
            } else if byte == ascii(">") {
                return cursor
            } else if byte == ascii("<") {
                // A new tag starts before this one ended: this was text after all.
                return nil
            }
            cursor += 1
        }
        return nil
    }

    static func decode(entity body: UnsafeBufferPointer<UInt8>) -> String? {
        guard body.first == ascii("#") else { return HTMLEntities.named[String(decoding: body, as: UTF8.self)] }
        let isHex = body.count > 1 && (body[1] | 0x20) == ascii("x")
        let digits = body.dropFirst(isHex ? 2 : 1)
        guard !digits.isEmpty, digits.count <= maximumNumericDigits,
              digits.allSatisfy({ isHex ? isHexDigit($0) : isDigit($0) })
        else { return nil }
        let value = digits.reduce(UInt32(0)) { $0 * (isHex ? 16 : 10) + hexValue($1) }
        // Like browsers: NUL, surrogates and values beyond Unicode become the replacement character.
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(scalar)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (ascii("a")...ascii("z")).contains(byte | 0x20) }
    private static func isDigit(_ byte: UInt8) -> Bool { (ascii("0")...ascii("9")).contains(byte) }
    private static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (ascii("a")...ascii("f")).contains(byte | 0x20) }
    private static func hexValue(_ byte: UInt8) -> UInt32 {
        isDigit(byte) ? UInt32(byte - ascii("0")) : UInt32((byte | 0x20) - ascii("a") + 10)
    }
}

@inline(__always)
private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
