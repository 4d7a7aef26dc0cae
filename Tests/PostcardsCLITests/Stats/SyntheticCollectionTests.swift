import Foundation
import PostcardsCore
import PostcardsStore
import Testing
@testable import PostcardsCLI

struct SyntheticCollectionTests {
    static let clock = DayClock(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    static let today = Day(year: 2026, month: 11, day: 27)

    static func collection(seed: UInt64 = 7) -> SyntheticCollection {
        SyntheticCollection(cards: 300, reviews: 3000, days: 365, today: today, seed: seed, clock: clock,
                            now: clock.start(of: today).addingTimeInterval(8 * 3600))
    }

    @Test func logHasExactlyTheAnswersAskedForInTimeOrderAndIsReproducible() {
        let events = Self.collection().events()
        #expect(events.count == 3000)
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.at <= $1.at })
        #expect(events.allSatisfy { $0.day <= Self.today && $0.at < Self.collection().now })
        #expect(Self.collection().events() == events)
        #expect(Self.collection(seed: 8).events() != events)
    }

    @Test func generatedCollectionIsAHealthyDatabase() throws {
        let synthetic = Self.collection()
        let database = try AppDatabase.inMemory()
        try database.importDrafts(synthetic.drafts(), now: Self.clock.start(of: Self.today - 365), clock: Self.clock)
        #expect(try database.bulkAppend(synthetic.events()) == 3000)
        #expect(try database.checkHealth().isHealthy)
        #expect(try database.statsCacheProblems() == [])
        let chapters = try database.statsInput(today: Self.today).chapters
        #expect(chapters.count == 3)
        #expect(chapters.reduce(0) { $0 + $1.total } == 300)
    }
}
