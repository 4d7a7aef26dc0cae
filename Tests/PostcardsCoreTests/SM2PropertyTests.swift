import PropertyBased
import Testing
@testable import PostcardsCore

struct SM2PropertyTests {
    static let grades = Gen.int(in: 0...5).array(of: 1...60)

    @Test func efNeverBelowOnePointThirtyAndIntervalAtLeastOneDay() async {
        await propertyCheck(count: 500, input: Self.grades) { values in
            var state = SM2State.new
            for value in values {
                state = SM2.next(state, grade: Grade(value)!)
                #expect(state.efHundredths >= SM2State.minimumEF)
                #expect(state.interval >= 1)
            }
        }
    }

    @Test func anyFailureResetsRepetitions() async {
        await propertyCheck(count: 500, input: Self.grades, Gen.int(in: 0...2)) { values, failing in
            var state = SM2State.new
            for value in values { state = SM2.next(state, grade: Grade(value)!) }
            #expect(SM2.next(state, grade: Grade(failing)!).repetitions == 0)
        }
    }

    @Test func replayingALogEqualsApplyingItStepByStep() async {
        await propertyCheck(count: 300, input: Self.grades, Gen.int(in: 0...2).array(of: 60)) { values, kinds in
            let card = CardID(deck: "d", key: "k")
            var schedule = CardSchedule.new
            var events: [ReviewEvent] = []
            var day = Day(year: 2026, month: 1, day: 1)
            for (value, kindIndex) in zip(values, kinds) {
                let grade = Grade(value)!
                let kind: ReviewKind = [.review, .drill, .cram][kindIndex]
                if kind.schedules { schedule = schedule.applying(grade, on: day) }
                events.append(ReviewEvent(card: card, at: .init(timeIntervalSince1970: 0), day: day, grade: grade,
                                          kind: kind, answerMillis: 0, after: schedule.state))
                day = day + (schedule.due.map { $0 - day } ?? 1)
            }
            #expect(Replay.schedule(of: events) == schedule)
            #expect(Replay.schedules(events)[card] ?? .new == schedule)
            #expect(Replay.firstMismatch(in: events) == nil)
        }
    }
}
