import GRDB

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
    public func statsCacheProblems() throws -> [String] {
        try writer.read { db in
            var problems: [String] = []
            let wrongPriors = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM review_log WHERE prior_interval IS NOT (\(Self.priorIntervalSQL))") ?? 0
            if wrongPriors > 0 { problems.append("\(wrongPriors) answer(s) with a wrong prior interval") }
            let drift = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (
                    SELECT * FROM (\(Self.answerSummarySQL))
                        EXCEPT SELECT day, kind, grade, answers, young, mature FROM review_day WHERE answers > 0
                    UNION ALL
                    SELECT day, kind, grade, answers, young, mature FROM review_day WHERE answers > 0
                        EXCEPT SELECT * FROM (\(Self.answerSummarySQL)))
                """) ?? 0
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
