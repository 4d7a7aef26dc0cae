import PostcardsCore

/// Every key and the meaning of every grade.
enum HelpView {
    static let keys: [(key: String, action: String)] = [
        ("space, enter", "show the answer"),
        ("0 – 5", "grade the answer (once it is shown); the footer gives each grade's next interval"),
        ("u", "undo the last answer or skip, as often as you like; the card comes back"),
        ("s", "skip: bury this card until tomorrow"),
        ("c", "choose chapters for this session"),
        ("t", "statistics"),
        ("?", "this help"),
        ("q, esc", "quit; every answer is already saved"),
        ("↑ ↓ j k", "scroll a card taller than the window; move in lists, where space ticks and enter applies"),
    ]

    /// Columns of the key column, so descriptions line up.
    static let keyColumn = 14

    /// The help text for a terminal `width` wide.
    static func lines(width: Int) -> [Line] {
        let inner = max(1, width - 2 * Margin.of(width))
        var lines = [Line("Keys", style: Palette.title)]
        for (key, action) in keys {
            lines += hanging(key: key, text: action, width: inner)
        }
        lines += [Line(), Line("Grades (SM-2 quality of recall)", style: Palette.title)]
        for grade in Grade.all {
            lines += hanging(key: "\(grade.value)", text: grade.meaning, width: inner)
        }
        lines.append(Line())
        lines += TextLayout.wrap(
            "Grades 0–2 count as forgotten; 3–5 as recalled. A card graded below 4 comes back at the end of "
                + "today's session until you give it 4 or 5; those repeats do not change its schedule.",
            width: inner)
        return lines
    }

    static func panel(scroll: Int, size: TerminalSize) -> [Line] {
        PanelLayout.lines(
            title: "Help", content: lines(width: size.width), offset: scroll,
            hints: [Palette.hint("j/k", "scroll"), Palette.hint("other keys", "close")], size: size)
    }

    /// A key in its column and a description wrapped beside it.
    private static func hanging(key: String, text: String, width: Int) -> [Line] {
        let column = min(keyColumn, width / 2)
        let wrapped = TextLayout.wrap(text, width: max(1, width - column))
        return wrapped.enumerated().map { index, line in
            let label = index == 0 ? key : ""
            let pad = String(repeating: " ", count: max(1, column - DisplayWidth.of(label)))
            return Line([Span(label, style: Palette.key), Span(pad)] + line.spans)
        }
    }
}

/// Ticking the chapters this session covers.
enum ChapterPickerView {
    static func panel(_ picker: ChapterPicker, chapters: [Chapter], size: TerminalSize) -> [Line] {
        let visible = PanelLayout.visibleRows(in: size)
        let last = PanelLayout.maxOffset(lineCount: chapters.count, size: size)
        let offset = min(max(0, picker.cursor - visible + 1), last)
        let rows = chapters.enumerated().map { index, chapter in
            let mark = picker.selected.contains(chapter.slug) ? "[x]" : "[ ]"
            let text = "\(mark) \(chapter.order). \(chapter.title)"
            return index == picker.cursor ? Line(text, style: Palette.cursor) : Line(text)
        }
        let content = rows.isEmpty ? [Line("No chapters yet: import a deck first.", style: Palette.muted)] : rows
        let note = picker.selected.isEmpty ? "none ticked: all" : "\(picker.selected.count) ticked"
        return PanelLayout.lines(
            title: "Chapters", right: note, content: content, offset: offset,
            hints: [
                Palette.hint("↑↓", "move"), Palette.hint("space", "tick"), Palette.hint("enter", "apply"),
                Palette.hint("a", "all"), Palette.hint("esc", "cancel"),
            ],
            size: size)
    }
}
