import Foundation
import PostcardsCore
import Testing
@testable import PostcardsTUI

/// A paste is text, not keys: the review screen has no field for it, so it changes nothing
/// but the status line.
struct UpdatePasteTests {
    /// Every key the reviewer acts on, several times over.
    static let keysAsText = String(repeating: "5 3 s u q c t ?\n", count: 64)

    @Test(arguments: [false, true])
    func aPasteGradesNothingRevealsNothingAndQuitsNothing(revealed: Bool) {
        var driver = Driver(Fixtures.model())
        if revealed { driver.press(.space) }
        let before = driver.model
        #expect(driver.send(.paste(Self.keysAsText)).isEmpty)
        #expect(driver.model.revealed == revealed)
        #expect(driver.currentKey == before.session.current?.card.id.key)
        #expect(driver.model.session.answers.isEmpty)
        #expect(driver.model.overlay == nil)
        #expect(driver.model.status == "Ignored a paste of \(Self.keysAsText.count) characters: grade and move with keys.")
    }

    @Test func theIgnoredPasteNoticeShowsOnTheCardAndClearsWithTheNextKey() {
        var driver = Driver(Fixtures.model())
        driver.send(.paste("x"))
        #expect(driver.screen.text.contains("Ignored a paste of 1 character: grade and move with keys."))
        driver.press(.space)
        #expect(driver.model.status == nil)
        #expect(!driver.screen.text.contains("Ignored a paste"))
    }

    @Test func aPasteOnATooSmallTerminalLeavesItsNoticeAlone() {
        var driver = Driver(Fixtures.model(size: TerminalSize(width: 20, height: 6)))
        #expect(driver.send(.paste(Self.keysAsText)).isEmpty)
        #expect(driver.model.status == nil)
        #expect(driver.screen.text.contains("terminal too small"))
    }

    @Test func aPasteInsideAnOverlayLeavesTheOverlayOpen() {
        var driver = Driver(Fixtures.model())
        driver.type("?")
        #expect(driver.send(.paste(Self.keysAsText)).isEmpty)
        #expect(driver.model.overlay == .help(scroll: 0))
    }
}
