import PostcardsCore

/// Leeches, or failing those the cards with the lowest EF: where the effort goes.
enum TroubleSection {
    private static let numberWidth = 9
    private static let dueWidth = 12
    private static let minimumChapter = 15

    static func lines(_ report: StatsReport, _ context: DashboardContext) -> [Line] {
        let glyphs = context.glyphs
        let summary = report.leechCount == 0
            ? "no leech (\(StatsReport.leechLapses)+ lapses)" + (report.trouble.isEmpty ? "" : "; lowest ease:")
            : "\(report.leechCount) leech" + (report.leechCount == 1 ? "" : "es") + " (\(StatsReport.leechLapses)+ lapses)"
            + (report.leechCount > report.trouble.count ? ", first \(report.trouble.count); `postcards cards --leeches` lists all" : "")
        var lines = [context.heading("Trouble"), Line(DashboardContext.indent + summary, style: DashboardContext.label)]
        guard !report.trouble.isEmpty else { return lines }

        let fixed = DashboardContext.indent.count + 3 * numberWidth + dueWidth
        let chapterWidth = max(minimumChapter, (context.width - fixed) / 3)
        let cardWidth = context.width - fixed - chapterWidth
        var header = LineBuilder()
        header.add(DashboardContext.indent + DashboardText.padRight("card", cardWidth) + DashboardText.padRight("chapter", chapterWidth),
                   DashboardContext.label)
        for title in ["lapses", "ease", "interval"] { header.add(DashboardText.padLeft(title, numberWidth), DashboardContext.label) }
        header.add(DashboardText.padLeft("due", dueWidth), DashboardContext.label)
        lines.append(header.line)
        for card in report.trouble {
            var builder = LineBuilder()
            builder.add(DashboardContext.indent)
            builder.add(DashboardText.padRight(DashboardText.truncate(glyphs.text(card.id.key), cardWidth - 1, ellipsis: glyphs.ellipsis), cardWidth),
                        card.reason == .leech ? Style(bold: true, color: .bad) : .plain)
            builder.add(DashboardText.padRight(DashboardText.truncate(glyphs.text(card.chapter), chapterWidth - 1, ellipsis: glyphs.ellipsis), chapterWidth),
                        DashboardContext.label)
            builder.add(DashboardText.padLeft(String(card.lapses), numberWidth), card.lapses > 0 ? Style(color: .bad) : DashboardContext.label)
            builder.add(DashboardText.padLeft(ease(card.efHundredths), numberWidth))
            builder.add(DashboardText.padLeft("\(card.interval) d", numberWidth))
            builder.add(DashboardText.padLeft(card.due.iso, dueWidth), DashboardContext.label)
            lines.append(builder.line)
        }
        return lines
    }

    static func ease(_ hundredths: Int) -> String {
        "\(hundredths / 100)." + DashboardText.twoDigits(hundredths % 100)
    }
}
