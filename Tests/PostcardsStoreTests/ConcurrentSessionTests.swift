import Foundation
import GRDB
import Testing
@testable import PostcardsCore
@testable import PostcardsStore

/// Two sessions on one collection, each with a queue built before the other answered.
@Suite struct ConcurrentSessionTests {
    static let card = CardID(deck: "Deck", key: "a")

    /// The event a session that loaded the card as new would produce.
    static func staleAnswer(_ grade: Int, minute: Int) -> ReviewEvent {
        let grade = Grade(grade)!
        return ReviewEvent(
            card: card, at: StoreTests.now.addingTimeInterval(Double(minute) * 60), day: StoreTests.today,
            grade: grade, kind: .review, answerMillis: 1000,
            after: CardSchedule.new.applying(grade, on: StoreTests.today).state)
    }

    @Test func aSecondSchedulingAnswerOnTheSameDayIsLoggedAsDrillAndLeavesTheScheduleAlone() throws {
        let database = try StoreTests.database(with: ["a"])
        let first = try database.record(Self.staleAnswer(5, minute: 0))
        let second = try database.record(Self.staleAnswer(2, minute: 1))
        #expect(first.kind == .review)
        #expect(second.kind == .drill)
        #expect(second.after == first.after)
        let schedule = try #require(try database.cardsWithSchedules().first?.schedule)
        #expect(schedule == CardSchedule.new.applying(Grade(5)!, on: StoreTests.today))
        #expect(try database.allEvents().map(\.kind) == [.review, .drill])
        #expect(try database.checkHealth().isHealthy)
    }

    @Test func aReDrillFromAStaleSessionIsLoggedAgainstTheStoredState() throws {
        let database = try StoreTests.database(with: ["a"])
        try database.record(Self.staleAnswer(5, minute: 0))
        // The other session graded it 3 (logged as drill) and re-drills it with its own stale state.
        var drill = Self.staleAnswer(4, minute: 2)
        drill.kind = .drill
        drill.after = CardSchedule.new.applying(Grade(3)!, on: StoreTests.today).state
        let logged = try database.record(drill)
        #expect(logged.after == CardSchedule.new.applying(Grade(5)!, on: StoreTests.today).state)
        #expect(try database.checkHealth().isHealthy)
    }

    @Test func undoIsRefusedOnceAnotherSessionHasAnsweredTheCardSince() throws {
        let database = try StoreTests.database(with: ["a"])
        let mine = try database.record(Self.staleAnswer(4, minute: 0))
        let theirs = try database.record(Self.staleAnswer(1, minute: 1))
        #expect(try database.undo(mine) == false)
        #expect(try database.allEvents().map(\.grade.value) == [4, 1])
        #expect(try database.undo(theirs) == true)
        #expect(try database.undo(mine) == true)
        #expect(try database.allEvents().isEmpty)
        #expect(try database.cardsWithSchedules().first?.schedule == .new)
        #expect(try database.checkHealth().isHealthy)
    }

    @Test func twoConnectionsImportingTheSameDeckAtOnceBothSucceed() async throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "postcards-race-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appending(path: "c.sqlite3").path
        let drafts = (0..<200).map { StoreTests.draft("card\($0)") }
        let first = try AppDatabase.open(at: path), second = try AppDatabase.open(at: path)
        async let one = Task.detached { try first.importDrafts(drafts, now: StoreTests.now, clock: StoreTests.clock) }.value
        async let two = Task.detached { try second.importDrafts(drafts, now: StoreTests.now, clock: StoreTests.clock) }.value
        let summaries = try await [one, two]
        #expect(summaries.map(\.added).sorted() == [0, 200])
        #expect(try first.cardCount() == 200)
    }
}
