import Foundation
import Testing

@Suite(.serialized) struct ImportCommandTests {
    static func deck(front: String = "Front one", withSecond: Bool = true) -> String {
        var text = """
            [deck]
            name = "Test"
            chapter = "basics"
            title = "Basics"
            order = 1

            [[cards]]
            id = "one"
            front = "\(front)"
            back = "Back one"

            """
        if withSecond { text += "\n[[cards]]\nid = \"two\"\nfront = \"Front two\"\nback = \"Back two\"\n" }
        return text
    }

    @Test func dryRunPrintsThePlanAndLeavesTheDatabaseFileByteIdentical() throws {
        let harness = try CLIHarness()
        _ = try harness.run(["export", "cards"])
        let before = try Data(contentsOf: harness.database)
        let deck = try harness.write("d.toml", Self.deck())
        let result = try harness.run(["import", "--dry-run", deck.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("dry run: nothing written"))
        #expect(result.stdout.contains("added 2, updated 0, unchanged 0"))
        #expect(try Data(contentsOf: harness.database) == before)
        #expect(try harness.jsonl("cards").allSatisfy { $0["deck"] as? String != "Test" })
    }

    @Test func editedCardKeepsProgressAndVanishedCardsNeedPrune() throws {
        let harness = try CLIHarness()
        let deck = try harness.write("d.toml", Self.deck())
        try harness.run(["import", deck.path])
        try harness.run(["review", "--plain", "--chapter", "basics"], input: "\n5\n\n5\n")
        _ = try harness.write("d.toml", Self.deck(front: "Front one, reworded", withSecond: false))
        let edit = try harness.run(["import", deck.path])
        #expect(edit.stdout.contains("1 card(s) no longer in the source, kept (use --prune to remove):"))
        #expect(edit.stdout.contains("Test/two"))
        #expect(edit.stdout.contains("added 0, updated 1, unchanged 0"))
        var cards = try harness.jsonl("cards").filter { $0["deck"] as? String == "Test" }
        #expect(cards.count == 2)
        let one = try #require(cards.first { $0["id"] as? String == "one" })
        #expect(one["front"] as? String == "Front one, reworded")
        #expect(one["reviews"] as? Int == 1)
        let pruned = try harness.run(["import", "--prune", deck.path])
        #expect(pruned.stdout.contains("removed"))
        cards = try harness.jsonl("cards").filter { $0["deck"] as? String == "Test" }
        #expect(cards.map { $0["id"] as? String } == ["one"])
        #expect(try harness.jsonl("reviews").count == 2)
        #expect(try harness.run(["doctor"]).status == 0)
    }

    @Test func csvExportHasAHeaderAndQuotesFieldsWithCommas() throws {
        let harness = try CLIHarness()
        let deck = try harness.write("d.toml", Self.deck(front: "a, b"))
        try harness.run(["import", deck.path])
        let output = harness.directory.appending(path: "cards.csv")
        let result = try harness.run(["export", "cards", "--format", "csv", "--output", output.path])
        #expect(result.status == 0)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix("id,deck,chapter,front,back,tags,repetitions,interval,ef,due,lapses,reviews,new\r\n"))
        #expect(text.contains("one,Test,basics,\"a, b\",Back one,,0,0,2.5,,0,0,true\r\n"))
    }

    @Test func aCopiedBinaryStillCarriesTheShippedDeck() throws {
        let harness = try CLIHarness()
        let copy = harness.directory.appending(path: "elsewhere/postcards")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIHarness.binary, to: copy)
        let result = try harness.run(["export", "cards"], binary: copy)
        #expect(result.status == 0, "\(result.stderr)")
        let chapters = Set(result.stdout.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["chapter"] as? String
        })
        #expect(chapters == ["overview", "sft-lora", "rl-algorithms", "evaluation", "data", "production"])
    }
}
