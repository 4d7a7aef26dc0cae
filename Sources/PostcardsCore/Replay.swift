/// Rebuilds schedules from the review log, the source of truth.
public enum Replay {
    /// The schedule of every card that appears in `events`, which must be in log order.
    public static func schedules<Events: Sequence>(_ events: Events) -> [CardID: CardSchedule]
    where Events.Element == ReviewEvent {
        var result: [CardID: CardSchedule] = [:]
        for event in events where event.kind.schedules {
            result[event.card] = (result[event.card] ?? .new).applying(event.grade, on: event.day)
        }
        return result
    }

    /// The schedule of one card from its own events in log order.
    public static func schedule<Events: Sequence>(of events: Events) -> CardSchedule
    where Events.Element == ReviewEvent {
        events.reduce(CardSchedule.new) { schedule, event in
            event.kind.schedules ? schedule.applying(event.grade, on: event.day) : schedule
        }
    }

    /// The first log position whose stored after-state disagrees with the replay, if any.
    public static func firstMismatch(in events: [ReviewEvent]) -> Int? {
        var states: [CardID: SM2State] = [:]
        for (index, event) in events.enumerated() {
            let before = states[event.card] ?? .new
            let expected = event.kind.schedules ? SM2.next(before, grade: event.grade) : before
            if expected != event.after { return index }
            states[event.card] = expected
        }
        return nil
    }
}
