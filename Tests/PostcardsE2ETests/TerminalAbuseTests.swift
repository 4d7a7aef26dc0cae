import Foundation
import PostcardsCore
import PostcardsTUI
import Testing

/// The full-screen reviewer under a rough terminal: resize storms, a tiny window, pastes and
/// key floods. Nothing crashes, nothing is graded by accident, every answer is logged.
@Suite(.serialized) struct TerminalAbuseTests {
    static let resizeCount = 50
    /// Sizes the storm cycles through, tiny ones included; the last one is `finalSize`.
    static let stormSizes = [
        TerminalSize(width: 20, height: 6), TerminalSize(width: 132, height: 50), TerminalSize(width: 1, height: 1),
        TerminalSize(width: 40, height: 10), TerminalSize(width: 39, height: 9), TerminalSize(width: 200, height: 60),
        TerminalSize(width: 10, height: 3), TerminalSize(width: 80, height: 24),
    ]
    static let finalSize = TerminalSize(width: 100, height: 30)
    static let pasteBytes = 10 * 1024

    /// Every row of the screen is a full-width rule under the header at `width` columns.
    static func hasRule(_ screen: String, width: Int) -> Bool {
        ReviewScreenReading.rows(screen).contains { $0.hasPrefix("──") && DisplayWidth.of($0) == width }
    }

    static func expectDoctorClean(_ fixture: E2EFixture) throws {
        let doctor = try fixture.doctorIsClean()
        #expect(doctor.clean, "\(doctor.output)")
    }

    @Test func fiftyResizesWithinASecondThenAnsweringContinues() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try fixture.startReview()
        try FullScreenReviewTests.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "5")
        try session.waitFor("Second question")
        try session.send("Space")
        try session.waitFor("preference pairs")
        let sizes = (0..<Self.resizeCount - 1).map { Self.stormSizes[$0 % Self.stormSizes.count] } + [Self.finalSize]
        let clock = ContinuousClock()
        let elapsed = try clock.measure { try session.resize(through: sizes) }
        #expect(elapsed < .seconds(1), "the \(Self.resizeCount) resizes took \(elapsed)")
        let redrawn = try session.waitFor("the card at \(Self.finalSize)") { screen in
            screen.contains("preference pairs") && Self.hasRule(screen, width: Self.finalSize.width)
        }
        #expect(ReviewScreenReading.rows(redrawn).count >= Self.finalSize.height)
        #expect(redrawn.contains("2/4"), "the place in the session survived the storm")
        try session.send("4")
        try FullScreenReviewTests.answer(session, "Which penalty", answer: "the KL penalty", grade: "5")
        try session.waitFor("Fourth question")
        try session.send("q")
        try session.waitForExit()
        #expect(try fixture.exportedReviews().map { $0["grade"] as? Int } == [5, 4, 5])
        try Self.expectDoctorClean(fixture)
    }

    @Test func aTwentyBySixTerminalShowsANoticeKeepsWorkingAndShowsTheCardWhenGrown() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try fixture.startReview(width: 20, height: 6)
        let tiny = try session.waitFor("terminal too small")
        #expect(ReviewScreenReading.rows(tiny).allSatisfy { DisplayWidth.of($0) <= 20 }, "\(tiny)")
        #expect(tiny.contains("press q"))
        // Nothing on a screen the user cannot see may grade a card.
        try session.send("Space")
        try session.send("5")
        try session.resize(width: 80, height: 24)
        let grown = try session.waitFor("First question")
        #expect(!grown.contains("Supervised fine-tuning."), "the space sent while too small did not reveal")
        try FullScreenReviewTests.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "4")
        try session.waitFor("Second question")
        try session.resize(width: 20, height: 6)
        try session.waitFor("terminal too small")
        try session.send("q")
        try session.waitForExit()
        #expect(try fixture.exportedReviews().map { $0["grade"] as? Int } == [4])
        try Self.expectDoctorClean(fixture)
    }

    /// 10 KB of text full of keys the reviewer would act on: digits, spaces, s, u, q, newlines.
    static var pasteText: String {
        let line = "q 5 s u 0 1 2 3 4 5 ? c t j k lorem ipsum 日本語 KL(π‖π_ref)\n"
        return String(String(repeating: line, count: pasteBytes / line.utf8.count + 1).utf8.prefix(pasteBytes)) ?? line
    }

    @Test func aBracketedPasteGradesNothingAndTheReviewGoesOn() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try fixture.startReview()
        try session.waitFor("First question")
        try session.paste(Self.pasteText, bracketed: true)
        let after = try session.waitFor("Ignored a paste")
        #expect(after.contains("First question"), "still on the first card")
        #expect(!after.contains("Supervised fine-tuning."), "the paste's spaces did not reveal the answer")
        #expect(after.contains("1/4"))
        #expect(session.isRunning, "the paste's q did not quit")
        try session.send("Space")
        try session.waitFor("Supervised fine-tuning.")
        try session.paste(Self.pasteText, bracketed: true)
        let revealed = try session.waitFor("Ignored a paste")
        #expect(revealed.contains("Supervised fine-tuning."), "still revealed, not graded")
        try session.send("5")
        try session.waitFor("Second question")
        try session.send("q")
        try session.waitForExit()
        #expect(try fixture.exportedReviews().map { $0["grade"] as? Int } == [5])
        try Self.expectDoctorClean(fixture)
    }

    /// Typed characters are keys: a flood without paste brackets acts like a very fast typist.
    static func floodText(seed: UInt64) -> String {
        var random = SeededRandom(seed: seed)
        // No q or Esc, so the flood runs to its end instead of quitting at its first q.
        let keys = Array("0123456789     sujkct?abgG\n")
        return String((0..<pasteBytes).map { _ in keys.randomElement(using: &random) ?? " " })
    }

    @Test func aKeyFloodWithoutBracketsLogsEveryAnswerItCaused() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try JobControlTests.startInShell(fixture)
        try session.waitFor("First question")
        try session.sendLiteral(Self.floodText(seed: 0xF100D))
        try session.waitUntilStill()
        // Overlays close on Esc, the summary and the card quit on it: press it until the shell is back.
        let finished = try session.waitFor("the reviewer to exit") { screen in
            if screen.contains("exit=") { return true }
            _ = try? session.send("Escape")
            return false
        }
        #expect(finished.contains("exit=0"), "\(finished)")
        let match = try #require(finished.firstMatch(of: /Session: (\d+) card\(s\)/), "no session line in\n\(finished)")
        let log = try fixture.exportedReviews()
        #expect(!log.isEmpty, "the flood's digits graded cards")
        #expect(Set(log.compactMap { $0["card"] as? String }).count == Int(match.1), "cards in the log vs the session line")
        try Self.expectDoctorClean(fixture)
    }
}
