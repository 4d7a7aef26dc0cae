/// A key press as the review screen understands it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    case enter
    case escape
    case up, down, left, right
    case pageUp, pageDown, home, end
    case backspace, tab
    /// A function or unmapped key the screen ignores.
    case other

    public static let space = Key.character(" ")

    /// The character of a printable key, nil for the others.
    public var character: Character? {
        if case let .character(value) = self { return value }
        return nil
    }
}
