import PostcardsCore

/// Labelled horizontal bars with their counts and shares: the distributions.
struct BarList {
    static let countWidth = 7
    static let percentWidth = 5

    var title: String
    var rows: [(label: String, value: Int, style: Style)]
    /// Text after the share (e.g. an hour's accuracy), right-aligned in `extraWidth` columns.
    var extras: [(text: String, style: Style)] = []
    var extraWidth = 0
    /// Scale and total for bars and shares when this list is one column of a larger set.
    var scale: (peak: Int, total: Int)?

    func lines(width: Int, _ context: DashboardContext) -> [Line] {
        [context.heading(title, width: width)] + rowLines(width: width, context)
    }

    func rowLines(width: Int, _ context: DashboardContext) -> [Line] {
        let labelWidth = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        let bar = max(4, width - DashboardContext.indent.count - labelWidth - 1 - Self.countWidth - Self.percentWidth - extraWidth)
        let peak = max(1, scale?.peak ?? rows.map(\.value).max() ?? 0)
        let sum = scale?.total ?? rows.reduce(0) { $0 + $1.value }
        return rows.enumerated().map { index, row in
            var builder = LineBuilder()
            builder.add(DashboardContext.indent + DashboardText.padRight(row.label, labelWidth) + " ", DashboardContext.label)
            builder.add(context.glyphs.bar(Double(row.value) / Double(peak), width: bar), row.style)
            builder.add(DashboardText.padLeft(DashboardText.compact(row.value), Self.countWidth),
                        row.value == 0 ? DashboardContext.label : .plain)
            let share = sum == 0 ? nil : Double(row.value) / Double(sum)
            builder.add(DashboardText.padLeft(DashboardText.percent(share, none: context.glyphs.none), Self.percentWidth),
                        DashboardContext.label)
            if index < extras.count { builder.add(DashboardText.padLeft(extras[index].text, extraWidth), extras[index].style) }
            return builder.line
        }
    }
}
