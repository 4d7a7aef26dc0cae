import Foundation

extension TUICrashRun {
    /// The card a capture shows and whether its answer is out, read only from a whole frame.
    ///
    /// tmux can be captured while it is still taking in a redraw: the new frame's top rows
    /// over the old frame's bottom rows, such as the place counter after a grade above the
    /// graded card with its answer. Read from such a capture, the next key would go to a card
    /// that is no longer there. The reviewer draws from the top row down and ends with the
    /// footer, so a capture is whole when the footer agrees with the card above it (the hints
    /// before the reveal, the grades after it), the question is this card's, and no other
    /// card's answer is left on the screen.
    struct Face: Equatable {
        var card: String
        var revealed: Bool
    }
}

extension TUICrashRun.Face {
    /// Nil for a capture that is not a whole card frame (mid-redraw, summary, overlay).
    init?(screen: String, chapter: String) {
        guard let card = ReviewScreenReading.cardKey(screen, chapter: chapter),
              screen.contains("Question \(card)?"),
              let footer = ReviewScreenReading.footer(screen)
        else { return nil }
        let answers = Set(screen.matches(of: /Answer to (\S+)\./).map { String($0.1) })
        guard answers.isSubset(of: [card]) else { return nil }
        let revealed = !answers.isEmpty
        guard footer == (revealed ? .grades : .reveal) else { return nil }
        self.init(card: card, revealed: revealed)
    }
}
