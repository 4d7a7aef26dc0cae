import Foundation

/// Generated deck files for end-to-end tests that need many cards.
enum TestDeck {
    /// One chapter of `count` front/back cards with ids `c001`, `c002`, ….
    static func toml(chapter: String, cards count: Int) -> String {
        var text = """
            [deck]
            name = "Test"
            chapter = "\(chapter)"
            title = "Generated \(chapter)"
            order = 1

            """
        for number in 1...count {
            let id = cardID(number)
            text += "\n[[cards]]\nid = \"\(id)\"\nfront = \"Question \(id)\"\nback = \"Answer \(id)\"\n"
        }
        return text
    }

    static func cardID(_ number: Int) -> String {
        let digits = String(number)
        return "c" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// A collection holding this deck (and the shipped deck), as the bytes of its file to
    /// copy into each run. It is in WAL mode like every collection postcards writes; the last
    /// connection to close folded the WAL into the file and removed it, so the file is whole.
    static func collection(chapter: String, cards count: Int) throws -> Data {
        let harness = try CLIHarness()
        let deck = try harness.write("deck.toml", toml(chapter: chapter, cards: count))
        let result = try harness.run(["import", deck.path])
        guard result.status == 0 else { throw SetupFailure(message: "import failed: \(result.stderr)") }
        guard !FileManager.default.fileExists(atPath: harness.database.path + "-wal") else {
            throw SetupFailure(message: "the collection's WAL was not folded in at exit")
        }
        return try Data(contentsOf: harness.database)
    }

    struct SetupFailure: Error { var message: String }
}

/// The prompts of `review --plain`, as a script waits for them.
enum PlainPrompt {
    static let reveal = "(Enter: show answer, u: undo, q: quit) "
    static let grade = "(0-5 grade, u undo, q quit) > "
    static let summary = "Session: "

    /// The card key from the text printed before a reveal prompt: "[2/40] chapter key (again)".
    static func cardKey(in text: String) -> String? {
        let header = text.split(separator: "\n").last { $0.hasPrefix("[") && $0.contains("/") }
        let words = header?.split(separator: " ") ?? []
        return words.count >= 3 ? String(words[2]) : nil
    }
}
