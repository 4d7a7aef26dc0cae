import Foundation
import Testing

/// `postcards lint` prints `file:line:col: error|warning: message` lines and a summary, and
/// exits 65 on errors, 66 when there is nothing to read, 0 with warnings only.
@Suite struct LintCommandTests {
    static let header = "[deck]\nname = \"L\"\nchapter = \"lint\"\ntitle = \"Lint\"\norder = 1\n\n"

    @Test func shippedDeckHasNoErrors() throws {
        let harness = try CLIHarness()
        let decks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "decks").path
        let result = try harness.run(["lint", decks])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains(": error: "))
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("6 files, ") == true, "\(result.stdout)")
    }

    @Test func errorsAndWarningsAreListedAndErrorsExit65() throws {
        let harness = try CLIHarness()
        let file = try harness.write("d/a.toml", Self.header + """
            [[cards]]
            id = "a"
            front = "What is β?"
            back = "One. Two. Three."

            [[cards]]
            id = "b"
            front = "What  is β?"
            back = "x"

            [[cards]]
            id = "c"
            frnot = "typo"
            """)
        let result = try harness.run(["lint", harness.directory.appending(path: "d").path])
        #expect(result.status == 65)
        #expect(result.stdout == """
            \(file.path):7:1: warning: card "a" may ask for several facts (the answer has 3 sentences); consider one card per fact
            \(file.path):12:1: error: card "b" asks the same question as "a" at \(file.path):7:1; make the fronts distinct
            \(file.path):17:1: error: card "c" has neither front nor cloze. Add front = "…" and back = "…", or cloze = "… {{answer}} …".
            \(file.path):19:1: error: unknown key "frnot" in card "c". Did you mean "front"? Card "c" allows id, front, back, cloze and tags.
            1 file, 2 cards: 3 errors, 1 warning

            """)
    }

    @Test func warningsAloneExitZeroUnlessStrict() throws {
        let harness = try CLIHarness()
        let file = try harness.write("w.toml", Self.header + "[[cards]]\nid = \"a\"\nfront = \"Q?\"\nback = \"One. Two. Three.\"\n")
        #expect(try harness.run(["lint", file.path]).status == 0)
        #expect(try harness.run(["lint", "--strict", file.path]).status == 65)
    }

    @Test func missingPathExits66() throws {
        let harness = try CLIHarness()
        let result = try harness.run(["lint", harness.directory.appending(path: "nope").path])
        #expect(result.status == 66)
        #expect(result.stdout.contains("nope: error: no such file or directory"), "\(result.stdout)")
    }
}
