/// A card's stable key within its deck: the deck file's `id` (cloze cards add `#n`).
public struct CardID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let deck: String
    public let key: String

    public init(deck: String, key: String) {
        self.deck = deck
        self.key = key
    }

    public var description: String { key }

    public static func < (lhs: CardID, rhs: CardID) -> Bool {
        (lhs.deck, lhs.key) < (rhs.deck, rhs.key)
    }
}
