import PostcardsCore

/// The title line and what happened today.
enum SummarySection {
    static func lines(_ report: StatsReport, _ context: DashboardContext) -> [Line] {
        let glyphs = context.glyphs
        let today = report.todaySummary
        let label = DashboardContext.label
        let scope = report.chapterFilter.isEmpty
            ? "all chapters" : "chapter" + (report.chapterFilter.count > 1 ? "s " : " ") + report.chapterFilter.joined(separator: ", ")

        var title = LineBuilder()
        title.add("postcards stats", DashboardContext.emphasis)
        title.add(glyphs.separator + report.today.iso + glyphs.separator, label)
        title.add(glyphs.text(scope))
        title.add(glyphs.separator + "last \(report.windowDays) days", label)

        var reviewed = LineBuilder()
        reviewed.add(DashboardContext.indent + "Reviewed ", label)
        reviewed.add("\(today.cards) card" + (today.cards == 1 ? "" : "s"), DashboardContext.emphasis)
        reviewed.add(" in " + DashboardText.duration(millis: today.answerMillis))
        if let perCard = today.secondsPerCard {
            reviewed.add(" (\(DashboardText.oneDecimal(perCard)) s/card)", label)
        }
        reviewed.add(glyphs.separator, label)
        reviewed.add("\(today.answers) answers")
        reviewed.add(glyphs.separator, label)
        reviewed.add("\(today.newLearned) new learned")

        var accuracy = LineBuilder()
        accuracy.add(DashboardContext.indent + "Accuracy ", label)
        accuracy.add(DashboardText.percent(today.accuracy.rate, none: glyphs.none), DashboardContext.rateStyle(today.accuracy.rate))
        accuracy.add(" (\(today.accuracy.passed)/\(today.accuracy.reviews) first answers q>=3)", label)
        accuracy.add(glyphs.separator, label)
        accuracy.add("\(today.redrills) re-drill" + (today.redrills == 1 ? "" : "s"))

        var due = LineBuilder()
        due.add(DashboardContext.indent + "Due now ", label)
        due.add("\(today.dueNow)", today.dueNow > 0 ? Style(bold: true, color: .warning) : DashboardContext.emphasis)
        due.add(glyphs.separator, label)
        due.add("later today ", label)
        due.add("\(today.laterToday)")
        due.add(" (graded below 4, to re-drill)", label)

        return [title.line, Line(), context.heading("Today"), reviewed.line, accuracy.line, due.line]
    }
}
