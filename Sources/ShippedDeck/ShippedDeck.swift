/// The deck files under `decks/`, compiled into the binary by the EmbedDecks plugin.
public enum ShippedDeck {
    public struct File: Sendable {
        /// Path relative to the repository, e.g. `decks/post-training/01-overview.toml`.
        public let path: String
        public let text: String
    }

    public static let files: [File] = embeddedDeckFiles.map { File(path: $0.path, text: $0.text) }

    /// FNV-1a over every file's path, a NUL, its text and a NUL, in order, computed when
    /// the files were embedded: a collection records it to know when the deck changed.
    public static let fingerprint = embeddedDeckFingerprint
}
