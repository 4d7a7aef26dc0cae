extension StatsReport {
    /// True retention: the pass rate (q ≥ 3) of scheduling reviews only — the first answer
    /// of a card on a day (`review`, or `import` history) — split by how long the card had
    /// gone: young (interval 2–20 days before the answer) and mature (21 days and more).
    /// Re-drills and cram are left out; they would flatter the figure.
    public struct RetentionWindow: Hashable, Sendable {
        /// Days of the standard windows; nil is all time.
        public static let standardLengths: [Int?] = [1, 7, 30, 365, nil]

        /// Days covered, today included; nil for all time.
        public var days: Int?
        public var young: PassRate
        public var mature: PassRate

        public var total: PassRate { young + mature }

        /// A stable name: "today", "7d", "30d", "365d", "all".
        public var name: String {
            switch days {
            case nil: "all"
            case 1: "today"
            case let days?: "\(days)d"
            }
        }

        public static func windows(_ answers: [StatsInput.DayAnswers], today: Day) -> [RetentionWindow] {
            standardLengths.map { length in
                let first = length.map { today - ($0 - 1) }
                var window = RetentionWindow(days: length, young: PassRate(), mature: PassRate())
                for row in answers where row.kind.schedules && row.day <= today {
                    if let first, row.day < first { continue }
                    let pass = row.grade.isPass
                    window.young = window.young + PassRate(reviews: row.young, passed: pass ? row.young : 0)
                    window.mature = window.mature + PassRate(reviews: row.mature, passed: pass ? row.mature : 0)
                }
                return window
            }
        }
    }
}
