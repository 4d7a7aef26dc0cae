/// Keys while an overlay covers the card: help, chapter picker, statistics.
enum OverlayKeys {
    static func handle(_ key: Key, in model: inout ReviewModel) -> [Effect] {
        switch model.overlay {
        case let .help(scroll)?:
            let lineCount = HelpView.lines(width: model.size.width).count
            if let moved = ScrollKeys.scrolled(scroll, by: key, lineCount: lineCount, size: model.size) {
                model.overlay = .help(scroll: moved)
            } else {
                model.overlay = nil
            }
            return []
        case var .stats(panel)?:
            if key == .character("t") || ReviewKeys.isQuit(key) || key == .enter {
                model.overlay = nil
            } else if let moved = ScrollKeys.scrolled(panel.offset, by: key, lineCount: panel.lines.count, size: model.size) {
                panel.offset = moved
                model.overlay = .stats(panel)
            }
            return []
        case let .chapterPicker(picker)?:
            return chapterKey(key, picker: picker, in: &model)
        case nil:
            return []
        }
    }

    private static func chapterKey(_ key: Key, picker: ChapterPicker, in model: inout ReviewModel) -> [Effect] {
        var picker = picker
        let slugs = model.chapters.map(\.slug)
        switch key {
        case .up, .character("k"): picker.cursor = max(0, picker.cursor - 1)
        case .down, .character("j"): picker.cursor = min(max(0, slugs.count - 1), picker.cursor + 1)
        case .home, .character("g"): picker.cursor = 0
        case .end, .character("G"): picker.cursor = max(0, slugs.count - 1)
        case .space:
            guard slugs.indices.contains(picker.cursor) else { break }
            let slug = slugs[picker.cursor]
            if picker.selected.remove(slug) == nil { picker.selected.insert(slug) }
        case .character("a"):
            picker.selected = picker.selected.count == slugs.count ? [] : Set(slugs)
        case .enter:
            model.overlay = nil
            // Ticking every chapter is the same as ticking none: no restriction.
            let chosen = picker.selected.count == slugs.count ? [] : picker.selected
            return chosen == model.selectedChapters ? [] : [.changeChapters(chosen)]
        case .escape, .character("q"), .character("c"):
            model.overlay = nil
            return []
        default: break
        }
        model.overlay = .chapterPicker(picker)
        return []
    }
}

/// Scrolling a panel of lines with arrows, vim keys and page keys.
enum ScrollKeys {
    /// The new offset, or nil when the key is not a scrolling key.
    static func scrolled(_ offset: Int, by key: Key, lineCount: Int, size: TerminalSize) -> Int? {
        let page = PanelLayout.visibleRows(in: size)
        let last = PanelLayout.maxOffset(lineCount: lineCount, size: size)
        let target: Int
        switch key {
        case .down, .character("j"): target = offset + 1
        case .up, .character("k"): target = offset - 1
        case .pageDown, .space: target = offset + page
        case .pageUp, .character("b"): target = offset - page
        case .home, .character("g"): target = 0
        case .end, .character("G"): target = last
        default: return nil
        }
        return min(max(0, target), last)
    }

    /// Keeps an overlay's scroll position valid after the terminal changed size.
    static func clampOverlay(_ model: inout ReviewModel) {
        switch model.overlay {
        case let .help(scroll)?:
            let last = PanelLayout.maxOffset(lineCount: HelpView.lines(width: model.size.width).count, size: model.size)
            model.overlay = .help(scroll: min(scroll, last))
        case var .stats(panel)?:
            panel.offset = min(panel.offset, PanelLayout.maxOffset(lineCount: panel.lines.count, size: model.size))
            model.overlay = .stats(panel)
        default: break
        }
    }
}
