import Foundation
import Testing

/// `review --plain` shows its first card before loading the queue; naming every chapter
/// loads the whole queue first. Both must present the same cards in the same order.
@Suite(.serialized) struct FirstCardTests {
    static let chapters = ["basics", "overview", "sft-lora", "rl-algorithms", "evaluation", "data", "production"]

    func harness() throws -> CLIHarness {
        let harness = try CLIHarness()
        let deck = try harness.write("deck/test.toml", PlainReviewTests.deck)
        #expect(try harness.run(["import", deck.path]).status == 0)
        return harness
    }

    @Test func theFirstCardShownEarlyLeadsTheSameSessionAsTheWholeQueue() throws {
        let early = try harness()
        let whole = try harness()
        let everyChapter = Self.chapters.flatMap { ["--chapter", $0] }
        // Mixed grades, so later days have cards due on different days and re-drills.
        let grades = ["5", "2", "4", "3", "0", "4", "5", "1", "4", "4", "3", "5"]
        let answers = (0..<40).map { "\n" + grades[$0 % grades.count] + "\n" }.joined()
        for (day, now) in ["2026-12-01T09:00:00Z", "2026-12-02T09:00:00Z", "2026-12-04T09:00:00Z", "2026-12-09T09:00:00Z"].enumerated() {
            let shownEarly = try early.run(["review", "--plain", "--new", "6"], input: answers, now: now)
            let loadedFirst = try whole.run(["review", "--plain", "--new", "6"] + everyChapter, input: answers, now: now)
            #expect(shownEarly.status == 0, "\(shownEarly.stderr)")
            #expect(shownEarly.stdout.hasPrefix("[1/"), "day \(day): \(shownEarly.stdout)")
            #expect(shownEarly.stdout == loadedFirst.stdout, "day \(day)")
        }
        // The same answers were logged (their timings differ, so compare the cards and grades).
        let logged = { (harness: CLIHarness) in try harness.jsonl("reviews").map { "\($0["card"] ?? "") \($0["grade"] ?? "")" } }
        #expect(try logged(early) == logged(whole))
        #expect(try logged(early).count > 40)
    }

    @Test func quittingAtTheFirstCardLeavesTheCollectionAsItWas() throws {
        let harness = try harness()
        let before = try harness.snapshot()
        let result = try harness.run(["review", "--plain"], input: "q\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[1/"))
        #expect(result.stdout.contains("Session: 0 card(s)"))
        #expect(try harness.snapshot() == before)
    }
}
