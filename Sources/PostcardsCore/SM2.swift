/// The SM-2 algorithm (Wozniak 1990), with the EF kept in integer hundredths.
public enum SM2 {
    static let firstInterval = 1
    static let secondInterval = 6

    /// The state after a scheduling review graded `grade`.
    public static func next(_ state: SM2State, grade: Grade) -> SM2State {
        let q = grade.value
        // Step 5 applies after every repetition, including failures (step 6 only keeps the EF).
        let shortfall = 5 - q
        let ef = max(SM2State.minimumEF, state.efHundredths + 10 - shortfall * (8 + shortfall * 2))
        guard grade.isPass else {
            return SM2State(repetitions: 0, interval: firstInterval, efHundredths: ef)
        }
        let interval: Int
        switch state.repetitions {
        case 0: interval = firstInterval
        case 1: interval = secondInterval
        // Uses the EF from before this review, rounded up in integer arithmetic.
        default: interval = (state.interval * state.efHundredths + 99) / 100
        }
        return SM2State(repetitions: state.repetitions + 1, interval: interval, efHundredths: ef)
    }

    /// Every outcome at once, so a reviewer can label each grade with where it leads.
    public static func outcomes(_ state: SM2State) -> [Grade: SM2State] {
        Dictionary(uniqueKeysWithValues: Grade.all.map { ($0, next(state, grade: $0)) })
    }
}
