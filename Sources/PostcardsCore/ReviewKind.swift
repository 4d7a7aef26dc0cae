/// Why an answer was logged; only `review` and `import` answers move the schedule.
public enum ReviewKind: String, Sendable, CaseIterable {
    /// The first answer of a card on a study day.
    case review
    /// A same-day repeat of a card graded below 4 (SM-2 step 7).
    case drill
    /// Practice outside the schedule.
    case cram
    /// A scheduling review taken over from another program's history.
    case `import`

    public var schedules: Bool { self == .review || self == .import }
}
