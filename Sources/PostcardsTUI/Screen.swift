/// What a view draws: lines of styled text, the terminal adapter's only input.
/// Tests assert on `text`, as ratatui tests assert on a buffer.
public struct Screen: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var lines: [Line]

    public init(width: Int, height: Int, lines: [Line] = []) {
        self.width = width
        self.height = height
        self.lines = lines
    }

    /// The screen as plain text, one row per line, trailing spaces trimmed.
    public var text: String {
        lines.map { line in
            var row = line.plainText
            while row.last == " " { row.removeLast() }
            return row
        }.joined(separator: "\n")
    }
}

public struct Line: Hashable, Sendable {
    public var spans: [Span]

    public init(_ spans: [Span] = []) { self.spans = spans }
    public init(_ text: String, style: Style = .plain) { spans = [Span(text, style: style)] }

    public var plainText: String { spans.map(\.text).joined() }
    public var displayWidth: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }
}

public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// Text attributes; colours are semantic so the adapter can map or drop them (`NO_COLOR`).
public struct Style: Hashable, Sendable {
    public enum Color: Hashable, Sendable { case accent, good, warning, bad, muted }

    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    public var color: Color?

    public init(bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false, color: Color? = nil) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.color = color
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)
}
