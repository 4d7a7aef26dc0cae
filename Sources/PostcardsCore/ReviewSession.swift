import Foundation

/// One sitting of reviews: the queue, SM-2 step 7 re-drill, skip and unlimited undo.
/// A value type with no I/O; the reviewer records each returned event before showing the next card.
public struct ReviewSession: Sendable {
    public enum Mode: Sendable {
        /// Today's queue; the first answer of a card on a day schedules it.
        case scheduled
        /// Practice regardless of due dates; nothing is rescheduled.
        case cram
    }

    public struct Entry: Hashable, Sendable {
        public var card: Card
        public var schedule: CardSchedule
        /// Came back after a grade below 4.
        public var isRedrill: Bool
    }

    public let mode: Mode
    /// The cards still to show; the first is the current one.
    public private(set) var queue: [Entry]
    /// Every answer given this session, oldest first.
    public private(set) var answers: [ReviewEvent] = []
    /// Cards whose scheduling review for the day has been given, so later answers are drill.
    private var scheduledOn: [CardID: Day]
    private var undoStack: [Snapshot] = []
    public private(set) var skipped: [CardID] = []

    private struct Snapshot: Sendable {
        var queue: [Entry]
        var scheduledOn: [CardID: Day]
        var skipped: [CardID]
        var answerCount: Int
    }

    /// `alreadyReviewed`: cards that had their scheduling review on `today` in an earlier session.
    public init(mode: Mode, cards: [(Card, CardSchedule)], today: Day, alreadyReviewed: Set<CardID> = []) {
        self.mode = mode
        queue = cards.map { Entry(card: $0.0, schedule: $0.1, isRedrill: false) }
        scheduledOn = Dictionary(uniqueKeysWithValues: alreadyReviewed.map { ($0, today) })
    }

    public var current: Entry? { queue.first }
    public var isFinished: Bool { queue.isEmpty }
    public var canUndo: Bool { !undoStack.isEmpty }

    /// How an answer to the current card would be logged on `day`.
    public func kindOfAnswer(on day: Day) -> ReviewKind? {
        guard let entry = current else { return nil }
        if mode == .cram { return .cram }
        return scheduledOn[entry.card.id] == day ? .drill : .review
    }

    /// What each grade would do to the current card (its state unchanged for drill and cram).
    public func outcomes(on day: Day) -> [Grade: SM2State] {
        guard let entry = current, let kind = kindOfAnswer(on: day) else { return [:] }
        return kind.schedules
            ? SM2.outcomes(entry.schedule.state)
            : Dictionary(uniqueKeysWithValues: Grade.all.map { ($0, entry.schedule.state) })
    }

    /// Answers the current card; returns the event to record, or nil when the queue is empty.
    public mutating func answer(_ grade: Grade, at instant: Date, day: Day, answerMillis: Int) -> ReviewEvent? {
        guard let entry = current, let kind = kindOfAnswer(on: day) else { return nil }
        pushUndo()
        var schedule = entry.schedule
        if kind.schedules {
            schedule = schedule.applying(grade, on: day)
            scheduledOn[entry.card.id] = day
        }
        let event = ReviewEvent(
            card: entry.card.id, at: instant, day: day, grade: grade, kind: kind,
            answerMillis: max(0, answerMillis), after: schedule.state
        )
        answers.append(event)
        queue.removeFirst()
        if grade.needsRedrill {
            queue.append(Entry(card: entry.card, schedule: schedule, isRedrill: true))
        }
        return event
    }

    /// Buries the current card for the rest of the day.
    public mutating func skip() {
        guard let entry = current else { return }
        pushUndo()
        queue.removeFirst()
        skipped.append(entry.card.id)
    }

    public enum Undone: Hashable, Sendable {
        /// An answer was taken back: the reviewer must delete its log row.
        case answer(ReviewEvent)
        case skip(CardID)
    }

    /// Restores the session to before the last answer or skip; nil when there is nothing to undo.
    public mutating func undo() -> Undone? {
        guard let snapshot = undoStack.popLast() else { return nil }
        let undone: Undone? = answers.count > snapshot.answerCount
            ? answers.last.map(Undone.answer)
            : snapshot.queue.first.map { .skip($0.card.id) }
        queue = snapshot.queue
        scheduledOn = snapshot.scheduledOn
        skipped = snapshot.skipped
        answers.removeLast(answers.count - snapshot.answerCount)
        return undone
    }

    /// Cards left by kind, for the progress line.
    public var remaining: (due: Int, new: Int, redrill: Int) {
        queue.reduce(into: (0, 0, 0)) { counts, entry in
            if entry.isRedrill { counts.2 += 1 } else if entry.schedule.isNew { counts.1 += 1 } else { counts.0 += 1 }
        }
    }

    private mutating func pushUndo() {
        undoStack.append(Snapshot(queue: queue, scheduledOn: scheduledOn, skipped: skipped, answerCount: answers.count))
    }
}
