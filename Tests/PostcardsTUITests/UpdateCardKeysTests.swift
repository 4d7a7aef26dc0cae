import Foundation
import PostcardsCore
import Testing
@testable import PostcardsTUI

/// Keys on a card: reveal, grade, skip, undo, quit.
struct UpdateCardKeysTests {
    @Test(arguments: [Key.space, Key.enter])
    func spaceOrEnterRevealsTheAnswerWithoutAnyEffect(key: Key) {
        var driver = Driver(Fixtures.model())
        #expect(driver.press(key).isEmpty)
        #expect(driver.model.revealed)
        #expect(driver.currentKey == "dpo-loss")
    }

    @Test func gradeBeforeRevealIsRefusedWithANotice() {
        var driver = Driver(Fixtures.model())
        #expect(driver.type("4").isEmpty)
        #expect(driver.model.session.answers.isEmpty)
        #expect(driver.model.status?.contains("Show the answer first") == true)
    }

    @Test(arguments: Grade.all)
    func eachGradeAfterRevealRecordsOneReviewAndShowsTheNextCardHidden(grade: Grade) throws {
        var driver = Driver(Fixtures.model())
        driver.press(.space, after: 2)
        let effects = driver.type("\(grade.value)", after: 3)
        let event = try #require(effects.first.flatMap { effect -> ReviewEvent? in
            if case let .record(event) = effect { return event }
            return nil
        })
        #expect(effects.count == 1)
        #expect(event.grade == grade)
        #expect(event.kind == .review)
        #expect(event.card.key == "dpo-loss")
        #expect(event.after == SM2.next(Fixtures.seasoned.state, grade: grade))
        #expect(event.answerMillis == 5000, "timed from when the card appeared")
        #expect(event.day == Fixtures.today)
        #expect(driver.currentKey == "kl-penalty")
        #expect(!driver.model.revealed)
    }

    @Test func gradeBelowFourRequeuesTheCardAsARedrillLoggedAsDrill() throws {
        var driver = Driver(Fixtures.model([(Fixtures.sft, .new)]))
        driver.press(.space)
        driver.type("2")
        #expect(driver.model.session.current?.isRedrill == true)
        driver.press(.space)
        let effects = driver.type("4")
        guard case let .record(drill)? = effects.first else { Issue.record("no record effect"); return }
        #expect(drill.kind == .drill)
        #expect(effects.last == .loadSummaryFacts)
    }

    @Test func cramAnswersAreLoggedAsCram() {
        var driver = Driver(Fixtures.model([(Fixtures.kl, Fixtures.seasoned)], mode: .cram))
        driver.press(.space)
        guard case let .record(event)? = driver.type("5").first else { Issue.record("no record effect"); return }
        #expect(event.kind == .cram)
        #expect(event.after == Fixtures.seasoned.state)
    }

    @Test func lastAnswerEndsInTheSummaryAndAsksForItsFacts() {
        var driver = Driver(Fixtures.model([(Fixtures.sft, .new)]))
        driver.press(.space)
        let effects = driver.type("5")
        #expect(effects.count == 2)
        #expect(effects.last == .loadSummaryFacts)
        #expect(driver.model.phase == .summary)
        #expect(driver.press(.enter) == [.quit])
    }

    @Test func skipBuriesTheCardUntilTomorrowWithoutLoggingAnAnswer() {
        var driver = Driver(Fixtures.model())
        #expect(driver.type("s") == [.bury(Fixtures.dpo.id)])
        #expect(driver.currentKey == "kl-penalty")
        #expect(driver.model.session.skipped.map(\.key) == ["dpo-loss"])
        #expect(driver.model.status?.contains("Skipped dpo-loss") == true)
    }

    @Test(arguments: [Key.character("q"), Key.escape])
    func quitNeedsNoConfirmation(key: Key) {
        var driver = Driver(Fixtures.model())
        driver.press(.space)
        #expect(driver.press(key) == [.quit])
    }

    @Test func unknownKeysChangeNothing() {
        var driver = Driver(Fixtures.model())
        #expect(driver.type("xz9").isEmpty)
        #expect(driver.press(.left, .tab, .other).isEmpty)
        #expect(driver.currentKey == "dpo-loss")
        #expect(!driver.model.revealed)
    }

    @Test func tickMovesTheClockThatTimesTheSession() {
        var driver = Driver(Fixtures.model())
        driver.send(.tick(Fixtures.at(90)))
        #expect(driver.model.now == Fixtures.at(90))
        driver.send(.tick(Fixtures.at(10)))
        #expect(driver.model.now == Fixtures.at(90), "the clock never runs backwards")
    }

    @Test func timeLeftComesFromTheMedianSecondsPerCard() {
        let model = Fixtures.model(median: 40)
        #expect(HeaderView.minutesLeft(model) == "~2 min", "3 cards × 40 s")
        var fresh = Driver(Fixtures.model(median: nil))
        #expect(HeaderView.minutesLeft(fresh.model) == nil)
        fresh.press(.space, after: 30)
        fresh.type("5", after: 30)
        #expect(HeaderView.minutesLeft(fresh.model) == "~2 min", "2 cards left × this session's 60 s")
    }
}
