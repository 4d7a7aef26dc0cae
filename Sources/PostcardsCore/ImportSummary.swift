/// What an import changed (or, for a dry run, would change): counts, not the cards
/// themselves, so importing a 100k-card deck never holds every card to report on it.
public struct ImportSummary: Sendable, Equatable {
    public var added = 0
    /// Cards that exist and got new content; their progress is kept.
    public var updated = 0
    public var unchanged = 0
    /// Live cards of the imported chapters that the source no longer has, sorted.
    public var vanished: [CardID] = []
    /// Answers taken over from another program's review history.
    public var addedAnswers = 0

    public init() {}

    public var isEmpty: Bool { added == 0 && updated == 0 && vanished.isEmpty }

    /// `added N, updated M, unchanged K` (and what vanished).
    public var line: String {
        var line = "added \(added), updated \(updated), unchanged \(unchanged)"
        if !vanished.isEmpty { line += ", vanished \(vanished.count)" }
        return line
    }
}
