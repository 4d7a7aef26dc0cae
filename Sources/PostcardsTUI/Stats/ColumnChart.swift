import PostcardsCore

/// A vertical bar chart: one column per value (or per group of values when there are more
/// than fit), a y axis labelled with the maximum, and labels under chosen columns.
struct ColumnChart {
    static let height = 6
    static let maxBarWidth = 3

    var values: [Int]
    /// Label under the column holding value `index` (drawn when it fits).
    var label: (Int) -> String?

    func lines(width: Int, _ context: DashboardContext) -> [Line] {
        guard !values.isEmpty else { return [] }
        let glyphs = context.glyphs
        // Sized for the widest possible group total (the sum) until the groups are known.
        let axis = String(values.reduce(0, +)).count
        let plotWidth = width - DashboardContext.indent.count - axis - 2
        // Group values so that every column keeps at least one bar cell and one gap.
        let group = max(1, (values.count * 2 + plotWidth - 1) / max(1, plotWidth))
        let columns = stride(from: 0, to: values.count, by: group).map { start in
            (start: start, total: values[start..<min(values.count, start + group)].reduce(0, +))
        }
        let step = max(2, min(Self.maxBarWidth + 1, plotWidth / columns.count))
        let barWidth = step - 1
        let peak = max(1, columns.map(\.total).max() ?? 0)
        let axisWidth = String(peak).count

        var lines: [Line] = []
        for row in (0..<Self.height).reversed() {
            var builder = LineBuilder()
            let tick = row == Self.height - 1 ? String(peak) : (row == 0 ? "0" : "")
            builder.add(DashboardContext.indent + DashboardText.padLeft(tick, axisWidth) + " " + (row == 0 ? "+" : "|"), DashboardContext.label)
            for column in columns {
                let fill = Double(column.total) / Double(peak) * Double(Self.height) - Double(row)
                let cell = column.total > 0 && row == 0 && fill < 1.0 / 8 ? glyphs.column(1.0 / 8) : glyphs.column(fill)
                builder.add(String(repeating: cell, count: barWidth), Style(color: .accent))
                builder.add(" ")
            }
            lines.append(builder.line)
        }
        var labels = LineBuilder()
        labels.add(String(repeating: " ", count: DashboardContext.indent.count + axisWidth + 2))
        let origin = labels.width
        for (index, column) in columns.enumerated() {
            guard let text = label(column.start) else { continue }
            let at = origin + index * step
            guard at >= labels.width, at + DisplayWidth.of(text) <= width else { continue }
            labels.pad(to: at)
            labels.add(text + " ", DashboardContext.label)
        }
        lines.append(labels.line)
        return lines
    }
}
