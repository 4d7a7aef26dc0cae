import Testing
@testable import PostcardsCore

struct StatsJSONTests {
    @Test func jsonKeepsKeyOrderWritesNullAndRoundsRatesToFourDecimals() {
        let value = JSONValue.object([
            ("b", .int(1)), ("a", .null), ("rate", .number(2.0 / 3.0)), ("whole", .number(1)),
            ("list", .array([.string("x\"y\n")])), ("empty", .array([])),
        ])
        #expect(value.rendered() == """
            {
              "b": 1,
              "a": null,
              "rate": 0.6667,
              "whole": 1,
              "list": [
                "x\\"y\\n"
              ],
              "empty": []
            }
            """)
    }

    @Test func reportJSONHasEveryTopLevelSection() {
        let report = StatsReport(StatsInput(today: Day(year: 2026, month: 1, day: 1), windowDays: 30), timeZone: .current)
        guard case let .object(members) = report.json else {
            Issue.record("the report is not a JSON object")
            return
        }
        #expect(members.map(\.0) == [
            "schemaVersion", "today", "windowDays", "chapterFilter", "activity", "chapters", "total", "forecast",
            "calendar", "trueRetention", "intervals", "ease", "grades", "hours", "leeches", "trouble",
        ])
    }
}
