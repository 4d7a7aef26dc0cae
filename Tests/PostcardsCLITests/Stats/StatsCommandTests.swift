import Foundation
import Testing

@Suite(.serialized) struct StatsCommandTests {
    static let deck = """
        [deck]
        name = "Test"
        chapter = "basics"
        title = "Basics — first steps"
        order = 1

        [[cards]]
        id = "one"
        front = "Front one"
        back = "Back one"

        [[cards]]
        id = "two"
        front = "Front two"
        back = "Back two"
        """

    /// A collection with the test deck and a day of answers: one=5, two=1 re-drilled to 4.
    func reviewedHarness() throws -> CLIHarness {
        let harness = try CLIHarness()
        let deck = try harness.write("deck/test.toml", Self.deck)
        #expect(try harness.run(["import", deck.path]).status == 0)
        let review = try harness.run(["review", "--plain", "--chapter", "basics"], input: "\n5\n\n1\n\n4\n", now: "2026-12-01T09:00:00Z")
        #expect(review.status == 0, "\(review.stderr)")
        return harness
    }

    @Test func jsonOutputIsOneObjectWithExactlyTheDocumentedKeys() throws {
        let harness = try reviewedHarness()
        let result = try harness.run(["stats", "--json"], now: "2026-12-01T10:00:00Z")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documented = try StatsJSONSchema.documentedKeys()
        let actual = StatsJSONSchema.keyPaths(of: object)
        #expect(actual.subtracting(documented).sorted() == [], "keys missing from docs/stats.md")
        #expect(documented.subtracting(actual).sorted() == [], "documented keys not in the output")
        let activity = try #require(object["activity"] as? [String: Any])
        #expect(activity["answers"] as? Int == 3)
        #expect(activity["redrills"] as? Int == 1)
        #expect(object["today"] as? String == "2026-12-01")
    }

    @Test func dashboardIsPlainTextOffATerminalAndASCIIOutsideUTF8() throws {
        let harness = try reviewedHarness()
        let utf8 = try harness.run(["stats", "--chapter", "basics"], now: "2026-12-01T10:00:00Z")
        #expect(utf8.status == 0, "\(utf8.stderr)")
        #expect(!utf8.stdout.contains("\u{1B}["))
        #expect(utf8.stdout.contains("Reviewed 2 cards"))
        #expect(utf8.stdout.contains("█"))
        #expect(utf8.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let ascii = try harness.run(["stats"], now: "2026-12-01T10:00:00Z", environment: ["LANG": "C", "COLUMNS": "120"])
        #expect(ascii.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(ascii.stdout.contains("Basics - first steps"))
    }

    @Test func unknownChapterIsAUsageErrorNamingTheChapters() throws {
        let harness = try reviewedHarness()
        let result = try harness.run(["stats", "--chapter", "basic"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no chapter 'basic'"))
        #expect(result.stderr.contains("basics"))
        #expect(try harness.run(["stats", "--days", "0"]).status == 64)
    }

    @Test func cardsLeechesFallsBackToTheLowestEaseCards() throws {
        let harness = try reviewedHarness()
        let result = try harness.run(["cards", "--leeches", "--chapter", "basics"], now: "2026-12-01T10:00:00Z")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No leech (8+ lapses); the cards with the lowest EF:"))
        #expect(result.stdout.contains("two   basics"))
        #expect(result.stdout.contains("1.96"))
    }
}

/// The key table of docs/stats.md, and the key paths of a JSON value in the same notation.
enum StatsJSONSchema {
    static var document: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.lastPathComponent != "Tests" { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appending(path: "docs/stats.md")
    }

    /// Every backticked key in the first column of the key table.
    static func documentedKeys() throws -> Set<String> {
        let text = try String(contentsOf: document, encoding: .utf8)
        guard let table = text.components(separatedBy: "| key | type | meaning |").last else { return [] }
        var keys = Set<String>()
        for line in table.split(separator: "\n") where line.hasPrefix("| `") {
            let column = line.split(separator: "|", omittingEmptySubsequences: true).first ?? ""
            for part in column.split(separator: "`") where !part.trimmingCharacters(in: .whitespaces).hasPrefix(",") {
                let key = part.trimmingCharacters(in: .whitespaces)
                if !key.isEmpty && key != "," { keys.insert(key) }
            }
        }
        return keys
    }

    static func keyPaths(of value: Any, prefix: String = "") -> Set<String> {
        var paths = Set<String>()
        if let object = value as? [String: Any] {
            for (key, child) in object {
                let path = prefix.isEmpty ? key : prefix + "." + key
                paths.insert(path)
                paths.formUnion(keyPaths(of: child, prefix: path))
            }
        } else if let array = value as? [Any] {
            for element in array { paths.formUnion(keyPaths(of: element, prefix: prefix + "[]")) }
        }
        return paths
    }
}
