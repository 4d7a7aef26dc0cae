import Foundation
import Testing

/// `postcards import` with Anki exports, end to end through the binary.
@Suite(.serialized) struct AnkiImportCommandTests {
    /// The shared Anki fixtures live with the deck reader's tests.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "PostcardsDeckTests/Fixtures/anki")
    static let cardCounts = ["genanki-basic.apkg": 25, "anki-legacy.apkg": 6, "anki-modern.apkg": 6, "anki-notes.txt": 6]
    /// The day the real-Anki fixtures were exported.
    static let exportDay = "2024-03-25T12:00:00Z"

    static func fixture(_ name: String) -> String { fixtures.appending(path: name).path }

    @Test(arguments: ["genanki-basic.apkg", "anki-legacy.apkg", "anki-modern.apkg", "anki-notes.txt"])
    func reimportingAFixtureChangesNothing(name: String) throws {
        let harness = try CLIHarness()
        let count = try #require(Self.cardCounts[name])
        let first = try harness.run(["import", "--with-history", Self.fixture(name)], now: Self.exportDay)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("added \(count), updated 0, unchanged 0"), "\(first.stdout)")
        let before = try harness.snapshot()
        let again = try harness.run(["import", "--with-history", Self.fixture(name)], now: Self.exportDay)
        #expect(again.stdout.contains("added 0, updated 0, unchanged \(count)"), "\(again.stdout)")
        #expect(again.stdout.contains("history: 0 answer(s) added"), "\(again.stdout)")
        #expect(try harness.snapshot() == before)
    }

    @Test func historyIsImportedOnceAndReplaysIntoSM2States() throws {
        let harness = try CLIHarness()
        let first = try harness.run(["import", "--with-history", Self.fixture("anki-modern.apkg")], now: Self.exportDay)
        #expect(first.stdout.contains("history: 28 answer(s) added"), "\(first.stdout)")
        // The legacy package holds the same revlog: nothing is added twice.
        let legacy = try harness.run(["import", "--with-history", Self.fixture("anki-legacy.apkg")], now: Self.exportDay)
        #expect(legacy.stdout.contains("history: 0 answer(s) added"), "\(legacy.stdout)")
        // One scheduling answer per card and study day (20), the same-day rest are drill (8).
        let reviews = try harness.jsonl("reviews", now: Self.exportDay)
        #expect(reviews.count == 28)
        #expect(reviews.filter { $0["kind"] as? String == "import" }.count == 20)
        #expect(reviews.filter { $0["kind"] as? String == "drill" }.count == 8)
        let cards = try harness.jsonl("cards", now: Self.exportDay)
        let card = try #require(cards.first { $0["id"] as? String == "t#Qx[V|BK6" })
        #expect(card["interval"] as? Int == 16)
        #expect(card["ef"] as? Double == 2.7)
        #expect(card["due"] as? String == "2024-03-04")
        #expect(card["reviews"] as? Int == 3)
        #expect(try harness.run(["doctor"], now: Self.exportDay).status == 0)
    }

    @Test func editedExportUpdatesTextAndKeepsProgress() throws {
        let harness = try CLIHarness()
        try harness.run(["import", "--with-history", Self.fixture("anki-legacy.apkg")], now: Self.exportDay)
        let original = try String(contentsOf: Self.fixtures.appending(path: "anki-notes.txt"), encoding: .utf8)
        let edited = original.replacingOccurrences(of: "Base: next-token predictor", with: "Base model: predicts the next token")
        #expect(edited != original)
        let url = try harness.write("edited.txt", edited)
        let result = try harness.run(["import", url.path], now: Self.exportDay)
        #expect(result.stdout.contains("added 0, updated 1, unchanged 5"), "\(result.stdout)")
        let card = try #require(try harness.jsonl("cards", now: Self.exportDay).first { $0["id"] as? String == "t#Qx[V|BK6" })
        #expect(card["back"] as? String == "Base model: predicts the next token\nChat: SFT + preference tuning")
        #expect(card["reviews"] as? Int == 3)
        #expect(card["interval"] as? Int == 16)
        #expect(try harness.jsonl("reviews", now: Self.exportDay).count == 28)
    }

    @Test func dryRunLeavesTheDatabaseFileByteIdentical() throws {
        let harness = try CLIHarness()
        try harness.run(["import", Self.fixture("anki-notes.txt")], now: Self.exportDay)
        let before = try Data(contentsOf: harness.database)
        let result = try harness.run(["import", "--dry-run", "--with-history", Self.fixture("anki-modern.apkg"),
                                      Self.fixture("genanki-basic.apkg")], now: Self.exportDay)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("dry run: nothing written"))
        #expect(result.stdout.contains("added 25, updated 0, unchanged 6"), "\(result.stdout)")
        #expect(try Data(contentsOf: harness.database) == before)
    }

    @Test(arguments: [
        ("bad.apkg", Data("not a zip".utf8), "bad.apkg: this is not a zip archive"),
        ("ragged.csv", Data("a,b\nc,d,e\n".utf8), "ragged.csv:2:1: this row has 3 fields"),
        ("latin1.tsv", Data([0x61, 0x09, 0xE9, 0x0A]), "latin1.tsv:1:3: this is not valid UTF-8"),
    ])
    func badAnkiInputIsRefusedWithFileAndRowAndChangesNothing(name: String, bytes: Data, message: String) throws {
        let harness = try CLIHarness()
        let before = try harness.snapshot()
        let url = harness.directory.appending(path: name)
        try bytes.write(to: url)
        let result = try harness.run(["import", url.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try harness.snapshot() == before)
    }

    @Test func missingAnkiFileIsNoInput() throws {
        let harness = try CLIHarness()
        let result = try harness.run(["import", harness.directory.appending(path: "gone.apkg").path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("gone.apkg"))
    }

    /// A missing system library is the machine's problem, not the file's: EX_UNAVAILABLE (69),
    /// naming the library and the package that provides it.
    @Test func modernPackageWithoutTheZstdLibraryIsUnavailableNotBadData() throws {
        let harness = try CLIHarness()
        let before = try harness.snapshot()
        let missing = "libzstd-that-does-not-exist.so.9"
        let result = try harness.run(["import", Self.fixture("anki-modern.apkg")],
                                     environment: ["POSTCARDS_ZSTD_LIBRARY": missing])
        #expect(result.status == 69, "\(result.stderr)")
        for text in ["anki-modern.apkg: collection.anki21b is zstd-compressed", "libzstd.so.1", missing,
                     "apt install libzstd1", "Support older Anki versions"] {
            #expect(result.stderr.contains(text), "\(result.stderr)")
        }
        #expect(try harness.snapshot() == before)
        // The same variable naming a library that exists is used, so the test above failed
        // for the reason it names.
        let found = try harness.run(["import", Self.fixture("anki-modern.apkg")], environment: ["POSTCARDS_ZSTD_LIBRARY": "libzstd.so.1"])
        #expect(found.status == 0, "\(found.stderr)")
    }

    @Test func theSameCardFromTwoSourcesInOneImportIsRefusedNamingBoth() throws {
        let harness = try CLIHarness()
        #expect(try harness.run(["import", Self.fixture("anki-notes.txt")]).status == 0)
        let before = try harness.snapshot()
        let text = "#separator:tab\n#deck:Twice\nWhat is SFT?\tSupervised fine-tuning.\n"
        let first = harness.directory.appending(path: "first.txt"), second = harness.directory.appending(path: "second.txt")
        try text.write(to: first, atomically: true, encoding: .utf8)
        try text.write(to: second, atomically: true, encoding: .utf8)

        let result = try harness.run(["import", first.path, second.path])

        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("postcards: \(second.path):3:"), "\(result.stderr)")
        #expect(result.stderr.contains("is in this import twice; it first came from \(first.path):3"), "\(result.stderr)")
        #expect(!result.stderr.contains("SQLite error"), "\(result.stderr)")
        #expect(try harness.snapshot() == before)
    }
}
