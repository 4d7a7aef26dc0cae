import Foundation

/// One answer, as the review log stores it.
public struct ReviewEvent: Hashable, Sendable {
    public var card: CardID
    /// When the answer was given (stored as UTC milliseconds).
    public var at: Date
    public var day: Day
    public var grade: Grade
    public var kind: ReviewKind
    /// How long the answer took.
    public var answerMillis: Int
    /// The card's SM-2 state after this answer (unchanged for drill and cram).
    public var after: SM2State

    public init(card: CardID, at: Date, day: Day, grade: Grade, kind: ReviewKind, answerMillis: Int, after: SM2State) {
        self.card = card
        self.at = at
        self.day = day
        self.grade = grade
        self.kind = kind
        self.answerMillis = answerMillis
        self.after = after
    }
}
