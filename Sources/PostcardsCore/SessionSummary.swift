/// What a session achieved, from its answers.
public struct SessionSummary: Hashable, Sendable {
    /// Distinct cards answered.
    public var cards: Int
    /// Scheduling answers (first of the day).
    public var reviews: Int
    /// Cards answered for the first time ever.
    public var newLearned: Int
    /// Share of first answers this session with q ≥ 3; nil with no answers.
    public var accuracy: Double?
    /// Answers that were re-drills.
    public var redrills: Int
    public var totalMillis: Int

    public init(answers: [ReviewEvent], newCards: Set<CardID>) {
        var seen = Set<CardID>()
        var firstPasses = 0
        var redrills = 0
        for answer in answers {
            if seen.insert(answer.card).inserted {
                if answer.grade.isPass { firstPasses += 1 }
            } else {
                redrills += 1
            }
        }
        cards = seen.count
        reviews = answers.filter { $0.kind.schedules }.count
        newLearned = seen.intersection(newCards).count
        accuracy = seen.isEmpty ? nil : Double(firstPasses) / Double(seen.count)
        self.redrills = redrills
        totalMillis = answers.reduce(0) { $0 + $1.answerMillis }
    }
}
