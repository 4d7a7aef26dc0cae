import Foundation
import PostcardsCore

/// The review screen's whole state: Core's session plus what the screen shows around it.
public struct ReviewModel: Sendable {
    public enum Overlay: Hashable, Sendable {
        /// The key list; the number is how far it is scrolled.
        case help(scroll: Int)
        case chapterPicker(ChapterPicker)
        /// Statistics from the runner; `lines` stays empty until `.statsLoaded` arrives.
        case stats(ScrollPanel)
    }

    /// What the screen is about, from the session's state.
    public enum Phase: Hashable, Sendable {
        case card
        /// The queue ran out after some work: the end-of-session summary.
        case summary
        /// Nothing to review at all: when the next card is due, and an offer to cram.
        case emptyQueue
    }

    public private(set) var session: ReviewSession
    public var revealed = false {
        didSet { cardScroll = 0 }
    }
    /// Lines the card is scrolled from where it opens, when it is taller than the window.
    public var cardScroll = 0
    public var overlay: Overlay?
    public var size: TerminalSize
    public let startedAt: Date
    /// The latest instant seen in a message.
    public private(set) var now: Date
    /// When the current card appeared, to time the answer.
    public private(set) var shownAt: Date
    /// The user's median answer time over past reviews, for the time-left estimate.
    public var medianSecondsPerCard: Double?
    /// Chapters in course order, for the picker and the header's titles.
    public var chapters: [Chapter]
    /// Chapters this session is restricted to; empty means all.
    public private(set) var selectedChapters: Set<String>
    /// The next day a card is due, for the empty-queue screen.
    public var nextDue: Day?
    public var summaryFacts: SummaryFacts?
    /// A one-off notice ("Nothing to undo"), cleared by the next key.
    public var status: String?
    public let dayClock: DayClock
    /// Answers of queues this session replaced (chapter changes, cram), for the summary.
    public private(set) var earlierAnswers: [ReviewEvent] = []
    private var earlierSkips = 0
    /// Cards that were new when they entered the session, for "new learned".
    public private(set) var newCards: Set<CardID>

    public init(
        session: ReviewSession, size: TerminalSize, startedAt: Date, dayClock: DayClock,
        chapters: [Chapter] = [], selectedChapters: Set<String> = [], medianSecondsPerCard: Double? = nil,
        nextDue: Day? = nil
    ) {
        self.session = session
        self.size = size
        self.startedAt = startedAt
        now = startedAt
        shownAt = startedAt
        self.dayClock = dayClock
        self.chapters = chapters
        self.selectedChapters = selectedChapters
        self.medianSecondsPerCard = medianSecondsPerCard
        self.nextDue = nextDue
        newCards = Self.newCardIDs(of: session)
    }

    public var phase: Phase {
        if session.current != nil { return .card }
        return allAnswers.isEmpty && earlierSkips + session.skipped.count == 0 ? .emptyQueue : .summary
    }

    /// Every answer of this sitting, oldest first.
    public var allAnswers: [ReviewEvent] { earlierAnswers + session.answers }

    public var today: Day { dayClock.day(containing: now) }

    public var summary: SessionSummary { SessionSummary(answers: allAnswers, newCards: newCards) }

    /// Seconds per card for the estimate: the user's history, else this session's own answers.
    public var secondsPerCard: Double? {
        if let medianSecondsPerCard { return medianSecondsPerCard }
        let times = session.answers.map(\.answerMillis).sorted()
        guard !times.isEmpty else { return nil }
        return Double(times[times.count / 2]) / 1000
    }

    mutating func advanceClock(to instant: Date) {
        if instant > now { now = instant }
    }

    /// A new card is on screen: hide its answer and start timing it.
    mutating func presentCard(at instant: Date) {
        revealed = false
        shownAt = instant
    }

    mutating func withSession<Result>(_ body: (inout ReviewSession) -> Result) -> Result {
        body(&session)
    }

    mutating func replaceSession(_ replacement: ReviewSession, chapters: Set<String>, nextDue: Day?, at instant: Date) {
        earlierAnswers += session.answers
        earlierSkips += session.skipped.count
        session = replacement
        selectedChapters = chapters
        self.nextDue = nextDue
        newCards.formUnion(Self.newCardIDs(of: replacement))
        summaryFacts = nil
        presentCard(at: instant)
    }

    private static func newCardIDs(of session: ReviewSession) -> Set<CardID> {
        Set(session.queue.filter { $0.schedule.isNew }.map(\.card.id))
    }
}

/// A list the user moves through: a cursor over chapters and the ones ticked.
public struct ChapterPicker: Hashable, Sendable {
    public var cursor: Int
    public var selected: Set<String>

    public init(cursor: Int = 0, selected: Set<String>) {
        self.cursor = cursor
        self.selected = selected
    }
}

/// Lines shown in an overlay that scrolls (help, statistics).
public struct ScrollPanel: Hashable, Sendable {
    public var lines: [Line]
    /// The first line shown.
    public var offset: Int

    public init(lines: [Line] = [], offset: Int = 0) {
        self.lines = lines
        self.offset = offset
    }
}
