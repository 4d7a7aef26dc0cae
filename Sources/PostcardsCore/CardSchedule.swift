/// Everything the scheduler knows about a card: its SM-2 state and what follows from the log.
public struct CardSchedule: Hashable, Sendable {
    public var state: SM2State
    /// Nil for a card never reviewed.
    public var due: Day?
    /// Failed scheduling reviews of a card that had been recalled before.
    public var lapses: Int
    /// Scheduling reviews so far.
    public var reviews: Int
    public var lastReviewed: Day?

    public static let new = CardSchedule(state: .new, due: nil, lapses: 0, reviews: 0, lastReviewed: nil)

    public init(state: SM2State, due: Day?, lapses: Int, reviews: Int, lastReviewed: Day?) {
        self.state = state
        self.due = due
        self.lapses = lapses
        self.reviews = reviews
        self.lastReviewed = lastReviewed
    }

    public var isNew: Bool { reviews == 0 }

    /// The schedule after a scheduling review on `day`; drill and cram answers leave it be.
    public func applying(_ grade: Grade, on day: Day) -> CardSchedule {
        let next = SM2.next(state, grade: grade)
        let lapsed = !grade.isPass && state.repetitions > 0
        return CardSchedule(
            state: next,
            due: day + next.interval,
            lapses: lapses + (lapsed ? 1 : 0),
            reviews: reviews + 1,
            lastReviewed: day
        )
    }
}
