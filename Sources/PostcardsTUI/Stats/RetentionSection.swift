import PostcardsCore

/// True retention of young and mature cards over the standard windows.
enum RetentionSection {
    private static let labelWidth = 10
    private static let cellWidth = 12
    private static let rateWidth = 5

    static func lines(_ windows: [StatsReport.RetentionWindow], _ context: DashboardContext) -> [Line] {
        var header = LineBuilder()
        header.add(DashboardContext.indent + String(repeating: " ", count: labelWidth))
        for window in windows { header.add(DashboardText.padRight(" " + title(window), cellWidth), DashboardContext.label) }
        let rows: [(String, (StatsReport.RetentionWindow) -> PassRate)] = [
            ("young", \.young), ("mature", \.mature), ("all", \.total),
        ]
        let body = rows.map { name, pick in
            var builder = LineBuilder()
            builder.add(DashboardContext.indent + DashboardText.padRight(name, labelWidth), DashboardContext.label)
            for window in windows {
                let rate = pick(window)
                let text = DashboardText.percent(rate.rate, none: context.glyphs.none)
                builder.add(DashboardText.padLeft(text, rateWidth), DashboardContext.rateStyle(rate.rate))
                builder.add(DashboardText.padRight(" (\(DashboardText.compact(rate.reviews)))", cellWidth - rateWidth), DashboardContext.label)
            }
            return builder.line
        }
        let note = Line(DashboardContext.indent + "first answers of a day, pass = q>=3; young: interval 2-20 d, mature: 21+ d",
                        style: DashboardContext.label)
        return [context.heading("True retention"), header.line] + body + [note]
    }

    private static func title(_ window: StatsReport.RetentionWindow) -> String {
        switch window.days {
        case nil: "all time"
        case 1: "today"
        case let days?: "\(days) days"
        }
    }
}
