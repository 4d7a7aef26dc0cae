import PostcardsCore

/// Cards skipped with `s` stay out of the queue for the rest of the study day, across
/// sessions. Kept in `meta` as the day and its card ids: a burial is not an answer, so it
/// never enters the review log, and yesterday's list is simply ignored.
extension AppDatabase {
    static let buriedKey = "buried"

    public func buriedCards(on day: Day) throws -> Set<CardID> {
        guard let value = try metaValue(Self.buriedKey) else { return [] }
        var lines = value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, Int(first) == day.ordinal else { return [] }
        lines.removeFirst()
        return Set(lines.compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return parts.count == 2 ? CardID(deck: parts[0], key: parts[1]) : nil
        })
    }

    public func bury(_ card: CardID, on day: Day) throws {
        try setBuried(try buriedCards(on: day).union([card]), on: day)
    }

    public func unbury(_ card: CardID, on day: Day) throws {
        try setBuried(try buriedCards(on: day).subtracting([card]), on: day)
    }

    private func setBuried(_ cards: Set<CardID>, on day: Day) throws {
        let lines = ["\(day.ordinal)"] + cards.sorted().map { "\($0.deck)\t\($0.key)" }
        try setMetaValue(lines.joined(separator: "\n"), for: Self.buriedKey)
    }
}
