import Foundation
import PostcardsCore
@testable import PostcardsStore

/// A small collection with a hand-written log whose every figure is worked out in the tests.
/// Deck "d": chapter "a" (a1–a4), chapter "b" (b1–b3); a4 and b3 are never reviewed.
/// Answers are given at 10:00 UTC plus a minute per answer; each takes 5 s.
struct StatsFixture {
    static let today = Day(year: 2026, month: 11, day: 27)
    static let clock = DayClock(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    static let answerMillis = 5000

    let database: AppDatabase
    private var schedules: [CardID: CardSchedule] = [:]
    private var minute = 0

    static func id(_ key: String) -> CardID { CardID(deck: "d", key: key) }

    init() throws {
        database = try AppDatabase.inMemory()
        let alpha = Chapter(deck: "d", slug: "a", title: "Alpha chapter", order: 1)
        let beta = Chapter(deck: "d", slug: "b", title: "Beta chapter", order: 2)
        let keys = [("a1", alpha), ("a2", alpha), ("a3", alpha), ("a4", alpha), ("b1", beta), ("b2", beta), ("b3", beta)]
        let drafts = keys.enumerated().map { index, entry in
            CardDraft(id: Self.id(entry.0), chapter: entry.1, content: .basic(front: "Q \(entry.0)", back: "A"),
                      source: SourceLocation(file: "\(entry.1.slug).toml", line: index + 1))
        }
        try database.importDrafts(drafts, now: Self.clock.start(of: Self.today - 100), clock: Self.clock)
    }

    /// Records one answer `ago` days before today; scheduling answers move the schedule.
    mutating func answer(_ key: String, ago: Int, grade: Int, kind: ReviewKind = .review) throws {
        let id = Self.id(key)
        let day = Self.today - ago
        var schedule = schedules[id] ?? .new
        if kind.schedules { schedule = schedule.applying(Grade(grade)!, on: day) }
        schedules[id] = schedule
        minute += 1
        let at = Self.clock.start(of: day).addingTimeInterval(Double(6 * 3600 + minute * 60))
        try database.record(ReviewEvent(
            card: id, at: at, day: day, grade: Grade(grade)!, kind: kind, answerMillis: Self.answerMillis,
            after: schedule.state))
    }

    /// The scenario the tests reason about.
    static func standard() throws -> StatsFixture {
        var fixture = try StatsFixture()
        // a1: young (1 → 6 → 15 days), last passed 3 days ago.
        try fixture.answer("a1", ago: 10, grade: 4)
        try fixture.answer("a1", ago: 9, grade: 4)
        try fixture.answer("a1", ago: 3, grade: 4)
        // a2: mature (1 → 6 → 17 → 48 days, EF 2.9).
        try fixture.answer("a2", ago: 60, grade: 5)
        try fixture.answer("a2", ago: 59, grade: 5)
        try fixture.answer("a2", ago: 53, grade: 5)
        try fixture.answer("a2", ago: 36, grade: 5)
        // a3: 1 → 6 → 15 → 38 days, due today, forgotten today (a mature lapse), re-drilled twice.
        try fixture.answer("a3", ago: 60, grade: 4)
        try fixture.answer("a3", ago: 59, grade: 4)
        try fixture.answer("a3", ago: 53, grade: 4)
        try fixture.answer("a3", ago: 38, grade: 4)
        try fixture.answer("a3", ago: 0, grade: 2)
        try fixture.answer("a3", ago: 0, grade: 3, kind: .drill)
        try fixture.answer("a3", ago: 0, grade: 4, kind: .drill)
        // b1: learnt yesterday, passed with difficulty today and not re-drilled yet.
        try fixture.answer("b1", ago: 1, grade: 5)
        try fixture.answer("b1", ago: 0, grade: 3)
        // b2: new today, failed, re-drilled to 4.
        try fixture.answer("b2", ago: 0, grade: 1)
        try fixture.answer("b2", ago: 0, grade: 4, kind: .drill)
        return fixture
    }
}
