/// Fitting styled text into columns, always by display width (a CJK character takes two).
public enum TextLayout {
    static let ellipsis = "…"

    /// Wraps styled text at spaces to lines no wider than `width`; `\n` starts a new line,
    /// and a word wider than the line is broken between characters.
    public static func wrap(_ spans: [Span], width: Int) -> [Line] {
        guard width > 0 else { return [] }
        var lines: [Line] = []
        for paragraph in paragraphs(of: spans) {
            lines += wrapParagraph(paragraph, width: width)
        }
        return lines
    }

    public static func wrap(_ text: String, style: Style = .plain, width: Int) -> [Line] {
        wrap([Span(text, style: style)], width: width)
    }

    /// Cuts a line to `width` columns, ending in `…` when something was cut.
    public static func truncate(_ line: Line, to width: Int) -> Line {
        guard line.displayWidth > width else { return line }
        guard width > 0 else { return Line() }
        var cells = cells(of: line.spans)
        var used = cells.reduce(0) { $0 + $1.width }
        let room = width - DisplayWidth.of(ellipsis)
        while used > room, let last = cells.popLast() { used -= last.width }
        let style = cells.last?.style ?? .plain
        return Line(spans(of: cells) + [Span(ellipsis, style: style)])
    }

    /// `left` and `right` on one row of `width` columns; `left` gives way when both do not fit.
    public static func row(left: [Span], right: [Span], width: Int) -> Line {
        let rightLine = Line(right)
        let leftRoom = max(0, width - rightLine.displayWidth - 1)
        let leftLine = truncate(Line(left), to: leftRoom)
        let gap = max(1, width - leftLine.displayWidth - rightLine.displayWidth)
        return truncate(Line(leftLine.spans + [Span(String(repeating: " ", count: gap))] + right), to: width)
    }

    /// A horizontal rule, with an optional label near its left end.
    public static func rule(width: Int, label: String? = nil, style: Style = .dim) -> Line {
        let bar = "─"
        guard let label, !label.isEmpty, width > 4 else { return Line(String(repeating: bar, count: max(0, width)), style: style) }
        let head = "\(bar)\(bar) "
        let text = truncate(Line(label, style: style), to: width - 6).plainText
        let rest = max(0, width - DisplayWidth.of(head) - DisplayWidth.of(text) - 1)
        return Line(head + text + " " + String(repeating: bar, count: rest), style: style)
    }

    /// Indents every line by `margin` spaces.
    static func indent(_ lines: [Line], by margin: Int) -> [Line] {
        let pad = Span(String(repeating: " ", count: margin))
        return lines.map { Line([pad] + $0.spans) }
    }

    /// Lays items out left to right, `separator` between them, starting a new line when the
    /// next item would overflow; stops after `maxLines`, dropping the items that do not fit.
    static func flow(_ items: [[Span]], separator: String, width: Int, maxLines: Int) -> [Line] {
        var lines: [Line] = []
        var current: [Span] = []
        var used = 0
        for item in items {
            let itemWidth = Line(item).displayWidth
            let needed = current.isEmpty ? itemWidth : used + DisplayWidth.of(separator) + itemWidth
            if needed <= width {
                current += current.isEmpty ? item : [Span(separator)] + item
                used = needed
                continue
            }
            if !current.isEmpty { lines.append(Line(current)) }
            if lines.count == maxLines { return lines }
            current = item
            used = itemWidth
        }
        if !current.isEmpty && lines.count < maxLines { lines.append(truncate(Line(current), to: width)) }
        return lines
    }

    // MARK: - Cells

    struct Cell {
        var character: Character
        var style: Style
        var width: Int
    }

    static func cells(of spans: [Span]) -> [Cell] {
        spans.flatMap { span in
            span.text.map { Cell(character: $0, style: span.style, width: DisplayWidth.of(String($0))) }
        }
    }

    /// Joins cells back into spans, merging neighbours of the same style.
    static func spans(of cells: [Cell]) -> [Span] {
        var spans: [Span] = []
        for cell in cells {
            if let last = spans.last, last.style == cell.style {
                spans[spans.count - 1].text.append(cell.character)
            } else {
                spans.append(Span(String(cell.character), style: cell.style))
            }
        }
        return spans
    }

    private static func paragraphs(of spans: [Span]) -> [[Cell]] {
        var paragraphs: [[Cell]] = [[]]
        for cell in cells(of: spans) {
            if cell.character == "\n" || cell.character == "\r\n" {
                paragraphs.append([])
            } else {
                paragraphs[paragraphs.count - 1].append(cell)
            }
        }
        return paragraphs
    }

    private static func wrapParagraph(_ cells: [Cell], width: Int) -> [Line] {
        var lines: [[Cell]] = []
        var current: [Cell] = []
        var used = 0
        var index = 0
        while index < cells.count {
            if cells[index].character == " " {
                // Spaces at a break vanish; elsewhere they stay as typed.
                if !current.isEmpty && used < width { current.append(cells[index]); used += 1 }
                index += 1
                continue
            }
            var end = index
            while end < cells.count && cells[end].character != " " { end += 1 }
            let word = Array(cells[index..<end])
            let wordWidth = word.reduce(0) { $0 + $1.width }
            if used + wordWidth > width && !current.isEmpty {
                lines.append(trimmed(current))
                current = []
                used = 0
            }
            for cell in word {
                if used + cell.width > width && !current.isEmpty {
                    lines.append(current)
                    current = []
                    used = 0
                }
                current.append(cell)
                used += cell.width
            }
            index = end
        }
        lines.append(trimmed(current))
        return lines.map { Line(spans(of: $0)) }
    }

    private static func trimmed(_ cells: [Cell]) -> [Cell] {
        var cells = cells
        while cells.last?.character == " " { cells.removeLast() }
        return cells
    }
}
