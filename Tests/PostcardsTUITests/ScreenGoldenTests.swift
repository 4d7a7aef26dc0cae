import Foundation
import PostcardsCore
import Testing
@testable import PostcardsTUI

/// Every state of the review screen, as text, at the standard and the smallest size.
struct ScreenGoldenTests {
    static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 40, height: 10)]

    static func driver(_ size: TerminalSize, cards: [(Card, CardSchedule)]? = nil) -> Driver {
        var model = cards.map { Fixtures.model($0, size: size) } ?? Fixtures.model(size: size)
        model.size = size
        return Driver(model)
    }

    @Test(arguments: sizes) func cardFrontShowsHeaderQuestionAndKeyHints(size: TerminalSize) throws {
        try Golden.check(Self.driver(size).screen, "front-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func revealedCardShowsAnswerUnderRuleAndGradesWithIntervals(size: TerminalSize) throws {
        var driver = Self.driver(size)
        driver.press(.space)
        try Golden.check(driver.screen, "revealed-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func clozeFrontHidesItsDeletion(size: TerminalSize) throws {
        let driver = Self.driver(size, cards: [(Fixtures.clip, .new)])
        try Golden.check(driver.screen, "cloze-front-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func clozeRevealShowsFullTextAndExtra(size: TerminalSize) throws {
        var driver = Self.driver(size, cards: [(Fixtures.clip, .new)])
        driver.press(.enter)
        try Golden.check(driver.screen, "cloze-revealed-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func helpListsEveryKeyAndGrade(size: TerminalSize) throws {
        var driver = Self.driver(size)
        driver.type("?")
        try Golden.check(driver.screen, "help-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func chapterPickerShowsTicksAndCursor(size: TerminalSize) throws {
        var driver = Self.driver(size)
        driver.type("c")
        driver.press(.down, .space)
        try Golden.check(driver.screen, "chapters-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func summaryReportsTheSessionAndWhatIsDue(size: TerminalSize) throws {
        var driver = Self.driver(size, cards: [(Fixtures.dpo, Fixtures.seasoned), (Fixtures.sft, .new)])
        driver.press(.space)
        driver.type("5", after: 20)
        driver.press(.space)
        driver.type("2", after: 30)
        driver.press(.space)
        driver.type("4")
        driver.send(.summaryFacts(SummaryFacts(dueTomorrow: 3, dueNextSevenDays: 17, streakDays: 4)))
        #expect(driver.model.phase == .summary)
        try Golden.check(driver.screen, "summary-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func emptyQueueSaysWhenTheNextCardIsDueAndOffersCram(size: TerminalSize) throws {
        let driver = Self.driver(size, cards: [])
        #expect(driver.model.phase == .emptyQueue)
        try Golden.check(driver.screen, "empty-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func statisticsOverlayShowsTheSuppliedLines(size: TerminalSize) throws {
        var driver = Self.driver(size)
        driver.type("t")
        driver.send(.statsLoaded((1...30).map { Line("statistics line \($0)") }))
        driver.type("j")
        try Golden.check(driver.screen, "stats-\(size.width)x\(size.height)")
    }

    @Test(arguments: [TerminalSize(width: 39, height: 10), TerminalSize(width: 80, height: 9), TerminalSize(width: 30, height: 8)])
    func belowFortyByTenOnlyATooSmallNoticeShows(size: TerminalSize) throws {
        var driver = Self.driver(size)
        driver.send(.resize(size))
        try Golden.check(driver.screen, "too-small-\(size.width)x\(size.height)")
    }

    @Test func redrillAndCramAreMarkedAndGradesShowNoInterval() throws {
        var driver = Self.driver(Self.sizes[0], cards: [(Fixtures.sft, .new)])
        driver.press(.space)
        driver.type("1")
        driver.press(.space)
        try Golden.check(driver.screen, "redrill-80x24")
        var cram = Driver(Fixtures.model([(Fixtures.kl, Fixtures.seasoned)], mode: .cram))
        cram.press(.space)
        try Golden.check(cram.screen, "cram-revealed-80x24")
    }

    @Test func noticeAppearsAboveTheFooterForOneKey() throws {
        var driver = Self.driver(Self.sizes[0])
        driver.type("3")
        try Golden.check(driver.screen, "notice-80x24")
        driver.type("x")
        #expect(!driver.screen.text.contains("Show the answer first"))
    }
}
