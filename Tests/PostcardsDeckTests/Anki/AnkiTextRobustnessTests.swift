import PostcardsCore
import Testing
@testable import PostcardsDeck

/// Random inputs built from the pieces that steer the readers (quotes, separators, line
/// ends, comment and header marks, tags, entities, cloze braces, bad UTF-8). A quick,
/// seeded stand-in for the fuzzer: every input either imports or fails with a located error.
@Suite("Anki text readers on random input")
struct AnkiTextRobustnessTests {
    static let pieces: [[UInt8]] = [
        "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "#", "#separator:comma\n", "#html:true\n",
        "#guid column:1\n", "#deck column:2\n", "#notetype:Cloze\n", "<br>", "<b>", "</div>", "<", "&amp;", "&#x41;",
        "&", "{{c1::", "}}", "::", "a", "bc", " ", "π", "日本",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF]]
    static let inputs = 3000
    static let maximumPieces = 40

    static func randomInputs() -> [[UInt8]] {
        var generator = SeededRandom(seed: 2024)
        return (0..<inputs).map { _ in
            (0..<Int.random(in: 0...maximumPieces, using: &generator)).flatMap { _ in
                pieces.randomElement(using: &generator) ?? []
            }
        }
    }

    @Test func textReaderEitherImportsOrNamesTheFileAndLine() {
        var imported = 0
        var refused = 0
        for bytes in Self.randomInputs() {
            do {
                let drafts = try AnkiImport.read(text: bytes, file: "fuzz.csv", deck: "fuzz")
                #expect(drafts.allSatisfy { !$0.id.key.isEmpty && !$0.id.deck.isEmpty })
                imported += 1
            } catch {
                #expect(error.location.file == "fuzz.csv")
                #expect(error.location.line >= 1 && error.location.column >= 1)
                refused += 1
            }
        }
        // The generator reaches both outcomes, so the loop tests something either way.
        #expect(imported > 0 && refused > 0)
    }

    @Test func htmlToTextNeverLeavesBreaksOrOuterBlanks() {
        for bytes in Self.randomInputs() {
            let text = HTMLText.plain(String(decoding: bytes, as: UTF8.self))
            #expect(!text.contains("<br>") && !text.contains("\u{A0}"))
            #expect(text.first.map { !$0.isWhitespace } ?? true)
            #expect(text.last.map { !$0.isWhitespace } ?? true)
        }
    }
}
