extension StatsReport {
    /// Answers per study day for the last weeks, laid out as week columns (Monday first),
    /// the way GitHub shows contributions; with the study streaks.
    public struct Heatmap: Hashable, Sendable {
        /// Shades besides "nothing": a day's level is its share of the busiest day, in quarters.
        public static let levels = 4
        public static let daysPerWeek = 7

        /// The Monday of the first column.
        public var start: Day
        public var today: Day
        /// Answers of each day from `start` through `today`.
        public var counts: [Int]
        /// Consecutive study days ending today, or yesterday while today is still open.
        public var currentStreak: Int
        /// The longest run of consecutive study days ever.
        public var longestStreak: Int
        /// Days with at least one answer within the heatmap's span.
        public var studyDays: Int

        public init(_ answers: [StatsInput.DayAnswers], today: Day, weeks: Int) {
            var perDay: [Day: Int] = [:]
            for row in answers where row.answers > 0 { perDay[row.day, default: 0] += row.answers }
            let monday = today - today.weekday
            let first = monday - (max(1, weeks) - 1) * Self.daysPerWeek
            start = first
            self.today = today
            counts = (0...(today - first)).map { perDay[first + $0] ?? 0 }
            studyDays = counts.filter { $0 > 0 }.count
            let streaks = Streaks(studyDays: Set(perDay.keys), today: today)
            currentStreak = streaks.current
            longestStreak = streaks.longest
        }

        public var maxCount: Int { counts.max() ?? 0 }

        /// Number of week columns.
        public var weeks: Int { (counts.count + Self.daysPerWeek - 1) / Self.daysPerWeek }

        /// Answers on `day`; nil outside the span (future days of the last week included).
        public func count(on day: Day) -> Int? {
            let offset = day - start
            return counts.indices.contains(offset) ? counts[offset] : nil
        }

        /// 0 for no answers, else 1…`levels` by the share of the busiest day.
        public func level(of count: Int) -> Int {
            let busiest = maxCount
            guard count > 0, busiest > 0 else { return 0 }
            return min(Self.levels, (Self.levels * count + busiest - 1) / busiest)
        }

        /// The smallest count drawn at each level 1…`levels`, for the legend.
        public var levelThresholds: [Int] {
            let busiest = maxCount
            guard busiest > 0 else { return [] }
            // level(c) = ceil(levels * c / busiest), so level L starts just above (L-1)/levels of it.
            return (1...Self.levels).map { level in (level - 1) * busiest / Self.levels + 1 }
        }
    }
}

/// Runs of consecutive study days. Days are study days (the log's `day`, which already
/// honours the rollover hour and the local calendar), so a review at 01:30 extends the
/// evening's streak and a DST night is one day like any other.
public struct Streaks: Hashable, Sendable {
    public var current: Int
    public var longest: Int

    public init(studyDays: Set<Day>, today: Day) {
        let sorted = studyDays.filter { $0 <= today }.sorted()
        var longest = 0
        var run = 0
        var previous: Day?
        for day in sorted {
            run = previous.map { day - $0 == 1 } == true ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        self.longest = longest
        // Today still counts as open: a streak ending yesterday is not broken until today ends.
        var cursor = studyDays.contains(today) ? today : today - 1
        var current = 0
        while studyDays.contains(cursor) {
            current += 1
            cursor = cursor - 1
        }
        self.current = current
    }
}
