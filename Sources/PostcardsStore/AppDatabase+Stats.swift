import Foundation
import GRDB
import PostcardsCore

extension AppDatabase {
    /// The aggregates behind `postcards stats`, read in one transaction so every figure
    /// describes the same moment. Each query groups in SQLite; none returns a row per answer.
    public func statsInput(
        today: Day, windowDays: Int = StatsReport.defaultWindowDays, chapters: Set<String>? = nil
    ) throws -> StatsInput {
        let window = max(1, windowDays)
        let filter = StatsFilter(chapters)
        return try writer.read { db in
            StatsInput(
                today: today,
                windowDays: window,
                answers: try StatsQueries.answers(db, filter),
                activity: try StatsQueries.activity(db, filter, today: today),
                chapters: try StatsCardQueries.chapters(db, filter, today: today),
                chapterRetention: try StatsQueries.chapterRetention(db, filter, from: today - (window - 1), to: today),
                dueByDay: try StatsCardQueries.dueByDay(db, filter, from: today + 1, to: today + window),
                cardsByInterval: try StatsCardQueries.histogram(db, filter, column: "interval"),
                cardsByEase: try StatsCardQueries.histogram(db, filter, column: "ef"),
                quarterHours: try StatsQueries.quarterHours(db, filter, from: today - (window - 1), to: today),
                trouble: try StatsCardQueries.trouble(db, filter, limit: StatsReport.troubleListLength),
                chapterFilter: filter.chapters)
        }
    }

    /// Every leech (at least `StatsReport.leechLapses` lapses), most lapses first; when
    /// there is none, the `fallback` lowest-EF cards that have struggled instead.
    public func leeches(chapters: Set<String>? = nil, fallback: Int = StatsReport.troubleListLength) throws -> [StatsInput.TroubleCard] {
        let filter = StatsFilter(chapters)
        return try writer.read { db in
            let leeches = try StatsCardQueries.trouble(db, filter, limit: nil)
            return leeches.isEmpty ? try StatsCardQueries.trouble(db, filter, limit: fallback) : leeches
        }
    }
}
