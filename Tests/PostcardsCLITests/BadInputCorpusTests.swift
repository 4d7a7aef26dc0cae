import Foundation
import Testing

/// Every file of `Tests/Fixtures/bad/` is refused: exit ≠ 0, a message naming the file (and
/// its line, for line-based formats), no crash, and the collection byte-identical afterwards.
@Suite struct BadInputCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures/bad")
    /// What `postcards import` reads: native decks, Anki packages and Anki text exports.
    static let importable: Set<String> = ["toml", "apkg", "colpkg", "txt", "tsv", "csv"]
    /// Formats whose problems have a line to point at.
    static let lineBased: Set<String> = ["toml", "txt", "tsv", "csv"]
    static let minimumCases = 60
    /// Built once: a collection holding a small deck and the shipped one.
    static let collection = try? TestDeck.collection(chapter: "corpus", cards: 3)

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && importable.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
            .sorted()
    }

    @Test func theCorpusHasEnoughCases() {
        #expect(Self.cases.count >= Self.minimumCases, "\(Self.corpus.path)")
    }

    @Test(arguments: cases)
    func badInputIsRefusedWithItsPlaceAndLeavesTheCollectionAlone(name: String) throws {
        let harness = try CLIHarness()
        // A collection with cards in it, so there is a file to keep unchanged.
        try #require(Self.collection, "could not build the collection").write(to: harness.database)
        let file = harness.directory.appending(path: name)
        try FileManager.default.copyItem(at: Self.corpus.appending(path: name), to: file)
        let before = try Data(contentsOf: harness.database)

        let result = try harness.run(["import", file.path])

        #expect(result.status != 0, "\(name) was accepted: \(result.stdout)")
        #expect([65, 66].contains(result.status), "\(name): exit \(result.status), \(result.stderr)")
        let firstLine = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("postcards: \(file.path)"), "\(name): \(firstLine)")
        if Self.lineBased.contains(file.pathExtension.lowercased()) {
            let afterPath = firstLine.dropFirst("postcards: \(file.path)".count)
            #expect(afterPath.first == ":" && afterPath.dropFirst().first?.isNumber == true, "\(name): no line in \(firstLine)")
        }
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("SQLite error"), "\(name): \(result.stderr)")
        #expect(try Data(contentsOf: harness.database) == before, "\(name) changed the collection")
    }
}
