import Foundation
import PostcardsCore
import Testing

/// The Anki fixtures (made by real Anki 26.09.3 and genanki 0.13.1) and what they must
/// import as, from `Fixtures/anki/expected.json`.
enum AnkiFixtures {
    static let names = ["genanki-basic.apkg", "anki-legacy.apkg", "anki-modern.apkg", "anki-notes.txt"]
    static let realAnkiPackages = ["anki-legacy.apkg", "anki-modern.apkg"]

    struct Expected: Decodable {
        var files: [String: ExpectedFile]
    }

    struct ExpectedFile: Decodable {
        var card_count: Int
        var cards: [ExpectedCard]
    }

    struct ExpectedCard: Decodable {
        var guid: String
        var kind: String
        var ord: Int
        var deck: [String]
        var front: String
        var back: String
        var tags: [String]
        var back_extra: String?
        var revlog: [ExpectedAnswer]?
    }

    struct ExpectedAnswer: Decodable {
        var at_ms: Int64
        var ease: Int
        var taken_ms: Int
    }

    static func url(_ name: String) throws -> URL {
        let directory = try #require(Bundle.module.url(forResource: "anki", withExtension: nil, subdirectory: "Fixtures"))
        return directory.appendingPathComponent(name)
    }

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url("expected.json")))
    }

    /// A scratch directory for a test, removed by the caller.
    static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("postcards-anki-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
