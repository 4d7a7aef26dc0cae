import Foundation
import PostcardsCore
import Testing

@Suite("Imported history: the first answer of a study day schedules")
struct HistoryImportTests {
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let clock = DayClock(timeZone: utc, rolloverHour: 4)
    static let card = CardID(deck: "Anki", key: "guid")

    static func answer(_ iso: String, _ grade: Int, millis: Int = 1000) throws -> HistoricAnswer {
        let date = try #require(ISO8601DateFormatter().date(from: iso))
        return HistoricAnswer(at: date, grade: try #require(Grade(grade)), answerMillis: millis)
    }

    @Test func laterAnswersOnTheSameStudyDayAreDrillAndKeepTheState() throws {
        let answers = [
            try Self.answer("2024-02-05T09:00:00Z", 1),
            try Self.answer("2024-02-05T09:10:00Z", 4),
            try Self.answer("2024-02-06T09:00:00Z", 4),
        ]
        let events = HistoryImport.events(for: Self.card, answers: answers, clock: Self.clock)
        #expect(events.map(\.kind) == [.import, .drill, .import])
        #expect(events[1].after == events[0].after)
        #expect(events[0].after == SM2.next(.new, grade: answers[0].grade))
        #expect(events[2].after == SM2.next(events[0].after, grade: answers[2].grade))
    }

    @Test func answerBeforeTheRolloverHourBelongsToThePreviousStudyDay() throws {
        let evening = try Self.answer("2024-02-05T22:00:00Z", 4)
        let afterMidnight = try Self.answer("2024-02-06T01:30:00Z", 5)
        let events = HistoryImport.events(for: Self.card, answers: [evening, afterMidnight], clock: Self.clock)
        #expect(events.map(\.kind) == [.import, .drill])
        #expect(events.map(\.day) == [Day(year: 2024, month: 2, day: 5), Day(year: 2024, month: 2, day: 5)])
    }

    @Test func answersAreLoggedOldestFirstWhateverTheirInputOrder() throws {
        let first = try Self.answer("2024-02-05T09:00:00Z", 4)
        let second = try Self.answer("2024-02-07T09:00:00Z", 3)
        let events = HistoryImport.events(for: Self.card, answers: [second, first], clock: Self.clock)
        #expect(events.map(\.at) == [first.at, second.at])
        #expect(events.map(\.kind) == [.import, .import])
    }

    @Test func eventsKeepTheAnswerTimeAndGrade() throws {
        let answer = try Self.answer("2024-02-05T09:00:00Z", 3, millis: 9422)
        let event = try #require(HistoryImport.events(for: Self.card, answers: [answer], clock: Self.clock).first)
        #expect(event.answerMillis == 9422)
        #expect(event.grade == answer.grade)
        #expect(event.card == Self.card)
    }

    @Test func historyContinuesFromTheCardsCurrentSchedule() throws {
        let start = CardSchedule.new.applying(try #require(Grade(5)), on: Day(year: 2024, month: 1, day: 1))
        let answer = try Self.answer("2024-01-02T09:00:00Z", 4)
        let events = HistoryImport.events(for: Self.card, answers: [answer], clock: Self.clock, startingFrom: start)
        #expect(events.first?.after == SM2.next(start.state, grade: answer.grade))
    }

    @Test func replayOfImportedEventsMatchesTheirStoredStates() throws {
        let answers = try [
            Self.answer("2024-02-05T09:00:00Z", 4), Self.answer("2024-02-05T09:05:00Z", 4),
            Self.answer("2024-02-06T09:00:00Z", 1), Self.answer("2024-02-07T09:00:00Z", 5),
        ]
        let events = HistoryImport.events(for: Self.card, answers: answers, clock: Self.clock)
        #expect(Replay.firstMismatch(in: events) == nil)
        #expect(Replay.schedule(of: events).reviews == 3)
    }
}
