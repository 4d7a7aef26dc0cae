/// A card's content as the collection holds it.
public struct Card: Hashable, Sendable {
    public var id: CardID
    /// Chapter slug (for Anki decks, the first sub-deck).
    public var chapter: String
    public var content: CardContent
    public var tags: [String]

    public init(id: CardID, chapter: String, content: CardContent, tags: [String] = []) {
        self.id = id
        self.chapter = chapter
        self.content = content
        self.tags = tags
    }
}

public enum CardContent: Hashable, Sendable {
    case basic(front: String, back: String)
    /// `text` keeps every deletion's markup; `ordinal` is the deletion this card asks for.
    case cloze(text: String, ordinal: Int, extra: String)

    /// The question as plain text (`[…]` for the hidden part).
    public var plainFront: String {
        switch self {
        case let .basic(front, _): front
        case let .cloze(text, ordinal, _): Cloze.plain(Cloze.question(text, ordinal: ordinal))
        }
    }

    /// The answer as plain text: the back, or the whole cloze text (then its extra).
    public var plainBack: String {
        switch self {
        case let .basic(_, back): back
        case let .cloze(text, ordinal, extra):
            extra.isEmpty
                ? Cloze.plain(Cloze.answer(text, ordinal: ordinal))
                : Cloze.plain(Cloze.answer(text, ordinal: ordinal)) + "\n\n" + extra
        }
    }
}
