import Foundation
import PostcardsCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// kill -9 at random moments of a plain-mode review: every answer shown as recorded (the next
/// card's prompt, or the summary, was printed after it) is in the log, and the database is clean.
@Suite struct CrashDurabilityTests {
    static let chapter = "crash"
    static let deckSize = 40
    /// Two batches run in parallel on the two cores; together they make the ≥ 50 runs.
    static let batches = 0..<2
    static let runsPerBatch = 30
    static let maximumAnswersBeforeKill = 12
    /// Upper bound of the random pause between sending a grade and the kill: long enough to
    /// land anywhere in the answer's transaction and fsync, short enough to keep runs quick.
    static let maximumPauseMicros: UInt32 = 4_000
    static let defaultSeed: UInt64 = 0x5EED_C0DE
    /// `POSTCARDS_CRASH_SEED=<n>` replays other random kill points.
    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["POSTCARDS_CRASH_SEED"].flatMap { UInt64($0) } ?? defaultSeed
    }

    enum KillMoment: CaseIterable {
        /// Right after the grade is written: the record races the kill.
        case rightAfterGrade
        /// After a random pause of up to `maximumPauseMicros`.
        case shortlyAfterGrade
        /// While the process waits at the next card's prompt.
        case atPrompt
    }

    struct Answer: Equatable, CustomStringConvertible {
        var card: String
        var grade: Int
        var description: String { "\(card)=\(grade)" }
    }

    @Test(arguments: batches)
    func killedReviewsKeepEveryAnswerShownAsRecorded(batch: Int) throws {
        let template = try TestDeck.collection(chapter: Self.chapter, cards: Self.deckSize)
        for run in 0..<Self.runsPerBatch {
            let runSeed = Self.seed &+ UInt64(batch * Self.runsPerBatch + run)
            try Self.crashRun(template: template, seed: runSeed)
        }
    }

    static func crashRun(template: Data, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let harness = try CLIHarness()
        try template.write(to: harness.database)
        let killAfter = Int.random(in: 1...maximumAnswersBeforeKill, using: &random)
        let moment = KillMoment.allCases.randomElement(using: &random) ?? .atPrompt
        let review = try PipedProcess(
            arguments: ["review", "--plain", "--chapter", chapter, "--new", String(deckSize)],
            environment: ["POSTCARDS_DB": harness.database.path, "POSTCARDS_NOW": "2026-12-01T09:00:00Z",
                          "TZ": "UTC", "LANG": "C.UTF-8", "HOME": harness.directory.path],
            stderr: harness.directory.appending(path: "review.stderr"))
        var confirmed: [Answer] = []
        var pending: Answer?
        while true {
            let (marker, text) = try review.read(until: [PlainPrompt.reveal, PlainPrompt.summary])
            // Printed after the previous answer was recorded: that answer is now shown as recorded.
            if let answer = pending { confirmed.append(answer) }
            pending = nil
            if marker == PlainPrompt.summary || (moment == .atPrompt && confirmed.count == killAfter) { break }
            let card = try #require(PlainPrompt.cardKey(in: text), "no card header in \(text)")
            review.send("\n")
            _ = try review.read(until: [PlainPrompt.grade])
            let grade = Int.random(in: 0...5, using: &random)
            review.send("\(grade)\n")
            pending = Answer(card: card, grade: grade)
            if confirmed.count + 1 == killAfter, moment != .atPrompt {
                if moment == .shortlyAfterGrade { usleep(UInt32.random(in: 0...maximumPauseMicros, using: &random)) }
                break
            }
        }
        review.kill()
        try expectIntact(harness, confirmed: confirmed, pending: pending, context: "seed \(seed), \(moment), kill after \(killAfter)")
    }

    /// The log starts with every confirmed answer, in order, plus at most the one in flight.
    static func expectIntact(_ harness: CLIHarness, confirmed: [Answer], pending: Answer?, context: String) throws {
        let logged = try harness.jsonl("reviews").map {
            Answer(card: $0["card"] as? String ?? "?", grade: $0["grade"] as? Int ?? -1)
        }
        #expect(Array(logged.prefix(confirmed.count)) == confirmed, "\(context): log \(logged), shown \(confirmed)")
        let extra = Array(logged.dropFirst(confirmed.count))
        #expect(extra.isEmpty || extra == pending.map { [$0] }, "\(context): unexpected rows \(extra)")
        let doctor = try harness.run(["doctor"])
        #expect(doctor.status == 0, "\(context): \(doctor.stdout) \(doctor.stderr)")
        #expect(doctor.stdout.contains("integrity: ok"), "\(context): \(doctor.stdout)")
        #expect(doctor.stdout.contains("all equal to the replay"), "\(context): \(doctor.stdout)")
    }
}
