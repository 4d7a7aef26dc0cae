import Testing
@testable import PostcardsCore

struct SM2RuleTests {
    let grade = { (value: Int) in Grade(value)! }

    @Test func firstSuccessGivesOneDayThenSixDays() {
        let first = SM2.next(.new, grade: grade(4))
        #expect(first == SM2State(repetitions: 1, interval: 1, efHundredths: 250))
        let second = SM2.next(first, grade: grade(4))
        #expect(second.interval == 6 && second.repetitions == 2)
    }

    @Test func thirdIntervalUsesEFFromBeforeTheReviewRoundedUp() {
        let state = SM2State(repetitions: 2, interval: 6, efHundredths: 246)
        // 6 × 2.46 = 14.76 → 15, although q = 3 lowers the EF to 2.32 afterwards.
        let next = SM2.next(state, grade: grade(3))
        #expect(next.interval == 15)
        #expect(next.efHundredths == 232)
    }

    @Test func failedReviewResetsRepetitionsButKeepsUpdatedEF() {
        let state = SM2State(repetitions: 5, interval: 40, efHundredths: 250)
        let next = SM2.next(state, grade: grade(2))
        #expect(next.repetitions == 0)
        #expect(next.interval == 1)
        #expect(next.efHundredths == 218)
    }

    @Test func efNeverDropsBelowOnePointThree() {
        let next = SM2.next(SM2State(repetitions: 0, interval: 1, efHundredths: 131), grade: grade(0))
        #expect(next.efHundredths == SM2State.minimumEF)
    }

    @Test func perfectAnswerRaisesEFByTenHundredths() {
        #expect(SM2.next(.new, grade: grade(5)).efHundredths == 260)
        #expect(SM2.next(.new, grade: grade(4)).efHundredths == 250)
    }

    @Test func outcomesListsAllSixGradesAndAgreesWithNext() {
        let state = SM2State(repetitions: 3, interval: 15, efHundredths: 236)
        let outcomes = SM2.outcomes(state)
        #expect(outcomes.count == 6)
        for grade in Grade.all { #expect(outcomes[grade] == SM2.next(state, grade: grade)) }
    }

    @Test func gradesOutsideZeroToFiveDoNotExist() {
        #expect(Grade(7) == nil)
        #expect(Grade(-1) == nil)
        #expect(Grade(5) != nil)
    }
}
