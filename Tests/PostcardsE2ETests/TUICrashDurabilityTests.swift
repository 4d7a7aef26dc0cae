import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// kill -9 at random moments of a full-screen review in tmux: every answer the screen showed
/// as recorded is in the log, no answer appears that was not given, and the database is clean.
@Suite struct TUICrashDurabilityTests {
    static let chapter = "crash"
    static let deckSize = 10
    /// Batches run side by side, each on its own tmux servers and temp dirs; together ≥ 50 runs.
    static let batches = 0..<3
    static let runsPerBatch = 17
    static let maximumStepsBeforeKill = 14
    /// Upper bound of the random pause between a key and the kill: long enough to land
    /// anywhere in the answer's transaction and the redraw, short enough to keep runs quick.
    static let maximumPauseMicros: UInt32 = 5_000
    static let defaultSeed: UInt64 = 0x7E1E_C0DE
    /// `POSTCARDS_TUI_CRASH_SEED=<n>` replays other random keys and kill points.
    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["POSTCARDS_TUI_CRASH_SEED"].flatMap { UInt64($0) } ?? defaultSeed
    }

    static var deck: String {
        let cards = (1...deckSize).map { number in
            let key = String(format: "c%02d", number)
            return """
                [[cards]]
                id = "\(key)"
                front = "Question \(key)?"
                back = "Answer to \(key)."
                """
        }
        return """
            [deck]
            name = "Crash"
            chapter = "\(chapter)"
            title = "Crash"
            order = 1

            """ + cards.joined(separator: "\n\n")
    }

    @Test(arguments: batches)
    func killedFullScreenReviewsKeepEveryAnswerShownAsRecorded(batch: Int) throws {
        let template = try E2EFixture(deck: Self.deck, chapter: Self.chapter)
        defer { template.remove() }
        var outcomes: [TUICrashRun.Outcome] = []
        for run in 0..<Self.runsPerBatch {
            let runSeed = Self.seed &+ UInt64(batch * Self.runsPerBatch + run)
            do {
                outcomes.append(try TUICrashRun(template: template, seed: runSeed).perform())
            } catch {
                Issue.record("seed \(runSeed): \(error)")
            }
        }
        print(Self.tally(batch: batch, outcomes))
    }

    /// Where the kills fell: both sides of an answer's commit should be exercised.
    static func tally(batch: Int, _ outcomes: [TUICrashRun.Outcome]) -> String {
        let moments = TUICrashRun.KillMoment.allCases.map { moment in
            "\(moment) \(outcomes.filter { $0.moment == moment }.count)"
        }
        let inFlight = outcomes.compactMap(\.inFlightGradeLogged)
        let shown = outcomes.map(\.answersShown)
        return "TUI crash batch \(batch): \(outcomes.count) runs; kills: \(moments.joined(separator: ", ")); "
            + "grade in flight logged \(inFlight.filter { $0 }.count) of \(inFlight.count); "
            + "answers shown per run \(shown.min() ?? 0)–\(shown.max() ?? 0)"
    }
}
