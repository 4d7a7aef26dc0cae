import PostcardsCore

/// Answers by local hour of the day with the accuracy of first answers in that hour,
/// in two columns (night and morning, afternoon and evening) when there is room.
enum HoursSection {
    private static let accuracyWidth = 6

    static func lines(_ hours: [StatsReport.HourRow], windowDays: Int, _ context: DashboardContext) -> [Line] {
        // Both columns share one scale, so bars and shares compare across the whole day.
        let scale = (peak: hours.map(\.answers).max() ?? 0, total: hours.reduce(0) { $0 + $1.answers })
        func list(_ rows: ArraySlice<StatsReport.HourRow>) -> BarList {
            BarList(
                title: "",
                rows: rows.map { (DashboardText.twoDigits($0.hour) + "h", $0.answers, Style(color: .accent)) },
                extras: rows.map { row in
                    (DashboardText.percent(row.accuracy.rate, none: context.glyphs.none), DashboardContext.rateStyle(row.accuracy.rate))
                },
                extraWidth: accuracyWidth, scale: scale)
        }
        let heading = context.heading("Hours, \(windowDays) days: answers, share, accuracy")
        guard context.width >= DashboardContext.sideBySideWidth else {
            return [heading] + list(hours[...]).rowLines(width: context.width, context)
        }
        let gap = DistributionsSection.gap
        let width = (context.width - gap) / 2
        let half = hours.count / 2
        return [heading] + DashboardContext.sideBySide(
            list(hours[..<half]).rowLines(width: width, context), leftWidth: width, gap: gap,
            list(hours[half...]).rowLines(width: context.width - width - gap, context))
    }
}
