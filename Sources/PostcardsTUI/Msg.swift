import Foundation
import PostcardsCore

/// Everything that can happen to the review screen. Time arrives inside messages so
/// `update` stays pure and tests choose the instant.
public enum Msg: Sendable {
    case key(Key, at: Date)
    case resize(TerminalSize)
    /// Text pasted into the terminal. The review screen has no text field, so it is ignored:
    /// read as keys, a pasted "3" would grade a card and a "q" would quit.
    case paste(String)
    /// The clock moved on (elapsed time, time-left estimate).
    case tick(Date)
    /// The runner loaded a new queue after `.changeChapters` or `.startCram`.
    case sessionLoaded(ReviewSession, chapters: Set<String>, nextDue: Day?, at: Date)
    /// The runner's answer to `.loadSummaryFacts`.
    case summaryFacts(SummaryFacts)
    /// The runner's answer to `.loadStats`: the dashboard's lines, shown in a scrolling overlay.
    case statsLoaded([Line])
}

/// Work for the runner, returned by `update` as values.
public enum Effect: Hashable, Sendable {
    /// Append this answer to the review log before the next card is drawn.
    case record(ReviewEvent)
    /// Take this answer back: delete its log row and restore the card's state.
    case undo(ReviewEvent)
    case quit
    /// Keep this card out of the queue for the rest of the study day (`s`).
    case bury(CardID)
    /// The skip was undone: the card may come back today.
    case unbury(CardID)
    /// Reload today's queue restricted to these chapter slugs (empty: all chapters).
    case changeChapters(Set<String>)
    /// Start practising these chapters (empty: all) regardless of due dates.
    case startCram(chapters: Set<String>)
    /// The session ended: compute the summary's forward-looking figures.
    case loadSummaryFacts
    /// The user asked for statistics; reply with `.statsLoaded`.
    case loadStats
}

/// Figures for the end-of-session summary that need the whole collection, supplied by the runner.
public struct SummaryFacts: Hashable, Sendable {
    public var dueTomorrow: Int
    public var dueNextSevenDays: Int
    /// Consecutive study days with at least one answer, ending today.
    public var streakDays: Int

    public init(dueTomorrow: Int, dueNextSevenDays: Int, streakDays: Int) {
        self.dueTomorrow = dueTomorrow
        self.dueNextSevenDays = dueNextSevenDays
        self.streakDays = streakDays
    }
}
