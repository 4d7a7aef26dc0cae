import Foundation
import Testing

/// Bad input: a clear message naming the place, a non-zero exit, and the collection unchanged.
@Suite(.serialized) struct ImportErrorTests {
    static let header = """
        [deck]
        name = "Bad"
        chapter = "bad"
        title = "Bad"
        order = 1

        """

    func expectRejected(_ files: [String: String], importing name: String? = nil, status: Int32 = 65,
                        mentions: [String]) throws {
        let harness = try CLIHarness()
        let before = try harness.snapshot()
        for (file, text) in files { _ = try harness.write("in/\(file)", text) }
        let target = harness.directory.appending(path: "in/\(name ?? "")").path
        let result = try harness.run(["import", target])
        #expect(result.status == status, "\(result.stderr)")
        for text in mentions { #expect(result.stderr.contains(text), "\(result.stderr)") }
        #expect(try harness.snapshot() == before)
    }

    @Test func missingFile() throws {
        let harness = try CLIHarness()
        let result = try harness.run(["import", harness.directory.appending(path: "nope.toml").path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("nope.toml"))
    }

    @Test func directoryWithNoDecks() throws {
        try expectRejected(["readme.txt": "hello"], importing: "", status: 66, mentions: ["in"])
    }

    @Test func malformedTOML() throws {
        try expectRejected(["a.toml": Self.header + "[[cards]]\nid = \"x\nfront = 1\n"], importing: "a.toml", mentions: ["a.toml:"])
    }

    @Test func missingIdFrontOrBack() throws {
        try expectRejected(["a.toml": Self.header + "[[cards]]\nfront = \"f\"\nback = \"b\"\n"], importing: "a.toml", mentions: ["a.toml:6:", "id"])
        try expectRejected(["a.toml": Self.header + "[[cards]]\nid = \"x\"\nback = \"b\"\n"], importing: "a.toml", mentions: ["a.toml:6:", "front"])
        try expectRejected(["a.toml": Self.header + "[[cards]]\nid = \"x\"\nfront = \"f\"\n"], importing: "a.toml", mentions: ["a.toml:6:", "back"])
    }

    @Test func oneBadCardImportsNothing() throws {
        let good = "[[cards]]\nid = \"ok\"\nfront = \"f\"\nback = \"b\"\n\n"
        try expectRejected(["a.toml": Self.header + good + "[[cards]]\nid = \"bad\"\nfront = \"f\"\n"],
                           importing: "a.toml", mentions: ["a.toml:11:"])
    }

    @Test func duplicateID() throws {
        let card = "[[cards]]\nid = \"x\"\nfront = \"f\"\nback = \"b\"\n\n"
        try expectRejected(["a.toml": Self.header + card + card], importing: "a.toml", mentions: ["a.toml:12:", "x"])
    }

    @Test func emptyCloze() throws {
        try expectRejected(["a.toml": Self.header + "[[cards]]\nid = \"x\"\ncloze = \"a {{}} b\"\n"], importing: "a.toml", mentions: ["a.toml:8:"])
    }

    @Test func nonUTF8File() throws {
        let harness = try CLIHarness()
        let before = try harness.snapshot()
        let url = harness.directory.appending(path: "latin1.toml")
        try (Data(Self.header.utf8) + Data([0x23, 0x20, 0xE9, 0x0A])).write(to: url)
        let result = try harness.run(["import", url.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("latin1.toml:6:"), "\(result.stderr)")
        #expect(try harness.snapshot() == before)
    }

    @Test func badPostcardsNowIsAUsageError() throws {
        let harness = try CLIHarness()
        let result = try harness.run(["export", "cards"], now: "yesterday")
        #expect(result.status == 64)
        #expect(result.stderr.contains("POSTCARDS_NOW"))
    }

    @Test func databaseInAMissingDirectoryIsRefused() throws {
        let harness = try CLIHarness()
        let result = try harness.run(["export", "cards"], environment: ["POSTCARDS_DB": "/nonexistent/dir/x.sqlite3"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("/nonexistent/dir"))
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let harness = try CLIHarness()
        let bogus = try harness.write("notes.sqlite3", String(repeating: "not a database\n", count: 100))
        let before = try Data(contentsOf: bogus)
        let result = try harness.run(["export", "cards"], environment: ["POSTCARDS_DB": bogus.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not a SQLite database"), "\(result.stderr)")
        #expect(try Data(contentsOf: bogus) == before)
    }
}
