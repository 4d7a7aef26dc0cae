import PostcardsCore

/// One row per chapter in course order: stages, mastery, recent retention, due.
enum ChaptersSection {
    private static let countColumns = ["cards", "new", "learn", "young", "mature"]
    private static let countWidth = 7
    private static let percentWidth = 5
    private static let retentionWidth = 8
    private static let dueWidth = 6
    private static let minimumBar = 8
    private static let minimumName = 14
    /// Past this many spare columns the chapter's title follows its slug.
    private static let titleRoom = 16
    private static let titleGap = 2

    static func lines(_ report: StatsReport, _ context: DashboardContext) -> [Line] {
        let fixed = DashboardContext.indent.count + countColumns.count * countWidth + 1 + percentWidth
            + retentionWidth + dueWidth
        let spare = context.width - fixed - minimumBar - minimumName
        let bar = minimumBar + max(0, spare) / 4
        let name = context.width - fixed - bar - 1
        let retention = "ret \(report.windowDays)d"

        var header = LineBuilder()
        header.add(DashboardContext.indent + DashboardText.padRight("chapter", name), DashboardContext.label)
        for column in countColumns { header.add(DashboardText.padLeft(column, countWidth), DashboardContext.label) }
        header.add(" " + DashboardText.padRight("mastery", bar + 1 + percentWidth), DashboardContext.label)
        header.add(DashboardText.padLeft(retention, retentionWidth) + DashboardText.padLeft("due", dueWidth), DashboardContext.label)

        var lines = [context.heading("Chapters"), header.line]
        if report.chapters.isEmpty {
            lines.append(Line(DashboardContext.indent + "No cards yet: run `postcards` to import the shipped deck.", style: DashboardContext.label))
            return lines
        }
        let slugWidth = report.chapters.map { DisplayWidth.of(context.glyphs.text($0.slug)) }.max() ?? 0
        for chapter in report.chapters {
            let label = chapterName(chapter, width: name, slugWidth: slugWidth, context)
            lines.append(row(chapter, name: label, bar: bar, nameWidth: name, context))
        }
        if report.chapters.count > 1 {
            lines.append(Line(DashboardContext.indent + String(repeating: context.glyphs.rule, count: context.width - 2),
                              style: DashboardContext.label))
            lines.append(row(report.total, name: "all", bar: bar, nameWidth: name, context, bold: true))
        }
        return lines
    }

    /// The slug (what `--chapter` takes), then the title in a column of its own when wide.
    private static func chapterName(
        _ chapter: StatsReport.ChapterRow, width: Int, slugWidth: Int, _ context: DashboardContext
    ) -> String {
        let glyphs = context.glyphs
        let slug = glyphs.text(chapter.slug)
        let titleWidth = width - slugWidth - titleGap - 1
        guard titleWidth >= titleRoom, chapter.title != chapter.slug else {
            return DashboardText.truncate(slug, width - 1, ellipsis: glyphs.ellipsis)
        }
        return DashboardText.padRight(slug, slugWidth + titleGap)
            + DashboardText.truncate(glyphs.text(chapter.title), titleWidth, ellipsis: glyphs.ellipsis)
    }

    private static func row(
        _ chapter: StatsReport.ChapterRow, name: String, bar: Int, nameWidth: Int, _ context: DashboardContext,
        bold: Bool = false
    ) -> Line {
        let glyphs = context.glyphs
        var builder = LineBuilder()
        builder.add(DashboardContext.indent)
        builder.add(DashboardText.padRight(name, nameWidth), bold ? DashboardContext.emphasis : .plain)
        let counts = [chapter.total, chapter.new, chapter.learning, chapter.young, chapter.mature]
        let styles: [Style] = [.plain, DashboardContext.label, .plain, Style(color: .warning), Style(color: .good)]
        for (count, style) in zip(counts, styles) {
            builder.add(DashboardText.padLeft(String(count), countWidth), count == 0 ? DashboardContext.label : style)
        }
        builder.add(" ")
        builder.add(glyphs.bar(chapter.mastery ?? 0, width: bar), Style(color: .good))
        builder.add(" " + DashboardText.padLeft(DashboardText.percent(chapter.mastery, none: glyphs.none), percentWidth))
        let rate = chapter.retention.rate
        builder.add(DashboardText.padLeft(DashboardText.percent(rate, none: glyphs.none), retentionWidth),
                    DashboardContext.rateStyle(rate))
        builder.add(DashboardText.padLeft(String(chapter.due), dueWidth),
                    chapter.due > 0 ? Style(bold: true, color: .warning) : DashboardContext.label)
        return builder.line
    }
}
