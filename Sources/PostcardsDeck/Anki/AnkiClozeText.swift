/// Recognising Anki's numbered cloze markup without parsing all of it.
enum AnkiClozeText {
    /// True when the text contains `{{c<digits>::`, Anki's form of a deletion. Scans the UTF-8
    /// bytes (the markup is ASCII) so rows without any cost no allocation.
    static func hasNumberedDeletion(_ text: String) -> Bool {
        let bytes = text.utf8
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            var cursor = bytes.index(after: open)
            guard cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "{") else {
                index = cursor
                continue
            }
            cursor = bytes.index(after: cursor)
            guard cursor < bytes.endIndex, bytes[cursor] | 0x20 == UInt8(ascii: "c") else {
                index = bytes.index(after: open)
                continue
            }
            cursor = bytes.index(after: cursor)
            let digitsStart = cursor
            while cursor < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) {
                cursor = bytes.index(after: cursor)
            }
            if cursor > digitsStart, bytes[cursor...].starts(with: "::".utf8) { return true }
            index = bytes.index(after: open)
        }
        return false
    }
}
