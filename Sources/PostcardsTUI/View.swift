/// Draws the model at a terminal size. Pure: the same model and size give the same screen.
public func view(_ model: ReviewModel, size: TerminalSize) -> Screen {
    guard size.isLargeEnough else { return TooSmallView.screen(size) }
    let lines: [Line]
    switch model.overlay {
    case let .help(scroll)?: lines = HelpView.panel(scroll: scroll, size: size)
    case let .chapterPicker(picker)?: lines = ChapterPickerView.panel(picker, chapters: model.chapters, size: size)
    case let .stats(panel)?: lines = StatsView.panel(panel, size: size)
    case nil:
        switch model.phase {
        case .card: lines = CardScreen.lines(model, size: size)
        case .summary: lines = SummaryView.panel(model, size: size)
        case .emptyQueue: lines = EmptyQueueView.panel(model, size: size)
        }
    }
    return Screen.fitted(lines, to: size)
}

extension Screen {
    /// Exactly `size.height` rows, none wider than `size.width`.
    static func fitted(_ lines: [Line], to size: TerminalSize) -> Screen {
        var rows = lines.prefix(size.height).map { TextLayout.truncate($0, to: size.width) }
        rows += Array(repeating: Line(), count: max(0, size.height - rows.count))
        return Screen(width: size.width, height: size.height, lines: rows)
    }
}

/// Shared measures of the layout.
enum Margin {
    /// Columns left blank at each side; narrower on small terminals.
    static func of(_ width: Int) -> Int { width >= wideThreshold ? 2 : 1 }
    /// From this width on, labels are spelled out in full.
    static let wideThreshold = 60
}

/// Styles with a meaning, so every view highlights the same things the same way.
enum Palette {
    static let key = Style(bold: true, color: .accent)
    static let title = Style(bold: true)
    static let muted = Style(dim: true)
    static let hidden = Style(bold: true, color: .accent)
    static let revealed = Style(bold: true, reverse: true, color: .good)
    static let notice = Style(bold: true, color: .warning)
    static let barDone = Style(color: .good)
    static let barLeft = Style(dim: true)
    static let cursor = Style(reverse: true)

    /// A key and what it does, as shown in footers.
    static func hint(_ key: String, _ action: String) -> [Span] {
        [Span(key, style: Palette.key), Span(" " + action)]
    }
}

/// Shown until the terminal is at least 40×10.
enum TooSmallView {
    static func screen(_ size: TerminalSize) -> Screen {
        let width = max(1, size.width)
        let message = [
            "terminal too small (need \(TerminalSize.minimum))",
            "now \(size)",
            "enlarge the window, or press q",
        ]
        let lines = message.flatMap { TextLayout.wrap($0, width: width) }
        let top = max(0, (size.height - lines.count) / 2)
        let centred = lines.map { line in
            Line([Span(String(repeating: " ", count: max(0, (width - line.displayWidth) / 2)))] + line.spans)
        }
        return Screen.fitted(Array(repeating: Line(), count: top) + centred, to: size)
    }
}
