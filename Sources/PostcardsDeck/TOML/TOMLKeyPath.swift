/// One part of a key, as in `a` of `a.b`, and where it was written.
struct TOMLKeyPart {
    var name: String
    var offset: Int
}

/// A key, bare, quoted or dotted (`site."google.com".x`). The first part is held apart so
/// that the usual one-part key needs no array.
struct TOMLKeyPath {
    var first: TOMLKeyPart
    var rest: [TOMLKeyPart] = []

    var count: Int { rest.count + 1 }

    subscript(index: Int) -> TOMLKeyPart { index == 0 ? first : rest[index - 1] }

    /// The parts up to `index` as TOML would write them: `a."b c".d`.
    func written(through index: Int) -> String {
        (0...index).map { Self.written(self[$0].name) }.joined(separator: ".")
    }

    static func written(_ name: String) -> String {
        let isBare = !name.isEmpty && name.utf8.allSatisfy(TOMLParser.isBareKeyByte)
        if isBare { return name }
        var quoted = "\""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}

extension TOMLParser {
    @inline(__always) static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    func describe(_ key: TOMLKeyPath) -> String { "\"\(key.written(through: key.count - 1))\"" }

    /// A bare, quoted or dotted key; blanks around the dots are allowed.
    mutating func parseKeyPath(_ place: TOMLSyntaxError.Place) throws(TOMLSyntaxError) -> TOMLKeyPath {
        var path = TOMLKeyPath(first: try parseKeyPart(place, afterDot: false))
        while true {
            let save = offset
            skipBlanks()
            guard byte(at: offset) == ASCII.dot else {
                offset = save
                return path
            }
            offset += 1
            skipBlanks()
            path.rest.append(try parseKeyPart(place, afterDot: true))
            if path.count > Self.maximumDepth {
                throw TOMLSyntaxError(
                    at: path.rest[path.rest.count - 1].offset, place,
                    "a key may have at most \(Self.maximumDepth) dotted parts",
                    hint: "Use fewer levels of tables.")
            }
        }
    }

    private mutating func parseKeyPart(_ place: TOMLSyntaxError.Place, afterDot: Bool) throws(TOMLSyntaxError) -> TOMLKeyPart {
        let start = offset
        guard start < bytes.count else { throw missingKey(place, afterDot: afterDot) }
        let first = bytes[start]
        if Self.isBareKeyByte(first) {
            offset += 1
            while offset < bytes.count, Self.isBareKeyByte(bytes[offset]) { offset += 1 }
            return TOMLKeyPart(name: text(start..<offset), offset: start)
        }
        if first == ASCII.quote || first == ASCII.apostrophe {
            if byte(at: offset + 1) == first, byte(at: offset + 2) == first {
                throw TOMLSyntaxError(
                    at: start, .key, "a key may not be a multi-line string",
                    hint: "Quote the key with one pair of quotes: \"my key\" = 1.")
            }
            let name = first == ASCII.quote ? try parseBasicString() : try parseLiteralString()
            return TOMLKeyPart(name: name, offset: start)
        }
        throw missingKey(place, afterDot: afterDot)
    }

    private func missingKey(_ place: TOMLSyntaxError.Place, afterDot: Bool) -> TOMLSyntaxError {
        if afterDot {
            return TOMLSyntaxError(at: offset, place, "expected a key after the dot, found \(describeByte(at: offset))")
        }
        if place == .header {
            return TOMLSyntaxError(
                at: offset, .header, "a table header must start with its name, found \(describeByte(at: offset))")
        }
        return TOMLSyntaxError(at: offset, place, "expected a key, found \(describeByte(at: offset))")
    }

    /// The bytes of `range` as a string: one copy, no escapes to undo.
    @inline(__always) func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
