/// Shared layout of the dashboard: its width, glyphs, styles and the way blocks combine.
struct DashboardContext {
    /// The narrowest layout drawn; a narrower screen gets lines clipped to its width.
    static let minimumWidth = 40
    /// From this width on, pairs of sections sit side by side.
    static let sideBySideWidth = 76
    static let indent = "  "
    /// Pass rates at or above `goodRate` show in the "good" colour, below `poorRate` in "bad".
    static let goodRate = 0.85
    static let poorRate = 0.7

    let width: Int
    let glyphs: DashboardGlyphs

    init(width: Int, unicode: Bool) {
        self.width = max(width, Self.minimumWidth)
        glyphs = DashboardGlyphs(unicode: unicode)
    }

    static let heading = Style(bold: true, color: .accent)
    static let label = Style(color: .muted)
    static let emphasis = Style(bold: true)

    static func rateStyle(_ rate: Double?) -> Style {
        guard let rate else { return label }
        if rate >= goodRate { return Style(color: .good) }
        return rate >= poorRate ? Style(color: .warning) : Style(color: .bad)
    }

    /// "Title ─────────" across `width` columns.
    func heading(_ title: String, width: Int? = nil) -> Line {
        let span = width ?? self.width
        var builder = LineBuilder()
        builder.add(title, Self.heading)
        let rest = span - builder.width - 1
        if rest > 0 { builder.add(" " + String(repeating: glyphs.rule, count: rest), Self.label) }
        return builder.line
    }

    /// Two blocks side by side, the left one padded to `leftWidth` columns.
    static func sideBySide(_ left: [Line], leftWidth: Int, gap: Int, _ right: [Line]) -> [Line] {
        (0..<max(left.count, right.count)).map { index in
            var builder = LineBuilder()
            if index < left.count { for span in left[index].spans { builder.add(span.text, span.style) } }
            if index < right.count {
                builder.pad(to: leftWidth + gap)
                for span in right[index].spans { builder.add(span.text, span.style) }
            }
            return builder.line
        }
    }

    /// Cuts a line to `width` columns, as a last guard for extreme values.
    static func clip(_ line: Line, to width: Int) -> Line {
        guard line.displayWidth > width else { return line }
        var builder = LineBuilder()
        for span in line.spans {
            let room = width - builder.width
            if room <= 0 { break }
            builder.add(DisplayWidth.of(span.text) <= room ? span.text : DashboardText.truncate(span.text, room, ellipsis: ""), span.style)
        }
        return builder.line
    }
}
