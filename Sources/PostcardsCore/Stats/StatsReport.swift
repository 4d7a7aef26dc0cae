import Foundation

/// Everything the stats dashboard and `stats --json` show, computed from a `StatsInput`.
/// A pure value: the same input always gives the same report.
public struct StatsReport: Hashable, Sendable {
    /// A card with this many lapses is a leech.
    public static let leechLapses = 8
    /// Cards listed under "trouble".
    public static let troubleListLength = 10
    /// Interval (days) from which a card counts as mature, as in Anki.
    public static let matureInterval = 21
    /// Learning ends with the second successful review (interval 6 days in SM-2).
    public static let learnedRepetitions = 2
    public static let defaultWindowDays = 30
    public static let heatmapWeeks = 26
    /// Young cards count half towards mastery: started, not yet long-term.
    public static let youngMasteryWeight = 0.5

    public var today: Day
    public var windowDays: Int
    /// Chapter slugs the report is restricted to; empty for everything.
    public var chapterFilter: [String]
    public var todaySummary: TodaySummary
    public var chapters: [ChapterRow]
    /// The chapters added up (the whole selection).
    public var total: ChapterRow
    public var forecast: Forecast
    public var heatmap: Heatmap
    public var retention: [RetentionWindow]
    public var intervals: [Bucket]
    public var eases: [Bucket]
    public var grades: [GradeCount]
    public var hours: [HourRow]
    public var trouble: [TroubleRow]
    public var leechCount: Int

    public init(_ input: StatsInput, timeZone: TimeZone) {
        today = input.today
        windowDays = max(1, input.windowDays)
        chapterFilter = input.chapterFilter
        chapters = ChapterRow.rows(input)
        total = ChapterRow.sum(chapters, title: "All chapters")
        todaySummary = TodaySummary(input, dueNow: total.due)
        forecast = Forecast(dueByDay: input.dueByDay, today: input.today, horizon: windowDays)
        heatmap = Heatmap(input.answers, today: input.today, weeks: Self.heatmapWeeks)
        retention = RetentionWindow.windows(input.answers, today: input.today)
        intervals = Bucket.intervals(input.cardsByInterval)
        eases = Bucket.eases(input.cardsByEase)
        grades = GradeCount.counts(input.answers, since: input.today - (windowDays - 1))
        hours = HourRow.rows(input.quarterHours, timeZone: timeZone)
        trouble = input.trouble.map(TroubleRow.init)
        leechCount = total.leeches
    }
}

/// Passed out of attempted, with the rate when there was any attempt.
public struct PassRate: Hashable, Sendable {
    public var reviews: Int
    public var passed: Int

    public init(reviews: Int = 0, passed: Int = 0) {
        self.reviews = reviews
        self.passed = passed
    }

    public var rate: Double? { reviews == 0 ? nil : Double(passed) / Double(reviews) }

    public static func + (lhs: PassRate, rhs: PassRate) -> PassRate {
        PassRate(reviews: lhs.reviews + rhs.reviews, passed: lhs.passed + rhs.passed)
    }
}

extension StatsReport {
    public struct TodaySummary: Hashable, Sendable {
        /// Every answer today, re-drills included.
        public var answers: Int
        public var cards: Int
        public var answerMillis: Int
        public var newLearned: Int
        /// First answers of the day (scheduling reviews) that passed.
        public var accuracy: PassRate
        public var redrills: Int
        /// Cards due today or overdue and not yet reviewed.
        public var dueNow: Int
        /// Cards graded below 4 today and not yet re-drilled to 4 or 5.
        public var laterToday: Int

        init(_ input: StatsInput, dueNow: Int) {
            let rows = input.answers.filter { $0.day == input.today }
            answers = rows.reduce(0) { $0 + $1.answers }
            cards = input.activity.cards
            answerMillis = input.activity.answerMillis
            newLearned = input.activity.newLearned
            accuracy = rows.filter { $0.kind.schedules }.reduce(PassRate()) {
                $0 + PassRate(reviews: $1.answers, passed: $1.grade.isPass ? $1.answers : 0)
            }
            redrills = rows.filter { $0.kind == .drill }.reduce(0) { $0 + $1.answers }
            self.dueNow = dueNow
            laterToday = input.activity.pendingRedrills
        }

        /// Average time per distinct card, in seconds.
        public var secondsPerCard: Double? {
            cards == 0 ? nil : Double(answerMillis) / 1000 / Double(cards)
        }
    }

    public struct ChapterRow: Hashable, Sendable {
        public var deck: String
        public var slug: String
        public var title: String
        public var total: Int
        public var new: Int
        public var learning: Int
        public var young: Int
        public var mature: Int
        public var due: Int
        public var leeches: Int
        /// Scheduling reviews of previously seen cards over the window.
        public var retention: PassRate

        /// (mature + ½ young) / total: 1 when every card is mature.
        public var mastery: Double? {
            total == 0 ? nil : (Double(mature) + StatsReport.youngMasteryWeight * Double(young)) / Double(total)
        }

        static func rows(_ input: StatsInput) -> [ChapterRow] {
            var retention: [String: PassRate] = [:]
            for row in input.chapterRetention {
                retention[key(row.deck, row.slug)] = PassRate(reviews: row.reviews, passed: row.passed)
            }
            return input.chapters.map { chapter in
                ChapterRow(
                    deck: chapter.deck, slug: chapter.slug, title: chapter.title, total: chapter.total,
                    new: chapter.new, learning: chapter.learning, young: chapter.young, mature: chapter.mature,
                    due: chapter.due, leeches: chapter.leeches,
                    retention: retention[key(chapter.deck, chapter.slug)] ?? PassRate())
            }
        }

        static func sum(_ rows: [ChapterRow], title: String) -> ChapterRow {
            rows.reduce(ChapterRow(
                deck: "", slug: "", title: title, total: 0, new: 0, learning: 0, young: 0, mature: 0, due: 0,
                leeches: 0, retention: PassRate()
            )) { sum, row in
                var sum = sum
                sum.total += row.total
                sum.new += row.new
                sum.learning += row.learning
                sum.young += row.young
                sum.mature += row.mature
                sum.due += row.due
                sum.leeches += row.leeches
                sum.retention = sum.retention + row.retention
                return sum
            }
        }

        private static func key(_ deck: String, _ slug: String) -> String { deck + "\u{0}" + slug }
    }

    public struct TroubleRow: Hashable, Sendable {
        public enum Reason: String, Hashable, Sendable { case leech, lowEase = "low-ease" }

        public var id: CardID
        public var chapter: String
        public var lapses: Int
        public var efHundredths: Int
        public var interval: Int
        public var due: Day
        public var reason: Reason

        init(_ card: StatsInput.TroubleCard) {
            id = card.id
            chapter = card.chapter
            lapses = card.lapses
            efHundredths = card.efHundredths
            interval = card.interval
            due = card.due
            reason = card.lapses >= StatsReport.leechLapses ? .leech : .lowEase
        }
    }
}
