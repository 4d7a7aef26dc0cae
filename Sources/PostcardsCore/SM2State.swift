/// The SM-2 memory state of one card.
public struct SM2State: Hashable, Sendable {
    /// Consecutive successful scheduling reviews.
    public var repetitions: Int
    /// Days until the next review.
    public var interval: Int
    /// Easiness factor in hundredths (250 = 2.5), so arithmetic is exact.
    public var efHundredths: Int

    public static let initialEF = 250
    public static let minimumEF = 130
    /// A card never reviewed.
    public static let new = SM2State(repetitions: 0, interval: 0, efHundredths: initialEF)

    public init(repetitions: Int, interval: Int, efHundredths: Int) {
        self.repetitions = repetitions
        self.interval = interval
        self.efHundredths = efHundredths
    }

    /// The EF as a decimal (2.5), for display and export.
    public var ef: Double { Double(efHundredths) / 100 }
}
