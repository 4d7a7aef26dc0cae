import Foundation

/// A card as a deck file describes it, before it meets the collection.
public struct CardDraft: Hashable, Sendable {
    public var id: CardID
    public var chapter: Chapter
    public var content: CardContent
    public var tags: [String]
    /// Where the card is defined, for messages (`deck.toml:12:1`).
    public var source: SourceLocation
    /// Answers taken over from another program (Anki's revlog), oldest first.
    public var history: [HistoricAnswer]

    public init(
        id: CardID, chapter: Chapter, content: CardContent, tags: [String] = [],
        source: SourceLocation, history: [HistoricAnswer] = []
    ) {
        self.id = id
        self.chapter = chapter
        self.content = content
        self.tags = tags
        self.source = source
        self.history = history
    }

    public var card: Card { Card(id: id, chapter: chapter.slug, content: content, tags: tags) }
}

/// A chapter of a deck: cards introduce themselves in chapter `order`.
public struct Chapter: Hashable, Sendable {
    public var deck: String
    public var slug: String
    public var title: String
    public var order: Int

    public init(deck: String, slug: String, title: String, order: Int) {
        self.deck = deck
        self.slug = slug
        self.title = title
        self.order = order
    }
}

/// An answer recorded by another program, to be logged with kind `import`.
public struct HistoricAnswer: Hashable, Sendable {
    public var at: Date
    public var grade: Grade
    public var answerMillis: Int

    public init(at: Date, grade: Grade, answerMillis: Int) {
        self.at = at
        self.grade = grade
        self.answerMillis = answerMillis
    }
}

/// A place in a file, 1-based, for error messages.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
}
