import PostcardsCore

/// Intervals and answer grades on the left, easiness factors on the right (stacked when
/// the screen is too narrow for two columns).
enum DistributionsSection {
    static let gap = 2

    static func lines(_ report: StatsReport, _ context: DashboardContext) -> [Line] {
        let young = Style(color: .warning), mature = Style(color: .good)
        let intervals = BarList(title: "Intervals", rows: report.intervals.map { bucket in
            (bucket.label, bucket.cards, bucket.lower >= StatsReport.matureInterval ? mature : young)
        })
        let grades = BarList(title: "Answers by grade, \(report.windowDays) days", rows: report.grades.map { count in
            ("\(count.grade.value)", count.answers, count.grade.isPass ? mature : Style(color: .bad))
        })
        let eases = BarList(title: "Ease (EF)", rows: report.eases.map { ($0.label, $0.cards, Style(color: .accent)) })

        guard context.width >= DashboardContext.sideBySideWidth else {
            let width = context.width
            return intervals.lines(width: width, context) + [Line()] + grades.lines(width: width, context) + [Line()]
                + eases.lines(width: width, context)
        }
        let half = (context.width - gap) / 2
        let left = intervals.lines(width: half, context) + [Line()] + grades.lines(width: half, context)
        let right = eases.lines(width: context.width - half - gap, context)
        return DashboardContext.sideBySide(left, leftWidth: half, gap: gap, right)
    }
}
