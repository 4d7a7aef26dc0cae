import Foundation
import PostcardsCore
import Testing
@testable import PostcardsTUI

/// Overlays, resizing and queue changes.
struct UpdateScreenTests {
    @Test func resizeMidCardKeepsTheCardItsRevealAndTheSession() {
        var driver = Driver(Fixtures.model())
        driver.press(.space)
        driver.type("4")
        driver.press(.space)
        for size in [TerminalSize(width: 120, height: 40), TerminalSize(width: 30, height: 8), TerminalSize(width: 80, height: 24)] {
            #expect(driver.send(.resize(size)).isEmpty)
            #expect(driver.model.size == size)
            #expect(driver.model.revealed)
            #expect(driver.currentKey == "kl-penalty")
            #expect(driver.model.session.answers.count == 1)
        }
        #expect(driver.screen.text.contains("KL(π‖π_ref) 日本語"))
    }

    @Test func aCardTallerThanTheWindowOpensAtItsAnswerAndScrollsWithJAndK() throws {
        var driver = Driver(Fixtures.model(size: TerminalSize(width: 40, height: 10)))
        driver.press(.space)
        #expect(driver.screen.text.contains("── answer"))
        #expect(!driver.screen.text.contains("What loss does DPO"))
        driver.type("kkkk")
        #expect(driver.model.cardScroll == -3, "stops at the first line")
        #expect(driver.screen.text.contains("What loss does DPO"))
        driver.press(.down, .down, .down, .down, .down, .down)
        #expect(driver.model.cardScroll == 2, "stops once the last line shows")
        try Golden.check(driver.screen, "scrolled-40x10")
        driver.type("4")
        #expect(driver.model.cardScroll == 0, "the next card starts at its top")
    }

    @Test func onATooSmallTerminalOnlyQuitWorks() {
        var driver = Driver(Fixtures.model())
        driver.send(.resize(TerminalSize(width: 30, height: 8)))
        #expect(driver.press(.space).isEmpty)
        #expect(!driver.model.revealed)
        #expect(driver.type("?").isEmpty)
        #expect(driver.model.overlay == nil)
        #expect(driver.type("q") == [.quit])
        #expect(driver.screen.text.contains("terminal too small"))
        driver.send(.resize(TerminalSize(width: 39, height: 24)))
        #expect(driver.screen.text.contains("terminal too small (need 40×10)"))
    }

    @Test func helpOpensWithQuestionMarkScrollsWithJAndClosesOnAnyOtherKey() {
        var driver = Driver(Fixtures.model(size: TerminalSize(width: 40, height: 10)))
        driver.type("?")
        #expect(driver.model.overlay == .help(scroll: 0))
        driver.type("jj")
        driver.press(.down)
        #expect(driver.model.overlay == .help(scroll: 3))
        driver.press(.up)
        #expect(driver.model.overlay == .help(scroll: 2))
        #expect(driver.type("q").isEmpty, "q closes help rather than quitting")
        #expect(driver.model.overlay == nil)
        #expect(driver.currentKey == "dpo-loss")
    }

    @Test func chapterPickerMovesWithArrowsAndVimKeysTogglesWithSpaceAndAppliesWithEnter() {
        var driver = Driver(Fixtures.model())
        driver.type("c")
        driver.type("jj")
        driver.press(.up)
        driver.press(.space)
        driver.press(.down)
        driver.press(.space)
        #expect(driver.model.overlay == .chapterPicker(ChapterPicker(cursor: 2, selected: ["rl-algorithms", "evaluation"])))
        driver.type("k")
        driver.press(.space)
        #expect(driver.press(.enter) == [.changeChapters(["evaluation"])])
        #expect(driver.model.overlay == nil)
    }

    @Test func chapterPickerCancelsWithEscapeAndAppliesNothingWhenUnchanged() {
        var driver = Driver(Fixtures.model())
        driver.type("c")
        driver.press(.space)
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.model.overlay == nil)
        #expect(driver.model.selectedChapters.isEmpty)
        driver.type("c")
        #expect(driver.press(.enter).isEmpty)
    }

    @Test func tickingEveryChapterMeansNoRestriction() {
        var driver = Driver(Fixtures.model())
        driver.type("c")
        driver.type("a")
        #expect(driver.model.overlay == .chapterPicker(ChapterPicker(selected: ["overview", "rl-algorithms", "evaluation"])))
        #expect(driver.press(.enter).isEmpty)
    }

    @Test func loadedQueueReplacesTheSessionAndTheSummaryKeepsEarlierAnswers() {
        var driver = Driver(Fixtures.model())
        driver.press(.space)
        driver.type("5")
        let replacement = Fixtures.session([(Fixtures.sft, .new)])
        #expect(driver.send(.sessionLoaded(replacement, chapters: ["overview"], nextDue: nil, at: Fixtures.at(60))).isEmpty)
        #expect(driver.currentKey == "sft-what")
        #expect(driver.model.selectedChapters == ["overview"])
        driver.press(.space)
        driver.type("4")
        #expect(driver.model.summary.cards == 2)
        #expect(driver.model.summary.newLearned == 1)
    }

    @Test func anEmptyLoadedQueueAfterWorkGoesToTheSummary() {
        var driver = Driver(Fixtures.model())
        driver.press(.space)
        driver.type("5")
        let effects = driver.send(.sessionLoaded(Fixtures.session([]), chapters: ["overview"], nextDue: nil, at: Fixtures.at(60)))
        #expect(effects == [.loadSummaryFacts])
        #expect(driver.model.phase == .summary)
    }

    @Test func enterOnTheEmptyQueueStartsCramOverTheChosenChapters() {
        var driver = Driver(Fixtures.model([]))
        driver.type("c")
        driver.press(.space)
        #expect(driver.press(.enter) == [.changeChapters(["overview"])])
        driver.send(.sessionLoaded(Fixtures.session([]), chapters: ["overview"], nextDue: nil, at: Fixtures.at(5)))
        #expect(driver.model.phase == .emptyQueue)
        #expect(driver.press(.enter) == [.startCram(chapters: ["overview"])])
    }

    @Test func statisticsAskTheRunnerScrollAndClose() {
        var driver = Driver(Fixtures.model(size: TerminalSize(width: 40, height: 10)))
        #expect(driver.type("t") == [.loadStats])
        driver.send(.statsLoaded((1...20).map { Line("row \($0)") }))
        driver.press(.pageDown)
        #expect(driver.model.overlay == .stats(ScrollPanel(lines: (1...20).map { Line("row \($0)") }, offset: 6)))
        driver.press(.end)
        driver.send(.resize(TerminalSize(width: 80, height: 24)))
        #expect(driver.model.overlay == .stats(ScrollPanel(lines: (1...20).map { Line("row \($0)") }, offset: 0)),
                "a taller window needs no scrolling")
        driver.type("t")
        #expect(driver.model.overlay == nil)
    }

    @Test func statsArrivingAfterTheOverlayClosedAreIgnored() {
        var driver = Driver(Fixtures.model())
        driver.type("t")
        driver.press(.escape)
        driver.send(.statsLoaded([Line("late")]))
        #expect(driver.model.overlay == nil)
    }
}
