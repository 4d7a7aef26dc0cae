import Foundation
import Testing

@Suite(.serialized) struct PlainReviewTests {
    static let deck = """
        [deck]
        name = "Test"
        chapter = "basics"
        title = "Basics"
        order = 1

        [[cards]]
        id = "one"
        front = "Front one"
        back = "Back one"

        [[cards]]
        id = "two"
        front = "Front two"
        back = "Back two"

        [[cards]]
        id = "three"
        cloze = "The {{third}} card"
        """

    /// Only the test deck, so the shipped deck does not join the queue.
    func harness() throws -> CLIHarness {
        let harness = try CLIHarness()
        let deck = try harness.write("deck/test.toml", Self.deck)
        let result = try harness.run(["import", deck.path])
        #expect(result.status == 0, "\(result.stderr)")
        return harness
    }

    @Test func importPrintsWhatItAddedAndIsIdempotent() throws {
        let harness = try CLIHarness()
        let deck = try harness.write("deck/test.toml", Self.deck)
        let first = try harness.run(["import", deck.path])
        #expect(first.stdout.contains("added 3, updated 0, unchanged 0"))
        let second = try harness.run(["import", deck.path])
        #expect(second.stdout.contains("added 0, updated 0, unchanged 3"))
    }

    @Test func scriptedSessionsOverSeveralDaysMatchTheExport() throws {
        let harness = try harness()
        let chapter = ["--chapter", "basics"]
        // Day 1: one=5, two=2 (re-drilled: 3 then 4), three#1=4.
        let day1 = try harness.run(["review", "--plain"] + chapter, input: "\n5\n\n2\n\n4\n\n3\n\n4\n", now: "2026-12-01T09:00:00Z")
        #expect(day1.status == 0, "\(day1.stderr)")
        #expect(day1.stdout.contains("[1/3] basics one"))
        #expect(day1.stdout.contains("0:1d 1:1d 2:1d 3:1d 4:1d 5:1d"))
        #expect(day1.stdout.contains("(again)"))
        // Day 2: all three are due after a 1-day interval, in id order: one, three#1, two.
        let day2 = try harness.run(["review", "--plain"] + chapter, input: "\n4\n\n4\n\n4\n", now: "2026-12-02T09:00:00Z")
        #expect(day2.stdout.contains("[1/3] basics one"))
        #expect(day2.stdout.contains("0:1d 1:1d 2:1d 3:6d 4:6d 5:6d"), "\(day2.stdout)")
        // Day 3, 02:00 local: still day 2 (rollover at 4 am), so nothing is due.
        let night = try harness.run(["review", "--plain"] + chapter, input: "", now: "2026-12-03T02:00:00Z")
        #expect(night.stdout.contains("Nothing due today. Next review 2026-12-03"), "\(night.stdout)")
        // Day 3: "two" failed on day 1, so its second success was on day 2: due again.
        let day3 = try harness.run(["review", "--plain"] + chapter, input: "\n5\n", now: "2026-12-03T09:00:00Z")
        #expect(day3.stdout.contains("[1/1] basics two"))
        // Day 4: nothing due until the 6-day intervals end.
        let day4 = try harness.run(["review", "--plain"] + chapter, input: "", now: "2026-12-04T09:00:00Z")
        #expect(day4.stdout.contains("Nothing due today. Next review 2026-12-08"), "\(day4.stdout)")

        let reviews = try harness.jsonl("reviews")
        #expect(reviews.map { $0["kind"] as? String }
            == ["review", "review", "review", "drill", "drill", "review", "review", "review", "review"])
        #expect(reviews.map { $0["day"] as? String }.filter { $0 == "2026-12-01" }.count == 5)
        let cards = try harness.jsonl("cards").filter { $0["deck"] as? String == "Test" }
        let byID = Dictionary(uniqueKeysWithValues: cards.map { ($0["id"] as! String, $0) })
        #expect(byID["one"]?["due"] as? String == "2026-12-08")
        #expect(byID["one"]?["ef"] as? Double == 2.6)
        #expect(byID["two"]?["repetitions"] as? Int == 2)
        #expect(byID["two"]?["due"] as? String == "2026-12-09")
        #expect(byID["three#1"]?["interval"] as? Int == 6)
        #expect(byID["three#1"]?["new"] as? Bool == false)
        let doctor = try harness.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)")
    }

    @Test func gradeSevenIsRefusedWithAHintAndNothingIsRecorded() throws {
        let harness = try harness()
        let result = try harness.run(["review", "--plain", "--chapter", "basics"], input: "\n7\nq\n")
        #expect(result.stdout.contains("'7' is not a grade"))
        #expect(result.status == 0)
        #expect(try harness.jsonl("reviews").isEmpty)
    }

    @Test func undoTakesBackTheLastAnswer() throws {
        let harness = try harness()
        let result = try harness.run(["review", "--plain", "--chapter", "basics"], input: "\n5\nu\n\n3\nq\n")
        #expect(result.stdout.contains("undone: one (grade 5)"))
        let reviews = try harness.jsonl("reviews")
        #expect(reviews.count == 1)
        #expect(reviews.first?["grade"] as? Int == 3)
    }

    @Test func endOfInputQuitsCleanlyWithASummary() throws {
        let harness = try harness()
        let result = try harness.run(["review", "--plain", "--chapter", "basics"], input: "\n4\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Session: 1 card(s)"))
        #expect(try harness.jsonl("reviews").count == 1)
    }

    @Test func shippedDeckIsImportedOnFirstRun() throws {
        let harness = try CLIHarness()
        let cards = try harness.jsonl("cards")
        #expect(cards.contains { $0["deck"] as? String == "Post-training" })
    }
}
