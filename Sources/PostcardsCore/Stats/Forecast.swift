extension StatsReport {
    /// Cards falling due on each of the next days.
    public struct Forecast: Hashable, Sendable {
        public static let week = 7

        /// today + 1 … today + horizon, one entry per day (zero included).
        public var days: [DayCount]
        public var tomorrow: Int
        public var nextWeek: Int
        public var horizonTotal: Int

        public var horizon: Int { days.count }

        public init(dueByDay: [Day: Int], today: Day, horizon: Int) {
            days = (1...max(1, horizon)).map { offset in
                DayCount(day: today + offset, count: dueByDay[today + offset] ?? 0)
            }
            tomorrow = days.first?.count ?? 0
            nextWeek = days.prefix(Self.week).reduce(0) { $0 + $1.count }
            horizonTotal = days.reduce(0) { $0 + $1.count }
        }
    }

    public struct DayCount: Hashable, Sendable {
        public var day: Day
        public var count: Int

        public init(day: Day, count: Int) {
            self.day = day
            self.count = count
        }
    }
}
