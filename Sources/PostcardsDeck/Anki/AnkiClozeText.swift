/// Recognising Anki's numbered cloze markup without parsing all of it.
enum AnkiClozeText {
    /// True when the text contains `{{c<digits>::`, Anki's form of a deletion. Scans the UTF-8
    /// bytes (the markup is ASCII) so rows without any cost no allocation.
    static func hasNumberedDeletion(_ text: String) -> Bool {
        // Over the contiguous bytes: indexing `String.UTF8View` checks the string's form at
        // every step, a few percent of a 100k-row import.
        text.utf8.withContiguousStorageIfAvailable(hasNumberedDeletion)
            ?? Array(text.utf8).withUnsafeBufferPointer(hasNumberedDeletion)
    }

    private static func hasNumberedDeletion(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            var cursor = open + 1
            guard cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "{") else {
                index = cursor
                continue
            }
            cursor += 1
            guard cursor < bytes.endIndex, bytes[cursor] | 0x20 == UInt8(ascii: "c") else {
                index = open + 1
                continue
            }
            cursor += 1
            let digitsStart = cursor
            while cursor < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) {
                cursor += 1
            }
            if cursor > digitsStart, bytes[cursor...].starts(with: "::".utf8) { return true }
            index = open + 1
        }
        return false
    }
}
