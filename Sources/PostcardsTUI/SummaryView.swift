import Foundation
import PostcardsCore

/// The end of a session: what was done, and what lies ahead.
enum SummaryView {
    static func panel(_ model: ReviewModel, size: TerminalSize) -> [Line] {
        let summary = model.summary
        let facts = model.summaryFacts
        let pending = "…"
        let rows: [(String, String)] = [
            ("Cards reviewed", "\(summary.cards)"),
            ("New learned", "\(summary.newLearned)"),
            ("Accuracy", summary.accuracy.map(Format.percent) ?? "–"),
            ("Time spent", Format.duration(seconds: Int(model.now.timeIntervalSince(model.startedAt)))),
            ("Re-drills", "\(summary.redrills)"),
            ("Due tomorrow", facts.map { "\($0.dueTomorrow)" } ?? pending),
            ("Next 7 days", facts.map { "\($0.dueNextSevenDays)" } ?? pending),
            ("Streak", facts.map { Format.count($0.streakDays, "day") } ?? pending),
        ]
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let content = rows.map { label, value in
            Line([Span(label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label) + 2)), Span(value, style: Palette.title)])
        }
        let title = model.session.mode == .cram ? "Cram session complete" : "Session complete"
        return PanelLayout.lines(
            title: title, content: content,
            hints: [
                Palette.hint("q", "quit"), Palette.hint("u", "undo last"), Palette.hint("c", "chapters"),
                Palette.hint("t", "stats"),
            ],
            size: size)
    }
}

/// Nothing to review: when the next card is due, and an offer to practise anyway.
enum EmptyQueueView {
    static func panel(_ model: ReviewModel, size: TerminalSize) -> [Line] {
        let inner = size.width - 2 * Margin.of(size.width)
        let scope = model.selectedChapters.isEmpty ? "" : " in the chosen chapters"
        let title: String
        var message: [String]
        if model.session.mode == .cram {
            title = "Nothing to cram"
            message = ["There are no cards\(scope)."]
        } else {
            title = "Nothing due today"
            if let next = model.nextDue {
                let days = next - model.today
                message = ["The next card\(scope) is due \(next.iso) (\(Format.relative(days: days)))."]
            } else {
                message = ["No cards are scheduled\(scope)."]
            }
        }
        message.append("Press enter to cram: practise every card\(scope) now, without changing the schedule.")
        var content: [Line] = []
        for (index, paragraph) in message.enumerated() {
            if index > 0 { content.append(Line()) }
            content += TextLayout.wrap(paragraph, width: inner)
        }
        return PanelLayout.lines(
            title: title, content: content,
            hints: [Palette.hint("enter", "cram"), Palette.hint("c", "chapters"), Palette.hint("q", "quit")],
            size: size)
    }
}

/// Numbers as the screens write them.
enum Format {
    static let secondsPerMinute = 60

    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }

    static func duration(seconds: Int) -> String {
        let seconds = max(0, seconds)
        return seconds < secondsPerMinute ? "\(seconds)s" : "\(seconds / secondsPerMinute)m \(seconds % secondsPerMinute)s"
    }

    static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }

    static func relative(days: Int) -> String {
        switch days {
        case ...0: "today"
        case 1: "tomorrow"
        default: "in \(days) days"
        }
    }

    static let daysPerMonth = 30
    static let daysPerYear = 365

    /// An interval as a short label: `1d`, `6d`, `3mo`, `1.4y`.
    static func interval(days: Int) -> String {
        switch days {
        case ..<(2 * daysPerMonth): "\(days)d"
        case ..<daysPerYear: "\(days / daysPerMonth)mo"
        default: String(format: "%.1fy", Double(days) / Double(daysPerYear))
        }
    }
}
