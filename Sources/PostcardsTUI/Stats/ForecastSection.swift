import PostcardsCore

/// Cards falling due over the coming days, as columns.
enum ForecastSection {
    static func lines(_ forecast: StatsReport.Forecast, _ context: DashboardContext) -> [Line] {
        let glyphs = context.glyphs
        var totals = LineBuilder()
        totals.add(DashboardContext.indent + "tomorrow ", DashboardContext.label)
        totals.add("\(forecast.tomorrow)", DashboardContext.emphasis)
        totals.add(glyphs.separator + "7 days ", DashboardContext.label)
        totals.add("\(forecast.nextWeek)", DashboardContext.emphasis)
        totals.add(glyphs.separator + "\(forecast.horizon) days ", DashboardContext.label)
        totals.add("\(forecast.horizonTotal)", DashboardContext.emphasis)
        let days = forecast.days
        // Label the first day and then each Monday, by date.
        let chart = ColumnChart(values: days.map(\.count)) { index in
            index == 0 || days[index].day.weekday == 0 ? DashboardText.shortDate(days[index].day) : nil
        }
        return [context.heading("Due in the next \(forecast.horizon) days"), totals.line] + chart.lines(width: context.width, context)
    }
}
