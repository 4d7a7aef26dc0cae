import Foundation

/// What the store loads for the stats dashboard: aggregates computed by SQL, never one row
/// per answer, so a collection of a million answers costs a few thousand values here.
public struct StatsInput: Hashable, Sendable {
    /// The study day the report describes.
    public var today: Day
    /// Look-back window (chapter retention, grades, hours) and forecast horizon, in days.
    public var windowDays: Int
    /// Answers grouped by study day, kind and grade (all time).
    public var answers: [DayAnswers]
    public var activity: TodayActivity
    /// Card counts per chapter, in course order.
    public var chapters: [ChapterCards]
    /// Scheduling reviews of previously seen cards per chapter over the window.
    public var chapterRetention: [ChapterRetention]
    /// Live cards due on each future day (today + 1 … today + windowDays).
    public var dueByDay: [Day: Int]
    /// Live reviewed cards by current interval (days).
    public var cardsByInterval: [Int: Int]
    /// Live reviewed cards by current easiness factor (hundredths).
    public var cardsByEase: [Int: Int]
    /// Answers over the window grouped by absolute quarter hour (UTC), mapped to local hours
    /// here because SQLite does not know the user's time zone rules.
    public var quarterHours: [QuarterHourAnswers]
    /// Leeches first, then the lowest-EF cards, at most `StatsReport.troubleListLength`.
    public var trouble: [TroubleCard]
    /// The chapter slugs the figures are restricted to; empty for the whole collection.
    public var chapterFilter: [String]

    public init(
        today: Day, windowDays: Int, answers: [DayAnswers] = [], activity: TodayActivity = .none,
        chapters: [ChapterCards] = [], chapterRetention: [ChapterRetention] = [], dueByDay: [Day: Int] = [:],
        cardsByInterval: [Int: Int] = [:], cardsByEase: [Int: Int] = [:], quarterHours: [QuarterHourAnswers] = [],
        trouble: [TroubleCard] = [], chapterFilter: [String] = []
    ) {
        self.today = today
        self.windowDays = windowDays
        self.answers = answers
        self.activity = activity
        self.chapters = chapters
        self.chapterRetention = chapterRetention
        self.dueByDay = dueByDay
        self.cardsByInterval = cardsByInterval
        self.cardsByEase = cardsByEase
        self.quarterHours = quarterHours
        self.trouble = trouble
        self.chapterFilter = chapterFilter
    }
}

extension StatsInput {
    /// Answers of one study day with one kind and grade. `young` and `mature` count those
    /// whose card had, before the answer, an interval of 2–20 days or of 21 days and more:
    /// the classes true retention is reported for.
    public struct DayAnswers: Hashable, Sendable {
        public var day: Day
        public var kind: ReviewKind
        public var grade: Grade
        public var answers: Int
        public var young: Int
        public var mature: Int

        public init(day: Day, kind: ReviewKind, grade: Grade, answers: Int, young: Int = 0, mature: Int = 0) {
            self.day = day
            self.kind = kind
            self.grade = grade
            self.answers = answers
            self.young = young
            self.mature = mature
        }
    }

    /// Today's facts that need distinct cards, so they cannot be summed from `DayAnswers`.
    public struct TodayActivity: Hashable, Sendable {
        /// Distinct cards answered today.
        public var cards: Int
        /// Time spent answering today.
        public var answerMillis: Int
        /// Cards whose first scheduling review ever was today.
        public var newLearned: Int
        /// Cards whose latest answer today was below 4: they come back before the day ends.
        public var pendingRedrills: Int

        public static let none = TodayActivity(cards: 0, answerMillis: 0, newLearned: 0, pendingRedrills: 0)

        public init(cards: Int, answerMillis: Int, newLearned: Int, pendingRedrills: Int) {
            self.cards = cards
            self.answerMillis = answerMillis
            self.newLearned = newLearned
            self.pendingRedrills = pendingRedrills
        }
    }

    /// One chapter's live cards by learning stage. Stages are disjoint: new (never
    /// reviewed), learning (repetitions < 2), young (interval < 21 days), mature.
    public struct ChapterCards: Hashable, Sendable {
        public var deck: String
        public var slug: String
        public var title: String
        public var total: Int
        public var new: Int
        public var learning: Int
        public var young: Int
        public var mature: Int
        /// Due today or overdue.
        public var due: Int
        /// Cards with at least `StatsReport.leechLapses` lapses.
        public var leeches: Int

        public init(
            deck: String, slug: String, title: String, total: Int, new: Int, learning: Int, young: Int,
            mature: Int, due: Int, leeches: Int
        ) {
            self.deck = deck
            self.slug = slug
            self.title = title
            self.total = total
            self.new = new
            self.learning = learning
            self.young = young
            self.mature = mature
            self.due = due
            self.leeches = leeches
        }
    }

    public struct ChapterRetention: Hashable, Sendable {
        public var deck: String
        public var slug: String
        public var reviews: Int
        public var passed: Int

        public init(deck: String, slug: String, reviews: Int, passed: Int) {
            self.deck = deck
            self.slug = slug
            self.reviews = reviews
            self.passed = passed
        }
    }

    /// Answers in one quarter hour: `quarter` counts 15-minute steps since 1970 (UTC).
    /// Quarter hours, not hours, so zones offset by 30 or 45 minutes map exactly.
    public struct QuarterHourAnswers: Hashable, Sendable {
        public var quarter: Int
        public var answers: Int
        public var scheduling: Int
        public var passed: Int

        public init(quarter: Int, answers: Int, scheduling: Int, passed: Int) {
            self.quarter = quarter
            self.answers = answers
            self.scheduling = scheduling
            self.passed = passed
        }
    }

    public struct TroubleCard: Hashable, Sendable {
        public var id: CardID
        public var chapter: String
        public var lapses: Int
        public var efHundredths: Int
        public var interval: Int
        public var due: Day

        public init(id: CardID, chapter: String, lapses: Int, efHundredths: Int, interval: Int, due: Day) {
            self.id = id
            self.chapter = chapter
            self.lapses = lapses
            self.efHundredths = efHundredths
            self.interval = interval
            self.due = due
        }
    }
}
