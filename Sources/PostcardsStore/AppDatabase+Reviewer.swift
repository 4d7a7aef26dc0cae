import GRDB
import PostcardsCore

/// Figures the full-screen reviewer shows around the cards.
extension AppDatabase {
    /// Answers the median looks back over: recent enough to reflect today's pace.
    public static let answerTimeSample = 500

    /// The median time of the user's recent answers given in postcards (imported history
    /// has other programs' timings), or nil before the first.
    public func medianAnswerMillis(sample: Int = AppDatabase.answerTimeSample) throws -> Int? {
        let times = try reader.read { db in
            try Int.fetchAll(
                db,
                sql: """
                    SELECT answer_ms FROM review_log WHERE kind IN ('review', 'drill', 'cram') AND answer_ms > 0
                    ORDER BY id DESC LIMIT ?
                    """,
                arguments: [sample])
        }
        guard !times.isEmpty else { return nil }
        return times.sorted()[times.count / 2]
    }

    /// Live cards due on each of `days` days after `today`, and the current streak, for the
    /// end-of-session summary.
    public func outlook(after today: Day, days: Int) throws -> (dueByDay: [Day: Int], streak: Int) {
        // Only the two aggregates the summary shows, not the whole dashboard's input.
        let filter = StatsFilter(nil)
        return try reader.read { db in
            let dueByDay = try StatsCardQueries.dueByDay(db, filter, from: today + 1, to: today + max(1, days))
            let answers = try StatsQueries.answers(db, filter)
            let studyDays = Set(answers.filter { $0.kind != .import && $0.answers > 0 }.map(\.day))
            return (dueByDay, Streaks(studyDays: studyDays, today: today).current)
        }
    }
}
