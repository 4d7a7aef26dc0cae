import Foundation
import PostcardsCore

/// One row of Anki's `revlog` table, and what of it becomes postcards history.
struct AnkiRevlog {
    /// Answer time in ms since the epoch (the row id).
    var id: Int64
    var cardID: Int64
    /// 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for rows that are not answers.
    var ease: Int
    /// Time taken to answer, ms.
    var time: Int
    /// 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled.
    var type: Int

    /// Ease → SM-2 grade: Again is a failure that was at least familiar (1), Hard a correct
    /// but difficult recall (3), Good a hesitant one (4), Easy perfect (5).
    static let gradeForEase: [Int: Int] = [1: 1, 2: 3, 3: 4, 4: 5]
    /// Learning, review, relearning and filtered-deck answers; manual changes and
    /// rescheduling (types 4 and 5) record no answer.
    static let answerTypes: ClosedRange<Int> = 0...3
    static let millisecondsPerSecond = 1000.0

    /// The answer this row records, or nil for bookkeeping rows.
    var answer: HistoricAnswer? {
        guard Self.answerTypes.contains(type), let value = Self.gradeForEase[ease], let grade = Grade(value) else { return nil }
        return HistoricAnswer(
            at: Date(timeIntervalSince1970: Double(id) / Self.millisecondsPerSecond),
            grade: grade,
            answerMillis: max(0, time))
    }
}
