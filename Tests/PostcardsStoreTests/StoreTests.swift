import Foundation
import GRDB
import Testing
@testable import PostcardsCore
@testable import PostcardsStore

struct StoreTests {
    static let clock = DayClock(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    static let now = Date(timeIntervalSince1970: 1_796_112_000) // 2026-12-01T08:00:00Z
    static var today: Day { clock.day(containing: now) }
    static let chapter = Chapter(deck: "Deck", slug: "one", title: "One", order: 1)

    static func draft(_ key: String, front: String? = nil, chapter: Chapter = chapter) -> CardDraft {
        CardDraft(id: CardID(deck: "Deck", key: key), chapter: chapter,
                  content: .basic(front: front ?? "front \(key)", back: "back \(key)"),
                  source: SourceLocation(file: "deck.toml", line: 1))
    }

    static func database(with keys: [String]) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.importDrafts(keys.map { draft($0) }, now: now, clock: clock)
        return database
    }

    func review(_ database: AppDatabase, _ key: String, grade: Int, day: Day = StoreTests.today, kind: ReviewKind = .review) throws -> ReviewEvent {
        let id = CardID(deck: "Deck", key: key)
        let schedule = try database.cardsWithSchedules().first { $0.card.id == id }?.schedule ?? .new
        let after = kind.schedules ? schedule.applying(Grade(grade)!, on: day).state : schedule.state
        let event = ReviewEvent(card: id, at: Self.now, day: day, grade: Grade(grade)!, kind: kind, answerMillis: 1200, after: after)
        try database.record(event)
        return event
    }

    @Test func reimportingUnchangedDraftsChangesNothing() throws {
        let database = try Self.database(with: ["a", "b"])
        let summary = try database.previewImport([Self.draft("a"), Self.draft("b")])
        #expect(summary.added == 0 && summary.updated == 0)
        #expect(summary.unchanged == 2)
        #expect(summary.line == "added 0, updated 0, unchanged 2")
    }

    @Test func editedCardKeepsItsProgress() throws {
        let database = try Self.database(with: ["a"])
        _ = try review(database, "a", grade: 5)
        let edited = [Self.draft("a", front: "reworded")]
        #expect(try database.previewImport(edited).updated == 1)
        try database.importDrafts(edited, now: Self.now, clock: Self.clock)
        let card = try #require(try database.cardsWithSchedules().first)
        #expect(card.card.content.plainFront == "reworded")
        #expect(card.schedule.reviews == 1)
        #expect(card.schedule.due == Self.today + 1)
    }

    @Test func vanishedCardsAreKeptUnlessPruneAndTheirLogStays() throws {
        let database = try Self.database(with: ["a", "b"])
        _ = try review(database, "b", grade: 4)
        let remaining = [Self.draft("a")]
        #expect(try database.previewImport(remaining).vanished == [CardID(deck: "Deck", key: "b")])
        try database.importDrafts(remaining, now: Self.now, clock: Self.clock)
        #expect(try database.cardCount() == 2)
        try database.importDrafts(remaining, prune: true, now: Self.now, clock: Self.clock)
        #expect(try database.cardCount() == 1)
        #expect(try database.allEvents().map(\.card.key) == ["b"])
        #expect(try database.dueQueue(on: Self.today + 30, limits: .init()).map(\.0.id.key) == ["a"])
    }

    @Test func vanishingIsJudgedOnlyWithinImportedChapters() throws {
        let other = Chapter(deck: "Deck", slug: "two", title: "Two", order: 2)
        let database = try AppDatabase.inMemory()
        try database.importDrafts([Self.draft("a"), Self.draft("z", chapter: other)], now: Self.now, clock: Self.clock)
        #expect(try database.previewImport([Self.draft("a")]).vanished.isEmpty)
    }

    @Test func recordWritesLogRowAndStateTogether() throws {
        let database = try Self.database(with: ["a"])
        _ = try review(database, "a", grade: 4)
        let report = try database.checkHealth()
        #expect(report.isHealthy)
        #expect(report.events == 1)
        #expect(try database.dueQueue(on: Self.today, limits: .init()).isEmpty)
        #expect(try database.dueQueue(on: Self.today + 1, limits: .init()).count == 1)
    }

    @Test func undoDeletesTheNewestRowAndRestoresThePreviousState() throws {
        let database = try Self.database(with: ["a"])
        _ = try review(database, "a", grade: 5)
        _ = try review(database, "a", grade: 2, day: Self.today + 1)
        try database.undoLatestAnswer(of: CardID(deck: "Deck", key: "a"))
        let card = try #require(try database.cardsWithSchedules().first)
        #expect(card.schedule == CardSchedule.new.applying(Grade(5)!, on: Self.today))
        try database.undoLatestAnswer(of: CardID(deck: "Deck", key: "a"))
        #expect(try database.cardsWithSchedules().first?.schedule == .new)
        #expect(try database.checkHealth().isHealthy)
    }

    @Test func drillAnswersAreLoggedButLeaveTheStateAlone() throws {
        let database = try Self.database(with: ["a"])
        _ = try review(database, "a", grade: 2)
        _ = try review(database, "a", grade: 5, kind: .drill)
        let card = try #require(try database.cardsWithSchedules().first)
        #expect(card.schedule.state.repetitions == 0)
        #expect(try database.allEvents().map(\.kind) == [.review, .drill])
        #expect(try database.checkHealth().isHealthy)
    }

    @Test func recordRejectsAnAnswerThatDoesNotFollowFromTheStoredState() throws {
        let database = try Self.database(with: ["a"])
        let wrong = ReviewEvent(card: CardID(deck: "Deck", key: "a"), at: Self.now, day: Self.today, grade: Grade(5)!,
                                kind: .review, answerMillis: 0, after: SM2State(repetitions: 9, interval: 99, efHundredths: 250))
        #expect(throws: StoreError.scheduleMismatch(wrong.card)) { try database.record(wrong) }
        #expect(try database.allEvents().isEmpty)
    }

    @Test func doctorFindsAndRebuildsATamperedCache() throws {
        let database = try Self.database(with: ["a", "b"])
        _ = try review(database, "a", grade: 4)
        try database.writer.write { try $0.execute(sql: "UPDATE card_state SET interval = 42") }
        #expect(try database.checkHealth().cacheMismatches == [CardID(deck: "Deck", key: "a")])
        try database.rebuildStates()
        #expect(try database.checkHealth().isHealthy)
    }

    @Test func newCardsFollowChapterOrderThenFileOrder() throws {
        let second = Chapter(deck: "Deck", slug: "two", title: "Two", order: 2)
        let database = try AppDatabase.inMemory()
        let drafts = [Self.draft("z", chapter: second), Self.draft("y", chapter: second), Self.draft("b"), Self.draft("a")]
        try database.importDrafts(drafts, now: Self.now, clock: Self.clock)
        let queue = try database.dueQueue(on: Self.today, limits: .init(newPerDay: 3))
        #expect(queue.map(\.0.id.key) == ["b", "a", "z"])
        let chapterOnly = try database.dueQueue(on: Self.today, limits: .init(), chapters: ["two"])
        #expect(chapterOnly.map(\.0.id.key) == ["z", "y"])
    }

    @Test func unchangedCardsThatMovedInTheirFileTakeTheirNewPlace() throws {
        let database = try Self.database(with: ["a", "b", "c"])
        let reordered = [Self.draft("c"), Self.draft("a"), Self.draft("b")]
        #expect(try database.previewImport(reordered).unchanged == 3)
        try database.importDrafts(reordered, now: Self.now, clock: Self.clock)
        #expect(try database.dueQueue(on: Self.today, limits: .init()).map(\.0.id.key) == ["c", "a", "b"])
    }

    @Test func newCardQueryWalksChaptersInCourseOrderInsteadOfSortingEveryCard() throws {
        let database = try Self.database(with: ["a", "b"])
        let plan = try database.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AppDatabase.newCardsSQL(""), arguments: [20])
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("chapter_order") })
        #expect(plan.contains { $0.contains("card_live_order") })
        // Neither a sort of every card nor one of each chapter position's cards
        // ("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"), which reads a whole position
        // before the first new card.
        #expect(!plan.contains { $0.contains("TEMP B-TREE") })
    }

    @Test func newCardsIntroducedEarlierTodayCountAgainstTheDailyLimit() throws {
        let database = try Self.database(with: ["a", "b", "c"])
        _ = try review(database, "a", grade: 5)
        let queue = try database.dueQueue(on: Self.today, limits: .init(newPerDay: 2))
        #expect(queue.map(\.0.id.key) == ["b"])
    }

    @Test func historyIsMergedOnceAndFirstAnswerOfADaySchedules() throws {
        let database = try AppDatabase.inMemory()
        var draft = Self.draft("a")
        let start = Self.now
        draft.history = [
            HistoricAnswer(at: start, grade: Grade(1)!, answerMillis: 900),
            HistoricAnswer(at: start.addingTimeInterval(600), grade: Grade(4)!, answerMillis: 800),
            HistoricAnswer(at: start.addingTimeInterval(86_400), grade: Grade(4)!, answerMillis: 700),
        ]
        let added = try database.importDrafts([draft], now: Self.now, clock: Self.clock).addedAnswers
        #expect(added == 3)
        #expect(try database.allEvents().map(\.kind) == [.import, .drill, .import])
        let again = try database.importDrafts([draft], now: Self.now, clock: Self.clock).addedAnswers
        #expect(again == 0)
        #expect(try database.allEvents().count == 3)
        #expect(try database.checkHealth().isHealthy)
    }
}
