/// Anki deck names: a path of levels joined by `::` in JSON and text files, and by U+001F in
/// the `decks` table of schema 18. Not HTML: a literal `&` is just an ampersand.
enum AnkiDeckName {
    static let textSeparator = "::"
    static let schema18Separator = "\u{1F}"
    /// Anki's deck with id 1, where cards land when nothing else is said.
    static let fallback = "Default"

    /// The levels of a deck name, blank levels dropped (Anki does the same when it saves one,
    /// so `A::::B` is `A::B`). Empty when nothing is left: Anki never writes such a name, so
    /// the readers refuse it rather than guess a deck.
    static func path(_ name: String, separator: String) -> [String] {
        name.split(separator: separator, omittingEmptySubsequences: false)
            .map { HTMLText.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }
}
