import GRDB

/// SQL conditions restricting stats to chosen chapters. Written as `IN (subquery)` on card
/// ids rather than joins, so the unrestricted case reads `review_log` and `card_state`
/// without touching `card` row by row.
struct StatsFilter {
    let chapters: [String]

    init(_ chapters: Set<String>?) { self.chapters = (chapters ?? []).sorted() }

    private var marks: String { Array(repeating: "?", count: chapters.count).joined(separator: ",") }
    private var chapterArguments: StatementArguments { StatementArguments(chapters) }

    /// Log rows of the chosen chapters, pruned cards included: their history still happened.
    func log(_ column: String = "card_id") -> (sql: String, arguments: StatementArguments) {
        guard !chapters.isEmpty else { return ("", []) }
        return ("AND \(column) IN (SELECT id FROM card WHERE chapter IN (\(marks)))", chapterArguments)
    }

    /// State rows of live cards of the chosen chapters.
    func liveState(_ column: String = "card_id") -> (sql: String, arguments: StatementArguments) {
        guard !chapters.isEmpty else { return ("AND \(column) NOT IN (SELECT id FROM card WHERE pruned = 1)", []) }
        return ("AND \(column) IN (SELECT id FROM card WHERE pruned = 0 AND chapter IN (\(marks)))", chapterArguments)
    }

    /// Live cards (alias `c`) of the chosen chapters.
    func cards() -> (sql: String, arguments: StatementArguments) {
        guard !chapters.isEmpty else { return ("AND c.pruned = 0", []) }
        return ("AND c.pruned = 0 AND c.chapter IN (\(marks))", chapterArguments)
    }
}
