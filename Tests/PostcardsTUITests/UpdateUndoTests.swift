import Foundation
import PostcardsCore
import Testing
@testable import PostcardsTUI

/// Undo: unlimited within the session, from any reveal state, and from the summary.
struct UpdateUndoTests {
    static func recorded(_ effects: [Effect]) -> ReviewEvent? {
        effects.compactMap { effect -> ReviewEvent? in
            if case let .record(event) = effect { return event }
            return nil
        }.first
    }

    @Test(arguments: [false, true])
    func undoTakesBackTheLastAnswerWhetherOrNotTheNextCardIsRevealed(revealNext: Bool) throws {
        var driver = Driver(Fixtures.model())
        driver.press(.space)
        let event = try #require(Self.recorded(driver.type("3")))
        if revealNext { driver.press(.space) }
        #expect(driver.type("u") == [.undo(event)])
        #expect(driver.currentKey == "dpo-loss")
        #expect(!driver.model.revealed, "the card returns to its question")
        #expect(driver.model.session.answers.isEmpty)
        #expect(driver.model.session.queue.count == 3)
    }

    @Test func undoIsUnlimitedAndWalksBackInOrder() throws {
        var driver = Driver(Fixtures.model())
        var events: [ReviewEvent] = []
        for grade in ["4", "2", "5"] {
            driver.press(.space)
            events.append(try #require(Self.recorded(driver.type(grade))))
        }
        #expect(driver.type("u") == [.undo(events[2])])
        #expect(driver.type("u") == [.undo(events[1])])
        #expect(driver.type("u") == [.undo(events[0])])
        #expect(driver.type("u").isEmpty)
        #expect(driver.model.status == "Nothing to undo.")
        #expect(driver.currentKey == "dpo-loss")
    }

    @Test func undoOfASkipUnburiesTheCardWithoutTouchingTheLog() {
        var driver = Driver(Fixtures.model())
        driver.type("s")
        #expect(driver.type("u") == [.unbury(Fixtures.dpo.id)])
        #expect(driver.currentKey == "dpo-loss")
        #expect(driver.model.session.skipped.isEmpty)
    }

    @Test func undoFromTheSummaryReturnsToTheLastCard() throws {
        var driver = Driver(Fixtures.model([(Fixtures.sft, .new)]))
        driver.press(.space)
        let event = try #require(Self.recorded(driver.type("5")))
        driver.send(.summaryFacts(SummaryFacts(dueTomorrow: 1, dueNextSevenDays: 2, streakDays: 3)))
        #expect(driver.type("u") == [.undo(event)])
        #expect(driver.model.phase == .card)
        #expect(driver.model.summaryFacts == nil, "the figures are stale once an answer is taken back")
    }

    @Test func answerTimeOfARedoneCardStartsWhenItCameBack() throws {
        var driver = Driver(Fixtures.model())
        driver.press(.space)
        driver.type("4")
        driver.type("u", after: 10)
        driver.press(.space, after: 2)
        let event = try #require(Self.recorded(driver.type("5", after: 3)))
        #expect(event.answerMillis == 5000)
    }
}
