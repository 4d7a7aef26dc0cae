import Foundation
import PostcardsTUI
import Testing

/// The real binary in a real terminal (tmux): keys in, screen and review log out.
@Suite(.serialized) struct FullScreenReviewTests {
    /// Rows of a captured screen.
    static func rows(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    /// Reveals the card showing `question` and grades it.
    static func answer(_ session: TmuxSession, _ question: String, answer: String, grade: String) throws {
        try session.waitFor(question)
        try session.send("Space")
        try session.waitFor(answer)
        try session.send(grade)
    }

    @Test func severalCardsAnsweredWithKeysShowOnScreenAndInTheExportedLog() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try fixture.startReview()
        let first = try session.waitFor("First question")
        #expect(first.contains("1/4"))
        #expect(first.contains("space show answer"))
        try session.send("Space")
        let revealed = try session.waitFor("Supervised fine-tuning.")
        #expect(revealed.contains("0 blackout 1d"), "each grade shows its meaning and next interval")
        try session.send("5")
        try Self.answer(session, "Second question", answer: "preference pairs", grade: "3")
        let third = try session.waitFor("Which penalty")
        #expect(third.contains("3/5"), "the card graded 3 comes back, so the total grows")
        #expect(third.contains("re-drill 1"))
        try session.send("q")
        try session.waitForExit()
        let log = try fixture.exportedReviews()
        #expect(log.map { $0["card"] as? String } == ["first", "second"])
        #expect(log.map { $0["grade"] as? Int } == [5, 3])
        #expect(log.map { $0["kind"] as? String } == ["review", "review"])
    }

    @Test func undoTakesTheAnswerOutOfTheLogAndBringsTheCardBack() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try fixture.startReview()
        try Self.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "2")
        try session.waitFor("Second question")
        try session.send("u")
        let back = try session.waitFor("Took back grade 2 of first")
        #expect(back.contains("First question"))
        #expect(!back.contains("Supervised fine-tuning."), "the card returns to its question")
        try Self.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "4")
        try session.waitFor("Second question")
        try session.send("q")
        try session.waitForExit()
        let log = try fixture.exportedReviews()
        #expect(log.map { $0["grade"] as? Int } == [4])
    }

    @Test func resizingRelaysOutWithoutLosingTheCardOrItsReveal() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try fixture.startReview()
        try Self.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "5")
        try session.waitFor("Second question")
        try session.send("Space")
        try session.waitFor("preference pairs")
        try session.resize(width: 120, height: 40)
        let wide = try session.waitFor("a 120-column rule") { screen in
            Self.rows(screen).contains { $0.hasPrefix("──") && DisplayWidth.of($0) == 120 }
        }
        #expect(wide.contains("preference pairs"), "still revealed")
        #expect(Self.rows(wide).count >= 40)
        try session.resize(width: 30, height: 8)
        try session.waitFor("terminal too small")
        try session.resize(width: 80, height: 24)
        let back = try session.waitFor("the card again at 80 columns") { screen in
            screen.contains("preference pairs") && Self.rows(screen).contains { $0.hasPrefix("──") && DisplayWidth.of($0) == 80 }
        }
        #expect(back.contains("2/4"))
        try session.send("4")
        try session.waitFor("Which penalty")
        try session.send("q")
        try session.waitForExit()
        #expect(try fixture.exportedReviews().map { $0["grade"] as? Int } == [5, 4])
    }

    @Test func quittingMidSessionAndStartingAgainShowsOnlyTheRemainingCards() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let first = try fixture.startReview()
        try Self.answer(first, "First question", answer: "Supervised fine-tuning.", grade: "5")
        try Self.answer(first, "Second question", answer: "preference pairs", grade: "4")
        try first.waitFor("Which penalty")
        try first.send("q")
        try first.waitForExit()
        let second = try fixture.startReview()
        let screen = try second.waitFor("Which penalty")
        #expect(screen.contains("1/2"))
        #expect(screen.contains("due 0 · new 2"))
        try second.send("Escape")
        try second.waitForExit()
    }

    @Test func mathAndCJKTextLandInTheirColumns() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try fixture.startReview()
        try Self.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "5")
        try Self.answer(session, "Second question", answer: "preference pairs", grade: "5")
        try session.waitFor("Which penalty")
        try session.send("Space")
        let screen = try session.waitFor("the KL penalty")
        let rows = Self.rows(screen)
        // The title row mixes wide and narrow characters and ends in a right-aligned counter:
        // any disagreement about widths would move the counter off column 78.
        let title = try #require(rows.first)
        #expect(title.hasPrefix("  E2E › End to end 日本語 ‖ Σ"))
        #expect(title.hasSuffix("3/4"))
        #expect(DisplayWidth.of(title) == 78)
        #expect(rows.contains("  Which penalty is KL(π‖π_ref) 日本語?"))
        #expect(rows.contains("  ∇ Σ β·KL(π‖π_ref) 日本語 — the KL penalty."))
        try session.send("q")
        try session.waitForExit()
    }
}
