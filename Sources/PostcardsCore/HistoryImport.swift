/// Turns another program's answers into review-log events: the first answer of a card on a
/// study day schedules it (kind `import`); later answers that day are `drill`, as in our
/// own reviews, so learning-step repeats do not count as reviews.
public enum HistoryImport {
    public static func events(
        for card: CardID, answers: [HistoricAnswer], clock: DayClock, startingFrom start: CardSchedule = .new
    ) -> [ReviewEvent] {
        var schedule = start
        var scheduledDays = Set<Day>()
        return answers.sorted { $0.at < $1.at }.map { answer in
            let day = clock.day(containing: answer.at)
            let kind: ReviewKind = scheduledDays.insert(day).inserted ? .import : .drill
            if kind.schedules { schedule = schedule.applying(answer.grade, on: day) }
            return ReviewEvent(
                card: card, at: answer.at, day: day, grade: answer.grade, kind: kind,
                answerMillis: answer.answerMillis, after: schedule.state
            )
        }
    }
}
