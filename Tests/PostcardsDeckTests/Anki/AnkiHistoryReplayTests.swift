import Foundation
import PostcardsCore
import PostcardsDeck
import Testing

/// Anki's revlog replayed through postcards' SM-2: only the first answer of a study day
/// schedules (ease 1/2/3/4 → grade 1/3/4/5), later same-day answers are drill. The expected
/// states below are worked out by hand from the revlog rows in expected.json (UTC, 04:00
/// rollover, as the collection was made).
@Suite("Anki review history replays into SM-2 states")
struct AnkiHistoryReplayTests {
    static let clock = DayClock(timeZone: TimeZone(identifier: "UTC") ?? .current, rolloverHour: 4)

    static func replayed(_ key: String, in package: String) throws -> (schedule: CardSchedule, events: [ReviewEvent]) {
        let drafts = try AnkiImport.read(url: AnkiFixtures.url(package), withHistory: true)
        let draft = try #require(drafts.first { $0.id.key == key })
        let events = HistoryImport.events(for: draft.id, answers: draft.history, clock: clock)
        return (Replay.schedule(of: events), events)
    }

    /// 02-05 Easy (5): ef 260, 1 day. 02-09 Good (4): ef 260, 6 days. 02-17 Easy (5): ef 270,
    /// ⌈6 × 2.60⌉ = 16 days → due 03-04.
    @Test(arguments: AnkiFixtures.realAnkiPackages)
    func threeCleanReviewsFollowSM2Intervals(package: String) throws {
        let (schedule, events) = try Self.replayed("t#Qx[V|BK6", in: package)
        #expect(events.map(\.kind) == [.import, .import, .import])
        #expect(schedule.state == SM2State(repetitions: 3, interval: 16, efHundredths: 270))
        #expect(schedule.due == Day(year: 2024, month: 3, day: 4))
        #expect(schedule.reviews == 3)
        #expect(schedule.lapses == 0)
    }

    /// 02-05 Good (4) then a learning step (drill): 1 day. 02-06 Good: 6 days. 02-10 Good:
    /// ⌈6 × 2.5⌉ = 15. 02-19 Again (1): ef 250 + 10 − 64 = 196, reset, lapse; its relearning
    /// step is drill. 02-20 Hard (3): ef 196 + 10 − 24 = 182, 1 day. 02-22 Good: 6 days → 02-28.
    @Test(arguments: AnkiFixtures.realAnkiPackages)
    func lapseResetsRepetitionsAndSameDayRelearningIsDrill(package: String) throws {
        let (schedule, events) = try Self.replayed("fC&%T$t5:0", in: package)
        #expect(events.map(\.kind) == [.import, .drill, .import, .import, .import, .drill, .import, .import])
        #expect(schedule.state == SM2State(repetitions: 2, interval: 6, efHundredths: 182))
        #expect(schedule.due == Day(year: 2024, month: 2, day: 28))
        #expect(schedule.reviews == 6)
        #expect(schedule.lapses == 1)
        #expect(schedule.lastReviewed == Day(year: 2024, month: 2, day: 22))
    }

    /// Again on day one (ef 196, no lapse: never recalled yet), Good 02-06 (1 day), Again 02-10
    /// (ef 142, lapse), Good 02-11 (1 day), Again 02-15 (ef 88 → floor 130, lapse) → due 02-16.
    @Test(arguments: AnkiFixtures.realAnkiPackages)
    func repeatedFailuresFloorTheEasinessFactor(package: String) throws {
        let (schedule, events) = try Self.replayed("f>NM5hsir4", in: package)
        #expect(events.filter { $0.kind == .import }.count == 5)
        #expect(events.filter { $0.kind == .drill }.count == 4)
        #expect(schedule.state == SM2State(repetitions: 0, interval: 1, efHundredths: SM2State.minimumEF))
        #expect(schedule.due == Day(year: 2024, month: 2, day: 16))
        #expect(schedule.lapses == 2)
    }

    @Test func cardNeverAnsweredInAnkiStaysNew() throws {
        let (schedule, events) = try Self.replayed("t`:EA3>{W&", in: "anki-modern.apkg")
        #expect(events.isEmpty)
        #expect(schedule == .new)
    }
}
