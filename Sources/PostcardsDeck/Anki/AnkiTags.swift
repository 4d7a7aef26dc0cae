/// Anki note tags: a whitespace-separated list (`" a b "`, sorted by Anki, in insertion order
/// by genanki, `""` or `"  "` for none). `::` inside a tag is hierarchy, not a separator.
enum AnkiTags {
    static func split(_ text: String) -> [String] {
        // Tags are nearly always ASCII: split the bytes then, without decoding scalars.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }).map { String(Substring($0)) }
        }
        return text.unicodeScalars.split(whereSeparator: isSeparator).map { String(String.UnicodeScalarView($0)) }
    }

    /// Sorted, each tag once: the same tags give the same card whatever their stored order.
    static func sortedUnique(_ tags: [String]) -> [String] {
        // Anki already stores them sorted: then there is nothing to allocate.
        if zip(tags, tags.dropFirst()).allSatisfy({ $0 < $1 }) { return tags }
        var result: [String] = []
        for tag in tags.sorted() where result.last != tag { result.append(tag) }
        return result
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar == " " || ("\t"..."\r").contains(scalar)) : scalar.properties.isWhitespace
    }
}
