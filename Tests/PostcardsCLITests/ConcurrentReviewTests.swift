import Foundation
import PostcardsCore
import Testing

/// Several postcards processes on one collection at once: both reviews work, a card gets one
/// scheduling answer a day however the answers interleave, reads run beside a review, and no
/// command fails with "database is locked".
@Suite struct ConcurrentReviewTests {
    static let chapter = "both"
    static let deckSize = 12
    static let collection = try? TestDeck.collection(chapter: chapter, cards: deckSize)
    static let arguments = ["review", "--plain", "--chapter", chapter, "--new", String(deckSize)]

    struct Outcome: Sendable {
        var status: Int32
        var transcript: String
        var stderr: String
    }

    /// Results gathered from concurrently running drivers.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Int: Outcome] = [:]
        private var failures: [String] = []

        func set(_ index: Int, _ outcome: Outcome) { lock.withLock { outcomes[index] = outcome } }
        func fail(_ message: String) { lock.withLock { failures.append(message) } }
        var all: [Int: Outcome] { lock.withLock { outcomes } }
        var problems: [String] { lock.withLock { failures } }
    }

    func harness() throws -> CLIHarness {
        let harness = try CLIHarness()
        try #require(Self.collection).write(to: harness.database)
        return harness
    }

    static func start(_ harness: CLIHarness, name: String) throws -> PipedProcess {
        try PipedProcess(
            arguments: arguments,
            environment: ["POSTCARDS_DB": harness.database.path, "POSTCARDS_NOW": "2026-12-01T09:00:00Z",
                          "TZ": "UTC", "LANG": "C.UTF-8", "HOME": harness.directory.path],
            stderr: harness.directory.appending(path: "\(name).stderr"))
    }

    static func stderr(_ harness: CLIHarness, _ name: String) -> String {
        (try? String(contentsOf: harness.directory.appending(path: "\(name).stderr"), encoding: .utf8)) ?? ""
    }

    /// Answers every card shown, with `grade(n)` for the n-th answer, until the summary.
    /// `started` runs once the first card is on screen, i.e. once the queue is built.
    static func answerAll(_ review: PipedProcess, started: () -> Void = {}, grade: (Int) -> Int) throws {
        var answered = 0
        var marker = try review.read(until: [PlainPrompt.reveal, PlainPrompt.summary]).marker
        started()
        while marker == PlainPrompt.reveal {
            review.send("\n")
            _ = try review.read(until: [PlainPrompt.grade])
            review.send("\(grade(answered))\n")
            answered += 1
            marker = try review.read(until: [PlainPrompt.reveal, PlainPrompt.summary]).marker
        }
    }

    /// Each card has exactly one scheduling answer on the day, and the collection is clean.
    static func expectScheduledOnce(_ harness: CLIHarness) throws {
        let reviews = try harness.jsonl("reviews").filter { $0["kind"] as? String == "review" }
        let perCard = Dictionary(grouping: reviews) { $0["card"] as? String ?? "?" }.mapValues(\.count)
        #expect(perCard.count == deckSize, "\(perCard)")
        #expect(perCard.values.allSatisfy { $0 == 1 }, "\(perCard)")
        let doctor = try harness.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        #expect(doctor.stdout.contains("all equal to the replay"), "\(doctor.stdout)")
    }

    @Test func aCardAnsweredInOneSessionIsPracticeInTheOtherNotASecondReview() throws {
        let harness = try harness()
        let first = try Self.start(harness, name: "first"), second = try Self.start(harness, name: "second")
        // Both show their first card before any answer: the same queue in the same order.
        for review in [first, second] { _ = try review.read(until: [PlainPrompt.reveal]) }
        for _ in 0..<Self.deckSize {
            // The first session's answer is recorded (its next prompt is out) before the second answers.
            for (review, grade) in [(first, "5"), (second, "4")] {
                review.send("\n")
                _ = try review.read(until: [PlainPrompt.grade])
                review.send(grade + "\n")
                _ = try review.read(until: [PlainPrompt.reveal, PlainPrompt.summary])
            }
        }
        #expect(first.wait() == 0 && second.wait() == 0)
        #expect(second.transcript.components(separatedBy: "already reviewed today in another session").count - 1
            == Self.deckSize)
        #expect(Self.stderr(harness, "first").isEmpty && Self.stderr(harness, "second").isEmpty)
        try Self.expectScheduledOnce(harness)
        let kinds = try harness.jsonl("reviews").map { "\($0["grade"] ?? "")\($0["kind"] ?? "")" }
        #expect(Set(kinds) == ["5review", "4drill"], "\(kinds)")
    }

    @Test func twoReviewsRacingThroughTheSameCardsScheduleEachOnce() throws {
        let harness = try harness()
        let results = Results()
        let racers = 2
        let bothShowingACard = DispatchGroup()
        for _ in 0..<racers { bothShowingACard.enter() }
        DispatchQueue.concurrentPerform(iterations: racers) { index in
            do {
                let review = try Self.start(harness, name: "racer\(index)")
                var random = SeededRandom(seed: 0xC0C0 + UInt64(index))
                // Both queues hold every card before either answers; then they race.
                let started = {
                    bothShowingACard.leave()
                    bothShowingACard.wait()
                }
                // Grades 3–5: some re-drills, but every card is passed within a few rounds.
                try Self.answerAll(review, started: started) { _ in Int.random(in: 3...5, using: &random) }
                results.set(index, Outcome(status: review.wait(), transcript: review.transcript,
                                           stderr: Self.stderr(harness, "racer\(index)")))
            } catch {
                results.fail("racer \(index): \(error)")
            }
        }
        #expect(results.problems.isEmpty, "\(results.problems)")
        for (index, outcome) in results.all {
            #expect(outcome.status == 0, "racer \(index): \(outcome.stderr)")
            #expect(outcome.stderr.isEmpty, "racer \(index): \(outcome.stderr)")
        }
        try Self.expectScheduledOnce(harness)
    }

    @Test func exportDoctorAndBackupWorkWhileAReviewIsAnswering() throws {
        let harness = try harness()
        let results = Results()
        let readers = [["export", "cards"], ["export", "reviews"], ["doctor"], ["backup"]]
        let rounds = 3
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do {
                if index == 0 {
                    let review = try Self.start(harness, name: "review")
                    try Self.answerAll(review) { $0 % 2 == 0 ? 4 : 5 }
                    results.set(0, Outcome(status: review.wait(), transcript: "", stderr: Self.stderr(harness, "review")))
                    return
                }
                for round in 0..<rounds {
                    for command in readers {
                        let result = try harness.run(command, now: "2026-12-01T09:0\(round):00Z")
                        if result.status != 0 || !result.stderr.isEmpty { results.fail("\(command): \(result.stderr)") }
                    }
                }
            } catch {
                results.fail("\(index): \(error)")
            }
        }
        #expect(results.problems.isEmpty, "\(results.problems)")
        #expect(results.all[0]?.status == 0 && results.all[0]?.stderr.isEmpty == true, "\(results.all[0]?.stderr ?? "")")
        try Self.expectScheduledOnce(harness)
    }

    @Test func severalFirstRunsOnANewCollectionAtOnceAllSucceed() throws {
        let harness = try CLIHarness()
        let results = Results()
        let processes = 4
        DispatchQueue.concurrentPerform(iterations: processes) { index in
            do {
                let result = try harness.run(index % 2 == 0 ? ["export", "cards"] : ["review", "--plain"], input: "q\n")
                results.set(index, Outcome(status: result.status, transcript: result.stdout, stderr: result.stderr))
            } catch {
                results.fail("\(index): \(error)")
            }
        }
        #expect(results.problems.isEmpty, "\(results.problems)")
        #expect(results.all.count == processes)
        for (index, outcome) in results.all {
            #expect(outcome.status == 0, "process \(index): \(outcome.stderr)")
            #expect(outcome.stderr.isEmpty, "process \(index): \(outcome.stderr)")
        }
        let cards = try harness.jsonl("cards")
        #expect(!cards.isEmpty)
        #expect(Set(cards.compactMap { $0["id"] as? String }).count == cards.count)
    }
}
