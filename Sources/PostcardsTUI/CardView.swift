import PostcardsCore

/// The card itself: the question, and after reveal the answer under a rule. Cloze cards
/// show `[…]` for their deletion and, on reveal, the full text with the deletion highlighted.
enum CardView {
    /// The card in two parts: what is asked (for a revealed cloze, the full text with its
    /// deletion highlighted) and what is added under a rule after the reveal.
    static func parts(_ content: CardContent, revealed: Bool, width: Int) -> (main: [Line], added: [Line]) {
        switch content {
        case let .basic(front, back):
            let question = TextLayout.wrap(front, width: width)
            guard revealed else { return (question, []) }
            return (question, [TextLayout.rule(width: width, label: "answer")] + TextLayout.wrap(back, width: width))
        case let .cloze(text, ordinal, extra):
            let segments = revealed ? Cloze.answer(text, ordinal: ordinal) : Cloze.question(text, ordinal: ordinal)
            let body = TextLayout.wrap(spans(segments), width: width)
            guard revealed, !extra.isEmpty else { return (body, []) }
            return (body, [TextLayout.rule(width: width, label: "extra")] + TextLayout.wrap(extra, width: width))
        }
    }

    static func spans(_ segments: [Cloze.Segment]) -> [Span] {
        segments.map { segment in
            switch segment {
            case let .text(text): Span(text)
            case let .hidden(hint): Span("[\(hint ?? TextLayout.ellipsis)]", style: Palette.hidden)
            case let .revealed(text): Span(text, style: Palette.revealed)
            }
        }
    }

    /// Where a card's lines start and how far they scroll when they do not fit in `rows`.
    struct Window {
        var lines: [Line]
        /// The first line shown before any scrolling: a revealed basic card opens at its answer.
        var preferredStart: Int
        /// The last useful first line; 0 when everything fits.
        var maxStart: Int
    }

    static func window(_ content: CardContent, revealed: Bool, width: Int, rows: Int) -> Window {
        let (main, added) = parts(content, revealed: revealed, width: width)
        let all = added.isEmpty ? main : main + [Line()] + added
        guard all.count > rows, rows > 1 else { return Window(lines: all, preferredStart: 0, maxStart: 0) }
        let maxStart = all.count - (rows - 1)
        var preferred = 0
        if case .basic = content, revealed { preferred = min(main.count + 1, maxStart) }
        return Window(lines: all, preferredStart: preferred, maxStart: maxStart)
    }

    /// The card's lines in `rows`, scrolled `scroll` lines from where it opens; when it does
    /// not fit, the last row says which lines show and how to see the rest.
    static func lines(_ content: CardContent, revealed: Bool, width: Int, rows: Int, scroll: Int) -> [Line] {
        let window = window(content, revealed: revealed, width: width, rows: rows)
        guard window.lines.count > rows, rows > 1 else { return Array(window.lines.prefix(max(0, rows))) }
        let visible = rows - 1
        let start = min(max(0, window.preferredStart + scroll), window.maxStart)
        let marker = Line("… j/k scroll: lines \(start + 1)–\(start + visible) of \(window.lines.count)", style: Palette.muted)
        return Array(window.lines[start..<(start + visible)]) + [marker]
    }
}

/// The footer: key hints before the reveal, then the six grades with their next intervals.
enum FooterView {
    /// Footers never take more than this many rows, so the card keeps its space.
    static let maxRows = 2
    static let shortMeanings = ["blank", "wrong", "almost", "hard", "good", "easy"]

    static func lines(_ model: ReviewModel, width: Int) -> [Line] {
        let inner = width - 2 * Margin.of(width)
        let lines = model.revealed
            ? gradeLines(model, width: inner)
            : TextLayout.flow(frontHints, separator: "  ", width: inner, maxLines: maxRows)
        return TextLayout.indent(lines, by: Margin.of(width))
    }

    static let frontHints: [[Span]] = [
        Palette.hint("space", "show answer"), Palette.hint("s", "skip"), Palette.hint("u", "undo"),
        Palette.hint("c", "chapters"), Palette.hint("t", "stats"), Palette.hint("?", "help"), Palette.hint("q", "quit"),
    ]

    private static func gradeLines(_ model: ReviewModel, width: Int) -> [Line] {
        let day = model.today
        let schedules = model.session.kindOfAnswer(on: day)?.schedules ?? false
        let outcomes = model.session.outcomes(on: day)
        func items(short: Bool) -> [[Span]] {
            Grade.all.map { grade in
                var item = [Span("\(grade.value)", style: Palette.key),
                            Span(" " + (short ? shortMeanings[grade.value] : grade.meaning))]
                if schedules, let interval = outcomes[grade]?.interval {
                    item.append(Span(" " + Format.interval(days: interval), style: Palette.muted))
                }
                return item
            }
        }
        var full = items(short: false)
        var short = items(short: true)
        if !schedules {
            let note = [Span(model.session.mode == .cram ? "(cram: schedule unchanged)" : "(re-drill: schedule unchanged)", style: Palette.muted)]
            full.append(note)
            short.append(note)
        }
        let spelled = TextLayout.flow(full, separator: "   ", width: width, maxLines: Int.max)
        if spelled.count <= maxRows { return spelled }
        return TextLayout.flow(short, separator: "  ", width: width, maxLines: maxRows)
    }
}

/// The reviewing screen: header, card, an optional notice, and the footer.
enum CardScreen {
    static func lines(_ model: ReviewModel, size: TerminalSize) -> [Line] {
        let margin = Margin.of(size.width)
        let header = HeaderView.lines(model, width: size.width)
        let footer = FooterView.lines(model, width: size.width)
        let status = model.status.map { TextLayout.truncate(Line($0, style: Palette.notice), to: size.width - 2 * margin) }
        let rows = bodyRows(model, size: size)
        guard let entry = model.session.current else { return header }
        let card = CardView.lines(
            entry.card.content, revealed: model.revealed, width: size.width - 2 * margin, rows: rows, scroll: model.cardScroll)
        let body = TextLayout.indent(card, by: margin)
        let filler = Array(repeating: Line(), count: max(0, rows - body.count))
        let notice = status.map { TextLayout.indent([$0], by: margin) } ?? []
        return header + body + filler + notice + [TextLayout.rule(width: size.width)] + footer
    }

    /// Rows left for the card between the header, the notice and the footer with its rule.
    static func bodyRows(_ model: ReviewModel, size: TerminalSize) -> Int {
        let footer = FooterView.lines(model, width: size.width).count
        return size.height - HeaderView.rows - footer - 1 - (model.status == nil ? 0 : 1)
    }

    /// The card's scroll offset kept within what its lines allow at the model's size.
    static func clampedScroll(_ model: ReviewModel) -> Int {
        guard let entry = model.session.current else { return 0 }
        let width = model.size.width - 2 * Margin.of(model.size.width)
        let window = CardView.window(
            entry.card.content, revealed: model.revealed, width: width, rows: bodyRows(model, size: model.size))
        return min(max(model.cardScroll, -window.preferredStart), window.maxStart - window.preferredStart)
    }
}
