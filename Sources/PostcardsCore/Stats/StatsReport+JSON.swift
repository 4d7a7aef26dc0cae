/// The `stats --json` document; docs/stats.md describes every key. Bump `schemaVersion`
/// when a key changes meaning or disappears (adding keys keeps it).
extension StatsReport {
    public static let schemaVersion = 1

    public var json: JSONValue {
        .object([
            ("schemaVersion", .int(Self.schemaVersion)),
            ("today", .string(today.iso)),
            ("windowDays", .int(windowDays)),
            ("chapterFilter", .array(chapterFilter.map(JSONValue.string))),
            ("activity", todaySummary.json),
            ("chapters", .array(chapters.map(\.json))),
            ("total", total.json),
            ("forecast", forecast.json),
            ("calendar", heatmap.json),
            ("trueRetention", .array(retention.map(\.json))),
            ("intervals", .array(intervals.map(\.json))),
            ("ease", .array(eases.map(\.json))),
            ("grades", .array(grades.map { .object([("grade", .int($0.grade.value)), ("answers", .int($0.answers))]) })),
            ("hours", .array(hours.map {
                .object([("hour", .int($0.hour)), ("answers", .int($0.answers)), ("accuracy", $0.accuracy.json)])
            })),
            ("leeches", .object([("lapsesThreshold", .int(Self.leechLapses)), ("count", .int(leechCount))])),
            ("trouble", .array(trouble.map(\.json))),
        ])
    }
}

extension PassRate {
    var json: JSONValue {
        .object([("reviews", .int(reviews)), ("passed", .int(passed)), ("rate", rate.map(JSONValue.number) ?? .null)])
    }
}

extension StatsReport.TodaySummary {
    var json: JSONValue {
        .object([
            ("answers", .int(answers)),
            ("cards", .int(cards)),
            ("seconds", .number(Double(answerMillis) / 1000)),
            ("secondsPerCard", secondsPerCard.map(JSONValue.number) ?? .null),
            ("newLearned", .int(newLearned)),
            ("accuracy", accuracy.json),
            ("redrills", .int(redrills)),
            ("dueNow", .int(dueNow)),
            ("laterToday", .int(laterToday)),
        ])
    }
}

extension StatsReport.ChapterRow {
    var json: JSONValue {
        .object([
            ("deck", .string(deck)),
            ("slug", .string(slug)),
            ("title", .string(title)),
            ("total", .int(total)),
            ("new", .int(new)),
            ("learning", .int(learning)),
            ("young", .int(young)),
            ("mature", .int(mature)),
            ("mastery", mastery.map(JSONValue.number) ?? .null),
            ("retention", retention.json),
            ("due", .int(due)),
            ("leeches", .int(leeches)),
        ])
    }
}

extension StatsReport.Forecast {
    var json: JSONValue {
        .object([
            ("horizonDays", .int(horizon)),
            ("tomorrow", .int(tomorrow)),
            ("next7Days", .int(nextWeek)),
            ("total", .int(horizonTotal)),
            ("days", .array(days.map { .object([("day", .string($0.day.iso)), ("due", .int($0.count))]) })),
        ])
    }
}

extension StatsReport.Heatmap {
    var json: JSONValue {
        .object([
            ("start", .string(start.iso)),
            ("end", .string(today.iso)),
            ("weeks", .int(weeks)),
            ("currentStreak", .int(currentStreak)),
            ("longestStreak", .int(longestStreak)),
            ("studyDays", .int(studyDays)),
            ("days", .array(counts.enumerated().map { offset, count in
                .object([("day", .string((start + offset).iso)), ("answers", .int(count))])
            })),
        ])
    }
}

extension StatsReport.RetentionWindow {
    var json: JSONValue {
        .object([
            ("window", .string(name)),
            ("days", days.map(JSONValue.int) ?? .null),
            ("young", young.json),
            ("mature", mature.json),
            ("total", total.json),
        ])
    }
}

extension StatsReport.Bucket {
    var json: JSONValue {
        .object([
            ("label", .string(label)),
            ("min", .int(lower)),
            ("max", upper.map(JSONValue.int) ?? .null),
            ("cards", .int(cards)),
        ])
    }
}

extension StatsReport.TroubleRow {
    var json: JSONValue {
        .object([
            ("deck", .string(id.deck)),
            ("id", .string(id.key)),
            ("chapter", .string(chapter)),
            ("reason", .string(reason.rawValue)),
            ("lapses", .int(lapses)),
            ("ef", .number(Double(efHundredths) / 100)),
            ("interval", .int(interval)),
            ("due", .string(due.iso)),
        ])
    }
}
