/// The frame of every full-screen panel (help, chapters, statistics, summary, empty queue):
/// a title row, a rule, the content, a rule and a row of key hints.
enum PanelLayout {
    /// Title, two rules and the hint row.
    static let chromeRows = 4

    /// Content rows a panel shows at this size.
    static func visibleRows(in size: TerminalSize) -> Int { max(1, size.height - chromeRows) }

    /// The furthest a panel of `lineCount` lines scrolls; none when it fits, even just without its rules.
    static func maxOffset(lineCount: Int, size: TerminalSize) -> Int {
        let visible = visibleRows(in: size)
        return lineCount <= visible + compactRows ? 0 : lineCount - visible
    }

    /// Rows gained by dropping the two rules.
    static let compactRows = 2

    /// `content` from row `offset`; a scroll position shows at the right of the title when
    /// the content is longer than the panel.
    static func lines(
        title: String, right: String? = nil, content: [Line], offset: Int = 0, hints: [[Span]], size: TerminalSize
    ) -> [Line] {
        let margin = Margin.of(size.width)
        let inner = size.width - 2 * margin
        let visible = visibleRows(in: size)
        // A panel that fits only without its rules drops them rather than scrolling.
        let compact = offset == 0 && content.count > visible && content.count <= visible + compactRows
        let shown = compact ? content : Array(content.dropFirst(offset).prefix(visible))
        var rightText = right
        if !compact && content.count > visible {
            rightText = "\(offset + 1)–\(offset + shown.count) of \(content.count)"
        }
        let pad = Span(String(repeating: " ", count: margin))
        let titleRow = TextLayout.row(
            left: [pad, Span(title, style: Palette.title)], right: rightText.map { [Span($0, style: Palette.muted), pad] } ?? [],
            width: size.width)
        let hintRows = TextLayout.indent(
            TextLayout.flow(hints, separator: "  ", width: inner, maxLines: 1), by: margin)
        if compact {
            return [titleRow] + TextLayout.indent(shown, by: margin) + hintRows
        }
        let body = TextLayout.indent(shown, by: margin)
            + Array(repeating: Line(), count: max(0, visible - shown.count))
        return [titleRow, TextLayout.rule(width: size.width)] + body + [TextLayout.rule(width: size.width)] + hintRows
    }
}

/// Statistics supplied by the runner, scrolled like help.
enum StatsView {
    static func panel(_ panel: ScrollPanel, size: TerminalSize) -> [Line] {
        let content = panel.lines.isEmpty ? [Line("Loading…", style: Palette.muted)] : panel.lines
        return PanelLayout.lines(
            title: "Statistics", content: content, offset: panel.offset,
            hints: [Palette.hint("j/k", "scroll"), Palette.hint("t/q", "back to the cards")], size: size)
    }
}

extension TerminalSize {
    /// Columns a panel's content gets (the statistics overlay's lines should fit in it).
    public var panelContentWidth: Int { max(1, width - 2 * Margin.of(width)) }
}
