import Foundation
import PostcardsCore
import Testing
@testable import PostcardsTUI

struct StatsDashboardTests {
    @Test(arguments: [80, 120])
    func dashboardMatchesItsGoldenInUnicode(width: Int) throws {
        try StatsGolden.check(StatsDashboard.render(StatsSample.report, width: width, unicode: true), width: width, "stats-\(width)-utf8")
    }

    @Test(arguments: [80, 120])
    func dashboardMatchesItsGoldenInASCII(width: Int) throws {
        let lines = StatsDashboard.render(StatsSample.report, width: width, unicode: false)
        try StatsGolden.check(lines, width: width, "stats-\(width)-ascii")
        for line in lines { #expect(line.plainText.unicodeScalars.allSatisfy { $0.isASCII }, "not ASCII: \(line.plainText)") }
    }

    @Test func emptyCollectionRendersWithoutData() throws {
        let report = StatsReport(StatsInput(today: StatsSample.today, windowDays: 30), timeZone: TimeZone(identifier: "UTC")!)
        try StatsGolden.check(StatsDashboard.render(report, width: 80, unicode: true), width: 80, "stats-80-empty")
    }

    @Test func narrowScreensStackSectionsAndNeverOverflow() {
        for width in [40, 50, 60, 79] {
            for line in StatsDashboard.render(StatsSample.report, width: width, unicode: true) {
                #expect(line.displayWidth <= width, "\(width): \(line.plainText)")
            }
        }
    }

    @Test func widerScreensGetLongerBarsAndChapterTitles() {
        let narrow = StatsDashboard.render(StatsSample.report, width: 80, unicode: true).map(\.plainText).joined(separator: "\n")
        let wide = StatsDashboard.render(StatsSample.report, width: 120, unicode: true).map(\.plainText).joined(separator: "\n")
        #expect(!narrow.contains("Post-Training Overview"))
        #expect(wide.contains("Post-Training Overview"))
    }

    @Test func longForecastsGroupDaysIntoColumnsWithAnAlignedAxis() {
        var input = StatsSample.input
        input.windowDays = 365
        input.dueByDay = Dictionary(uniqueKeysWithValues: (1...365).map { (StatsSample.today + $0, 9) })
        let lines = StatsDashboard.render(StatsReport(input, timeZone: .current), width: 80, unicode: true).map(\.plainText)
        let chart = lines.drop { !$0.hasPrefix("Due in the next 365 days") }.dropFirst(2).prefix(ColumnChart.height)
        let axisColumns = Set(chart.map { row in row.firstIndex { $0 == "|" || $0 == "+" }.map { row.distance(from: row.startIndex, to: $0) } })
        #expect(axisColumns.count == 1)
        #expect(chart.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(chart.first?.contains("99 |") == true)  // eleven days a column, nine cards a day
    }

    @Test func barsUseEighthBlocksInUnicodeAndHashesInASCII() {
        #expect(DashboardGlyphs(unicode: true).bar(0.55, width: 4) == "██▎ ")
        #expect(DashboardGlyphs(unicode: false).bar(0.55, width: 4) == "##  ")
        #expect(DashboardGlyphs(unicode: true).bar(0.001, width: 4) == "▏   ")
        #expect(DashboardGlyphs(unicode: false).text("RL — π‖π_ref, café") == "RL - ?||?_ref, cafe")
    }

    @Test func colourIsSemanticStyleNotEscapeCodes() {
        let lines = StatsDashboard.render(StatsSample.report, width: 80, unicode: true)
        #expect(lines.allSatisfy { !$0.plainText.contains("\u{1B}") })
        #expect(lines.contains { $0.spans.contains { $0.style.color == .good } })
    }
}
