/// A cursor over the scalars of an HTML fragment that recognises tags and entities.
///
/// Every `read…` either consumes a complete construct and returns it, or returns nil and
/// leaves the cursor where it was, so the caller can keep the character as text.
struct TagScanner {
    enum Tag: Equatable {
        /// `<!-- … -->`, `<!doctype …>`, `<?…?>`.
        case comment
        /// A start tag (`isClosing` false, self-closing included) or an end tag; `name` is lowercased.
        case element(name: String, isClosing: Bool)
    }

    /// Entities longer than this are not entities (the longest in the table is 8 letters).
    static let maximumEntityLength = 32

    private let scalars: [Unicode.Scalar]
    private(set) var index = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance() { index += 1 }

    mutating func readTag() -> Tag? {
        guard peek() == "<", let next = peek(1) else { return nil }
        if next == "!" || next == "?" { return readComment() }
        let isClosing = next == "/"
        var cursor = index + (isClosing ? 2 : 1)
        guard cursor < scalars.count, Self.isASCIILetter(scalars[cursor]) else { return nil }
        var name = ""
        while cursor < scalars.count, Self.isASCIILetter(scalars[cursor]) || Self.isASCIIDigit(scalars[cursor]) {
            name.unicodeScalars.append(Self.lowercased(scalars[cursor]))
            cursor += 1
        }
        guard let end = endOfTag(from: cursor) else { return nil }
        index = end + 1
        return .element(name: name, isClosing: isClosing)
    }

    /// Skips everything up to and including `</name …>`, or to the end when it never closes.
    mutating func skipPast(closing name: String) {
        while index < scalars.count {
            let start = index
            if case let .element(found, true)? = readTag(), found == name { return }
            index = start + 1
        }
    }

    /// Decodes `&name;`, `&#123;` or `&#x7B;`; nil for anything else.
    mutating func readEntity() -> String? {
        guard peek() == "&" else { return nil }
        var cursor = index + 1
        var body = ""
        while cursor < scalars.count, cursor - index <= Self.maximumEntityLength, scalars[cursor] != ";" {
            body.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        guard cursor < scalars.count, scalars[cursor] == ";", !body.isEmpty,
              let decoded = Self.decode(entity: body)
        else { return nil }
        index = cursor + 1
        return decoded
    }

    private mutating func readComment() -> Tag? {
        if peek(1) == "!", peek(2) == "-", peek(3) == "-" {
            var cursor = index + 4
            while cursor + 2 < scalars.count {
                if scalars[cursor] == "-", scalars[cursor + 1] == "-", scalars[cursor + 2] == ">" {
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
        var quote: Unicode.Scalar?
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return cursor
            } else if scalar == "<" {
                // A new tag starts before this one ended: this was text after all.
                return nil
            }
            cursor += 1
        }
        return nil
    }

    static func decode(entity body: String) -> String? {
        let scalars = Array(body.unicodeScalars)
        guard scalars.first == "#" else { return HTMLEntities.named[body] }
        let isHex = scalars.count > 1 && (scalars[1] == "x" || scalars[1] == "X")
        let digits = String(String.UnicodeScalarView(scalars.dropFirst(isHex ? 2 : 1)))
        let allowed: (Unicode.Scalar) -> Bool = { isHex ? $0.properties.isASCIIHexDigit : isASCIIDigit($0) }
        guard !digits.isEmpty, digits.count <= 8, digits.unicodeScalars.allSatisfy(allowed),
              let value = UInt32(digits, radix: isHex ? 16 : 10) else { return nil }
        // Like browsers: NUL, surrogates and values beyond Unicode become the replacement character.
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(scalar)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) else { return scalar }
        return lower
    }
}
