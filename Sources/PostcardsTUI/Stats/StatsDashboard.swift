import PostcardsCore

/// The stats dashboard as styled lines: `postcards stats` prints them and the review
/// screen shows them scrollable. Pure: the same report, width and glyph set always give
/// the same lines, which is what the golden tests compare.
public enum StatsDashboard {
    /// The width the dashboard is designed for; wider screens get longer bars and titles.
    public static let standardWidth = 80

    /// - Parameters:
    ///   - width: columns available; lines never exceed it (below 40 they are clipped).
    ///   - unicode: block characters when true (UTF-8 locale), ASCII otherwise.
    public static func render(_ report: StatsReport, width: Int = standardWidth, unicode: Bool) -> [Line] {
        let context = DashboardContext(width: width, unicode: unicode)
        let sections: [[Line]] = [
            SummarySection.lines(report, context),
            ChaptersSection.lines(report, context),
            ForecastSection.lines(report.forecast, context),
            CalendarSection.lines(report.heatmap, context),
            RetentionSection.lines(report.retention, context),
            DistributionsSection.lines(report, context),
            HoursSection.lines(report.hours, windowDays: report.windowDays, context),
            TroubleSection.lines(report, context),
        ]
        let lines = sections.enumerated().flatMap { index, section in index == 0 ? section : [Line()] + section }
        return lines.map { DashboardContext.clip($0, to: max(1, width)) }
    }

}
