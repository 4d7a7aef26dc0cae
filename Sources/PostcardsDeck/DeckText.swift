import PostcardsCore

/// Turns a deck file's bytes into text, or says where the first byte that is not UTF-8 is.
enum DeckText {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let utf16LittleEndianMark: [UInt8] = [0xFF, 0xFE]
    private static let utf16BigEndianMark: [UInt8] = [0xFE, 0xFF]

    static func decode(_ bytes: [UInt8], file: String) -> Result<String, DeckError> {
        check(bytes, file: file).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a deck file that can be parsed as they are: UTF-8 without NUL bytes,
    /// a byte-order mark dropped. Reading a 100k-card deck this way skips making each file
    /// a `String` only to take its bytes out again.
    static func check(_ bytes: [UInt8], file: String) -> Result<[UInt8], DeckError> {
        let body = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(byteOrderMark.count)) : bytes
        if bytes.starts(with: utf16LittleEndianMark) || bytes.starts(with: utf16BigEndianMark) {
            return .failure(DeckError(
                at: TextPosition.start.location(in: file), "the file is UTF-16, not UTF-8",
                hint: "Save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 old.toml > new.toml`."))
        }
        if let bad = firstInvalidUTF8Byte(in: body) {
            let byte = String(body[bad], radix: 16, uppercase: true)
            return .failure(DeckError(
                at: position(ofByte: bad, in: body).location(in: file),
                "the file is not valid UTF-8 (byte 0x\(byte))",
                hint: "Save it as UTF-8, e.g. `iconv -f LATIN1 -t UTF-8 old.toml > new.toml`."))
        }
        if let offset = body.withUnsafeBufferPointer(UTF8Check.firstNUL) {
            return .failure(nulError(at: offset, in: body, file: file))
        }
        return .success(body)
    }

    private static func nulError(at offset: Int, in bytes: [UInt8], file: String) -> DeckError {
        DeckError(
            at: position(ofByte: offset, in: bytes).location(in: file),
            "the file contains a NUL byte",
            hint: "Remove it; deck files are plain text.")
    }

    static func position(ofByte offset: Int, in bytes: [UInt8]) -> TextPosition {
        LineTable(bytes: bytes).position(of: offset)
    }

    /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), or nil when the bytes are valid.
    static func firstInvalidUTF8Byte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) }
    }
}
