/// The width and height of a terminal in character cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    /// The smallest terminal the review screen lays out in; smaller gets a notice.
    public static let minimum = TerminalSize(width: 40, height: 10)

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var isLargeEnough: Bool { width >= Self.minimum.width && height >= Self.minimum.height }
    public var description: String { "\(width)×\(height)" }
}

/// What a terminal reports: a key, or a new size after the window changed.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(TerminalSize)
    /// Text the user pasted (the terminal bracketed it), as one piece rather than as keys.
    case paste(String)
    /// Input is closed (the terminal went away); the session ends.
    case endOfInput
}

/// A full-screen terminal: keys in, `Screen` out. Implementations hold no review logic.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    /// Blocks until the next key or resize.
    func nextEvent() -> TerminalEvent
    /// Replaces what the terminal shows with `screen`.
    func draw(_ screen: Screen)
    /// Gives the terminal back to the shell as it was; safe to call more than once.
    func restore()
}
