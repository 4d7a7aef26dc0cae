import Foundation
import PostcardsCore

/// The top three rows while reviewing: where you are, how far along, and a rule naming the card.
enum HeaderView {
    static let rows = 3
    /// The bar never shrinks below this, so it stays readable.
    static let minimumBarWidth = 8

    static func lines(_ model: ReviewModel, width: Int) -> [Line] {
        let margin = Margin.of(width)
        let pad = Span(String(repeating: " ", count: margin))
        let session = model.session
        let done = session.answers.count + session.skipped.count
        let total = done + session.queue.count
        var left = [pad]
        if session.mode == .cram { left.append(Span("CRAM ", style: Palette.notice)) }
        left.append(Span(place(of: model), style: Palette.title))
        var right: [Span] = []
        if session.current?.isRedrill == true { right.append(Span("re-drill  ", style: Palette.notice)) }
        right += [Span("\(min(done + 1, total))/\(total)", style: Palette.title), pad]
        let titleRow = TextLayout.row(left: left, right: right, width: width)
        let key = session.current.map { "\($0.card.chapter) / \($0.card.id.key)" }
        return [titleRow, progressRow(model, done: done, total: total, width: width),
                TextLayout.rule(width: width, label: key)]
    }

    /// Deck and chapter title of the current card.
    static func place(of model: ReviewModel) -> String {
        guard let card = model.session.current?.card else { return "postcards" }
        let title = model.chapters.first { $0.deck == card.id.deck && $0.slug == card.chapter }?.title ?? card.chapter
        return "\(card.id.deck) › \(title)"
    }

    private static func progressRow(_ model: ReviewModel, done: Int, total: Int, width: Int) -> Line {
        let margin = Margin.of(width)
        let wide = width >= Margin.wideThreshold
        let left = model.session.remaining
        var counts = wide
            ? "due \(left.due) · new \(left.new) · re-drill \(left.redrill)"
            : "d\(left.due) n\(left.new) r\(left.redrill)"
        if let minutes = minutesLeft(model) {
            counts += wide ? " · \(minutes) left" : " \(minutes)"
        }
        let barWidth = max(minimumBarWidth, width - 2 * margin - DisplayWidth.of(counts) - 2)
        let filled = total == 0 ? 0 : barWidth * done / total
        let pad = Span(String(repeating: " ", count: margin))
        let bar = [
            Span(String(repeating: "█", count: filled), style: Palette.barDone),
            Span(String(repeating: "░", count: barWidth - filled), style: Palette.barLeft),
        ]
        return TextLayout.row(left: [pad] + bar, right: [Span(counts, style: Palette.muted), pad], width: width)
    }

    /// "~6 min" from the median seconds per card; nil without any timing yet.
    static func minutesLeft(_ model: ReviewModel) -> String? {
        guard let perCard = model.secondsPerCard else { return nil }
        let seconds = perCard * Double(model.session.queue.count)
        guard seconds > 0 else { return nil }
        let minutes = Int((seconds / Double(Format.secondsPerMinute)).rounded(.up))
        return "~\(minutes) min"
    }
}
