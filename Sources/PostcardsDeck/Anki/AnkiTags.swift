/// Anki note tags: a whitespace-separated list (`" a b "`, sorted by Anki, in insertion order
/// by genanki, `""` or `"  "` for none). `::` inside a tag is hierarchy, not a separator.
enum AnkiTags {
    static func split(_ text: String) -> [String] {
        text.unicodeScalars.split(whereSeparator: isSeparator).map { String(String.UnicodeScalarView($0)) }
    }

    /// Sorted, each tag once: the same tags give the same card whatever their stored order.
    static func sortedUnique(_ tags: [String]) -> [String] {
        var result: [String] = []
        for tag in tags.sorted() where result.last != tag { result.append(tag) }
        return result
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar == " " || ("\t"..."\r").contains(scalar)) : scalar.properties.isWhitespace
    }
}
