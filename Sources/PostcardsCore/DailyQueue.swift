/// Which cards today's session presents, and in what order.
public enum DailyQueue {
    public static let defaultNewPerDay = 20

    public struct Limits: Hashable, Sendable {
        /// New cards introduced per day (across sessions of the day).
        public var newPerDay: Int
        /// Scheduling reviews per day; nil for no limit.
        public var reviewsPerDay: Int?

        public init(newPerDay: Int = DailyQueue.defaultNewPerDay, reviewsPerDay: Int? = nil) {
            self.newPerDay = newPerDay
            self.reviewsPerDay = reviewsPerDay
        }
    }

    /// A card that is due, with its due day, for ordering.
    public struct DueCard: Hashable, Sendable {
        public var id: CardID
        public var due: Day
        public init(id: CardID, due: Day) {
            self.id = id
            self.due = due
        }
    }

    /// Due cards first, most overdue first (ties by id, for a stable order), then new cards
    /// in the order given (chapter order, then file order), each capped by what today's
    /// earlier sessions already used.
    public static func order(
        due: [DueCard], new: [CardID], limits: Limits, reviewedToday: Int, introducedToday: Int
    ) -> [CardID] {
        let sortedDue = due.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map(\.id)
        let reviewRoom = limits.reviewsPerDay.map { max(0, $0 - reviewedToday) } ?? sortedDue.count
        let newRoom = max(0, limits.newPerDay - introducedToday)
        return Array(sortedDue.prefix(reviewRoom)) + Array(new.prefix(newRoom))
    }
}
