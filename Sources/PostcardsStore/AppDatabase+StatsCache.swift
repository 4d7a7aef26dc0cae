import GRDB
import PostcardsCore

/// The stats caches (`review_log.prior_interval` and `review_day`) are derived from the
/// log by triggers; these let `doctor` verify them and rebuild them like `card_state`.
extension AppDatabase {
    static let priorIntervalSQL = """
        SELECT p.interval FROM review_log p
        WHERE p.card_id = review_log.card_id AND p.id < review_log.id
        ORDER BY p.id DESC LIMIT 1
        """
    static let answerSummarySQL = """
        SELECT day, kind, grade, count(*) AS answers,
            coalesce(sum(prior_interval > 1 AND prior_interval < 21), 0) AS young,
            coalesce(sum(prior_interval >= 21), 0) AS mature
        FROM review_log GROUP BY day, kind, grade
        """

    /// What disagrees with the log, in words; empty when both caches are right.
    ///
    /// One pass over the log in Swift: in SQL, a subquery per answer for the prior interval
    /// and grouping the whole log twice for the day summary took over 2 s of `doctor` on a
    /// million answers; the pass takes a fraction of that.
    public func statsCacheProblems() throws -> [String] {
        try writer.read { db in
            var lastInterval: [Int64: Int] = [:]
            var wrongPriors = 0
            var computed: [DaySummaryKey: DaySummaryCounts] = [:]
            let log = try Row.fetchCursor(
                db, sql: "SELECT card_id, day, kind, grade, interval, prior_interval FROM review_log ORDER BY id")
            while let row = try log.next() {
                let card: Int64 = row[0]
                let prior: Int? = row[5]
                if prior != lastInterval[card] { wrongPriors += 1 }
                lastInterval[card] = row[4]
                computed[DaySummaryKey(day: row[1], kind: row[2], grade: row[3]), default: DaySummaryCounts()]
                    .add(prior: prior)
            }
            var stored: [DaySummaryKey: DaySummaryCounts] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT day, kind, grade, answers, young, mature FROM review_day WHERE answers > 0")
            {
                stored[DaySummaryKey(day: row[0], kind: row[1], grade: row[2])] =
                    DaySummaryCounts(answers: row[3], young: row[4], mature: row[5])
            }
            // Rows of either side that the other lacks or holds with other counts.
            let drift = computed.filter { stored[$0.key] != $0.value }.count
                + stored.filter { computed[$0.key] != $0.value }.count
            var problems: [String] = []
            if wrongPriors > 0 { problems.append("\(wrongPriors) answer(s) with a wrong prior interval") }
            if drift > 0 { problems.append("\(drift) day summary row(s) differ from the log") }
            return problems
        }
    }

    /// Recomputes both caches from the log.
    public func rebuildStatsCaches() throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE review_log SET prior_interval = (\(Self.priorIntervalSQL))")
            try db.execute(sql: "DELETE FROM review_day")
            try db.execute(sql: "INSERT INTO review_day (day, kind, grade, answers, young, mature) \(Self.answerSummarySQL)")
        }
    }
}

/// A row of `review_day`: answers of one day, kind and grade.
private struct DaySummaryKey: Hashable {
    var day: Int
    var kind: String
    var grade: Int
}

/// The counts `answerSummarySQL` computes, with its young and mature bounds.
private struct DaySummaryCounts: Equatable {
    static let youngAbove = 1
    var answers = 0
    var young = 0
    var mature = 0

    mutating func add(prior: Int?) {
        answers += 1
        guard let prior else { return }
        if prior > Self.youngAbove, prior < StatsReport.matureInterval { young += 1 }
        if prior >= StatsReport.matureInterval { mature += 1 }
    }
}
