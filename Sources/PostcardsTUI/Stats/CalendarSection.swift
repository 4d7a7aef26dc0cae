import PostcardsCore

/// Answers per day for the last 26 weeks, GitHub-style: a column per week, Monday on top.
enum CalendarSection {
    private static let weekdayLabels = ["Mon", "", "Wed", "", "Fri", "", "Sun"]
    private static let labelWidth = 4
    private static let cellWidth = 2
    private static let panelGap = 3

    static func lines(_ heatmap: StatsReport.Heatmap, _ context: DashboardContext) -> [Line] {
        let glyphs = context.glyphs
        let origin = DashboardContext.indent.count + labelWidth

        var months = LineBuilder()
        months.add(String(repeating: " ", count: origin))
        var previousMonth = 0
        for week in 0..<heatmap.weeks {
            let monday = heatmap.start + week * StatsReport.Heatmap.daysPerWeek
            let month = monday.components.month
            if month != previousMonth, origin + week * cellWidth >= months.width {
                months.pad(to: origin + week * cellWidth)
                months.add(DashboardText.monthName(monday) + " ", DashboardContext.label)
            }
            previousMonth = month
        }

        var rows: [Line] = []
        for weekday in 0..<StatsReport.Heatmap.daysPerWeek {
            var builder = LineBuilder()
            builder.add(DashboardContext.indent + DashboardText.padRight(weekdayLabels[weekday], labelWidth), DashboardContext.label)
            for week in 0..<heatmap.weeks {
                let day = heatmap.start + week * StatsReport.Heatmap.daysPerWeek + weekday
                guard let count = heatmap.count(on: day) else { break }
                let level = heatmap.level(of: count)
                builder.add(glyphs.heat[level], level == 0 ? DashboardContext.label : Style(color: .good))
                builder.add(String(repeating: " ", count: cellWidth - 1))
            }
            rows.append(builder.line)
        }

        var legend = LineBuilder()
        legend.add(String(repeating: " ", count: origin) + "less ", DashboardContext.label)
        for level in 0...StatsReport.Heatmap.levels {
            legend.add(glyphs.heat[level], level == 0 ? DashboardContext.label : Style(color: .good))
            legend.add(" ")
        }
        legend.add("more", DashboardContext.label)
        let thresholds = heatmap.levelThresholds
        if !thresholds.isEmpty {
            legend.add("  (" + thresholds.map(String.init).joined(separator: ", ") + "+ answers)", DashboardContext.label)
        }

        let gridWidth = origin + heatmap.weeks * cellWidth
        let panel = panelLines(heatmap)
        let body = context.width - gridWidth - panelGap >= panelWidth
            ? DashboardContext.sideBySide(rows, leftWidth: gridWidth, gap: panelGap, panel)
            : rows + [Line()] + panel.map { Line([Span(DashboardContext.indent)] + $0.spans) }
        return [context.heading("Calendar, last \(StatsReport.heatmapWeeks) weeks"), months.line] + body + [legend.line]
    }

    private static let panelWidth = 16

    private static func panelLines(_ heatmap: StatsReport.Heatmap) -> [Line] {
        func value(_ text: String) -> Line { Line([Span("  "), Span(text, style: DashboardContext.emphasis)]) }
        func days(_ count: Int) -> String { "\(count) day" + (count == 1 ? "" : "s") }
        let span = heatmap.counts.count
        return [
            Line("current streak", style: DashboardContext.label), value(days(heatmap.currentStreak)),
            Line("longest streak", style: DashboardContext.label), value(days(heatmap.longestStreak)),
            Line("study days", style: DashboardContext.label), value("\(heatmap.studyDays) of \(span)"),
        ]
    }
}
