import Foundation

extension StatsReport {
    /// Cards whose value lies in `lower…upper` (no upper bound when nil).
    public struct Bucket: Hashable, Sendable {
        public var label: String
        public var lower: Int
        public var upper: Int?
        public var cards: Int

        public init(label: String, lower: Int, upper: Int?, cards: Int) {
            self.label = label
            self.lower = lower
            self.upper = upper
            self.cards = cards
        }

        func contains(_ value: Int) -> Bool { value >= lower && upper.map { value <= $0 } ?? true }

        /// Interval buckets; 21 days starts the mature ones, as in the chapter table.
        public static let intervalBounds: [(label: String, lower: Int, upper: Int?)] = [
            ("1 d", 0, 1), ("2-6 d", 2, 6), ("1-3 wk", 7, 20), ("3-8 wk", 21, 59),
            ("2-6 mo", 60, 179), ("6-12 mo", 180, 364), ("1 y+", 365, nil),
        ]

        /// EF in steps of 0.1 from the SM-2 floor of 1.3 up to the starting value 2.5, then above.
        public static var easeBounds: [(label: String, lower: Int, upper: Int?)] {
            let step = 10
            let tenths = stride(from: SM2State.minimumEF, to: SM2State.initialEF, by: step).map { lower in
                (label: String(format: "%.1f", Double(lower) / 100), lower: lower, upper: Optional(lower + step - 1))
            }
            return tenths + [(label: String(format: "%.1f+", Double(SM2State.initialEF) / 100),
                              lower: SM2State.initialEF, upper: nil)]
        }

        static func intervals(_ counts: [Int: Int]) -> [Bucket] { fill(intervalBounds, counts) }
        static func eases(_ counts: [Int: Int]) -> [Bucket] { fill(easeBounds, counts) }

        private static func fill(_ bounds: [(label: String, lower: Int, upper: Int?)], _ counts: [Int: Int]) -> [Bucket] {
            var buckets = bounds.map { Bucket(label: $0.label, lower: $0.lower, upper: $0.upper, cards: 0) }
            for (value, cards) in counts {
                // Values below the first bound (never expected) join the first bucket.
                let index = buckets.firstIndex { $0.contains(value) } ?? 0
                buckets[index].cards += cards
            }
            return buckets
        }
    }

    public struct GradeCount: Hashable, Sendable {
        public var grade: Grade
        /// Every answer with this grade over the window, re-drills included.
        public var answers: Int

        static func counts(_ answers: [StatsInput.DayAnswers], since first: Day) -> [GradeCount] {
            var perGrade: [Grade: Int] = [:]
            for row in answers where row.day >= first { perGrade[row.grade, default: 0] += row.answers }
            return Grade.all.map { GradeCount(grade: $0, answers: perGrade[$0] ?? 0) }
        }
    }

    /// Answers given in one local hour of the day over the window.
    public struct HourRow: Hashable, Sendable {
        public static let hoursPerDay = 24

        public var hour: Int
        public var answers: Int
        /// Pass rate of the scheduling reviews in this hour.
        public var accuracy: PassRate

        static func rows(_ quarters: [StatsInput.QuarterHourAnswers], timeZone: TimeZone) -> [HourRow] {
            var rows = (0..<hoursPerDay).map { HourRow(hour: $0, answers: 0, accuracy: PassRate()) }
            var hours = LocalHours(timeZone: timeZone)
            for quarter in quarters.sorted(by: { $0.quarter < $1.quarter }) {
                let hour = hours.hour(ofQuarter: quarter.quarter)
                rows[hour].answers += quarter.answers
                rows[hour].accuracy = rows[hour].accuracy + PassRate(reviews: quarter.scheduling, passed: quarter.passed)
            }
            return rows
        }
    }
}

/// Local hour of absolute quarter hours, asking the time zone for its UTC offset only once
/// per stretch between two DST transitions (a year of answers needs a handful of calls).
struct LocalHours {
    static let secondsPerQuarter = 900
    static let secondsPerHour = 3600
    static let secondsPerDay = 86_400

    let timeZone: TimeZone
    private var offset = 0
    private var validFrom = Int.max
    private var validUntil = Int.min

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    mutating func hour(ofQuarter quarter: Int) -> Int {
        let seconds = quarter * Self.secondsPerQuarter
        if seconds < validFrom || seconds >= validUntil {
            let instant = Date(timeIntervalSince1970: Double(seconds))
            offset = timeZone.secondsFromGMT(for: instant)
            validFrom = seconds
            validUntil = timeZone.nextDaylightSavingTimeTransition(after: instant)
                .map { Int($0.timeIntervalSince1970) } ?? Int.max
        }
        let local = seconds + offset
        let secondOfDay = ((local % Self.secondsPerDay) + Self.secondsPerDay) % Self.secondsPerDay
        return secondOfDay / Self.secondsPerHour
    }
}
