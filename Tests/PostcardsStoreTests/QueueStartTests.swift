import Foundation
import GRDB
import PostcardsCore
import Testing
@testable import PostcardsStore

/// `queueStart` names the card `dueQueue` puts first, and the queue's length, or declines.
struct QueueStartTests {
    static let today = Day(ordinal: 20_000)

    /// Cards in two decks and chapters; `due` maps a key to its due day offset from today
    /// (cards not in it are new); `pruned` are removed from the deck afterwards.
    static func collection(due: [String: Int], pruned: Set<String> = [], cards: Int = 12) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.writer.write { db in
            for (position, chapter) in [("b", "one"), ("a", "two")].enumerated() {
                try db.execute(sql: "INSERT INTO chapter (deck, slug, title, position) VALUES (?, ?, ?, ?)",
                               arguments: [chapter.0, chapter.1, chapter.1, position])
            }
            for index in 0..<cards {
                let deck = index % 2 == 0 ? "b" : "a"
                let key = "k\(String(format: "%02d", (cards - index) % cards))"
                try db.execute(
                    sql: """
                        INSERT INTO card (deck, key, chapter, kind, front, back, position, added_at, pruned)
                        VALUES (?, ?, ?, 'basic', ?, 'back', ?, 0, ?)
                        """,
                    arguments: [deck, key, deck == "b" ? "one" : "two", "front \(deck)/\(key)", index, pruned.contains("\(deck)/\(key)")])
                if let offset = due["\(deck)/\(key)"] {
                    let day = today.ordinal + offset
                    try db.execute(
                        sql: """
                            INSERT INTO card_state (card_id, repetitions, interval, ef, due, lapses, reviews, last_review)
                            VALUES (?, 1, 1, 250, ?, 0, 1, ?)
                            """,
                        arguments: [db.lastInsertedRowID, day, day - 1])
                }
            }
        }
        return database
    }

    static func expectSameStart(_ database: AppDatabase, limits: DailyQueue.Limits = .init()) throws {
        let eager = try database.dueQueue(on: today, limits: limits)
        let start = try #require(try database.queueStart(on: today, limits: limits, buried: []))
        #expect(start.card == eager.first?.0)
        #expect(start.schedule == eager.first?.1)
        #expect(start.total == eager.count)
    }

    @Test func tiesOnTheMostOverdueDayGoByDeckThenKey() throws {
        // b/k00, a/k11, b/k10 … : several cards due on the earliest day, in both decks.
        let database = try Self.collection(due: ["b/k00": -3, "a/k11": -3, "b/k10": -3, "a/k09": -1, "b/k08": 0, "a/k07": 2])
        try Self.expectSameStart(database)
        #expect(try database.queueStart(on: Self.today, limits: .init(), buried: [])?.card.id == CardID(deck: "a", key: "k11"))
    }

    @Test func aPrunedCardIsNeitherFirstNorCounted() throws {
        let database = try Self.collection(due: ["a/k11": -5, "b/k10": -4, "a/k09": -4], pruned: ["a/k11", "b/k06"])
        try Self.expectSameStart(database)
        #expect(try database.queueStart(on: Self.today, limits: .init(), buried: [])?.card.id == CardID(deck: "a", key: "k09"))
    }

    @Test func withNothingDueTheFirstNewCardInCourseOrderLeads() throws {
        let database = try Self.collection(due: ["b/k10": 3])
        try Self.expectSameStart(database, limits: .init(newPerDay: 4))
    }

    @Test func theNewCardLimitCountsTowardsTheTotal() throws {
        let database = try Self.collection(due: ["b/k10": -1, "a/k09": 0])
        try Self.expectSameStart(database, limits: .init(newPerDay: 3))
        try Self.expectSameStart(database, limits: .init(newPerDay: 0))
    }

    @Test func aReviewCapBelowTheDueCountOrABurialDeclines() throws {
        let database = try Self.collection(due: ["b/k10": -1, "a/k09": 0, "b/k08": 0])
        #expect(try database.queueStart(on: Self.today, limits: .init(reviewsPerDay: 2), buried: []) == nil)
        try Self.expectSameStart(database, limits: .init(reviewsPerDay: 3))
        #expect(try database.queueStart(on: Self.today, limits: .init(), buried: [CardID(deck: "b", key: "k10")]) == nil)
    }

    @Test func anEmptyQueueDeclines() throws {
        let database = try Self.collection(due: ["b/k10": 2])
        #expect(try database.queueStart(on: Self.today, limits: .init(newPerDay: 0), buried: []) == nil)
        #expect(try database.dueQueue(on: Self.today, limits: .init(newPerDay: 0)).isEmpty)
    }

    @Test(arguments: 0..<20)
    func randomCollectionsStartAsTheFullQueueDoes(seed: Int) throws {
        var generator = SeededRandom(seed: UInt64(seed))
        var due: [String: Int] = [:]
        var pruned: Set<String> = []
        for index in 0..<30 {
            let deck = index % 2 == 0 ? "b" : "a"
            let key = "\(deck)/k\(String(format: "%02d", (30 - index) % 30))"
            if generator.next() % 3 != 0 { due[key] = Int(generator.next() % 7) - 4 }
            if generator.next() % 8 == 0 { pruned.insert(key) }
        }
        let database = try Self.collection(due: due, pruned: pruned, cards: 30)
        let newPerDay = Int(generator.next() % 4)
        let eager = try database.dueQueue(on: Self.today, limits: .init(newPerDay: newPerDay))
        let start = try database.queueStart(on: Self.today, limits: .init(newPerDay: newPerDay), buried: [])
        #expect(start?.card == eager.first?.0)
        #expect(start.map(\.total) == (eager.isEmpty ? nil : eager.count))
    }
}
