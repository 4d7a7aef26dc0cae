import PostcardsCore

/// A problem with a deck that its author can fix: where, what, and what to do.
public struct DeckError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The path does not exist, cannot be read, or holds no deck files (sysexits 66).
        case missingInput
        /// The file is there but is not a valid deck (sysexits 65).
        case invalidDeck
        /// Reading it needs something this machine lacks, such as a system library (sysexits 69).
        case unavailable
    }

    public var kind: Kind
    public var location: SourceLocation
    /// What is wrong, in plain words, without a trailing period.
    public var message: String
    /// What to do about it: a sentence, or empty.
    public var hint: String
    /// The other place involved, e.g. the first definition of a duplicate id.
    public var related: SourceLocation?

    public init(
        _ kind: Kind = .invalidDeck, at location: SourceLocation, _ message: String, hint: String = "",
        related: SourceLocation? = nil
    ) {
        self.kind = kind
        self.location = location
        self.message = message
        self.hint = hint
        self.related = related
    }

    /// `file:line:col: message. Hint.`
    public var description: String { "\(location): \(sentence)" }

    /// The message and hint without the location.
    public var sentence: String { hint.isEmpty ? message : "\(message). \(hint)" }
}

/// Every problem found while reading decks, in file order. Thrown as one error so an author
/// sees all of a file's mistakes at once instead of fixing them one run at a time.
public struct DeckErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [DeckError]

    public init(_ errors: [DeckError]) {
        self.errors = errors
    }

    /// True when nothing could be read at all (a missing path, an empty directory).
    public var isMissingInput: Bool { errors.contains { $0.kind == .missingInput } }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
