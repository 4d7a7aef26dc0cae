import Foundation
import Testing
@testable import PostcardsCore

struct ReviewSessionTests {
    static let today = Day(year: 2026, month: 12, day: 1)
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    static func card(_ key: String) -> Card {
        Card(id: CardID(deck: "d", key: key), chapter: "c", content: .basic(front: key, back: key.uppercased()))
    }

    static func session(_ keys: [String], mode: ReviewSession.Mode = .scheduled) -> ReviewSession {
        ReviewSession(mode: mode, cards: keys.map { (card($0), CardSchedule.new) }, today: today)
    }

    func answer(_ session: inout ReviewSession, _ value: Int) -> ReviewEvent? {
        session.answer(Grade(value)!, at: Self.now, day: Self.today, answerMillis: 1000)
    }

    @Test func cardGradedBelowFourComesBackAtTheEndUntilGradedFourOrFive() throws {
        var session = Self.session(["a", "b"])
        _ = answer(&session, 3)
        #expect(session.queue.map(\.card.id.key) == ["b", "a"])
        #expect(session.queue.last?.isRedrill == true)
        _ = answer(&session, 5)
        _ = answer(&session, 2)
        #expect(session.queue.map(\.card.id.key) == ["a"])
        _ = answer(&session, 4)
        #expect(session.isFinished)
    }

    @Test func redrillAnswersAreLoggedAsDrillAndDoNotChangeTheSchedule() throws {
        var session = Self.session(["a"])
        let first = try #require(answer(&session, 1))
        #expect(first.kind == .review)
        #expect(first.after == SM2.next(.new, grade: Grade(1)!))
        let drill = try #require(answer(&session, 5))
        #expect(drill.kind == .drill)
        #expect(drill.after == first.after)
        #expect(Replay.schedule(of: [first, drill]) == CardSchedule.new.applying(Grade(1)!, on: Self.today))
    }

    @Test func cardAlreadyReviewedTodayInAnEarlierSessionIsDrill() throws {
        var session = ReviewSession(mode: .scheduled, cards: [(Self.card("a"), .new)], today: Self.today,
                                    alreadyReviewed: [CardID(deck: "d", key: "a")])
        #expect(answer(&session, 4)?.kind == .drill)
    }

    @Test func cramAnswersNeverSchedule() throws {
        var session = Self.session(["a"], mode: .cram)
        let event = try #require(answer(&session, 5))
        #expect(event.kind == .cram)
        #expect(event.after == SM2State.new)
    }

    @Test func undoRestoresQueueAndReturnsTheAnswerToDelete() throws {
        var session = Self.session(["a", "b"])
        let event = try #require(answer(&session, 2))
        #expect(session.undo() == .answer(event))
        #expect(session.queue.map(\.card.id.key) == ["a", "b"])
        #expect(session.answers.isEmpty)
        // After undo the card's next answer is again the scheduling one.
        #expect(answer(&session, 4)?.kind == .review)
    }

    @Test func undoIsUnlimitedWithinTheSession() throws {
        var session = Self.session(["a", "b", "c"])
        _ = answer(&session, 4)
        session.skip()
        _ = answer(&session, 1)
        #expect(session.undo() != nil)
        #expect(session.undo() == .skip(CardID(deck: "d", key: "b")))
        #expect(session.undo() != nil)
        #expect(session.undo() == nil)
        #expect(session.queue.count == 3)
    }

    @Test func skipBuriesTheCardForTheSession() {
        var session = Self.session(["a", "b"])
        session.skip()
        #expect(session.queue.map(\.card.id.key) == ["b"])
        #expect(session.skipped == [CardID(deck: "d", key: "a")])
    }

    @Test func outcomesOfADrillLeaveTheStateUnchanged() {
        var session = Self.session(["a"])
        _ = answer(&session, 0)
        let outcomes = session.outcomes(on: Self.today)
        #expect(Set(outcomes.values) == [SM2.next(.new, grade: Grade(0)!)])
    }

    @Test func remainingCountsDueNewAndRedrill() {
        let due = CardSchedule.new.applying(Grade(4)!, on: Self.today - 1)
        var session = ReviewSession(mode: .scheduled, cards: [(Self.card("a"), due), (Self.card("b"), .new)], today: Self.today)
        #expect(session.remaining == (1, 1, 0))
        _ = answer(&session, 2)
        #expect(session.remaining == (0, 1, 1))
    }
}
