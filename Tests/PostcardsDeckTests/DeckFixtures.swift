import Foundation
import PostcardsCore
@testable import PostcardsDeck

/// Small deck texts and a scratch directory for reader tests.
enum DeckFixtures {
    static let deckHeader = """
        [deck]
        name = "Test deck"
        chapter = "basics"
        title = "Basics"
        order = 1

        """

    /// A deck file: the `[deck]` table above (lines 1–5), a blank line, then `cards` from line 7.
    static func deck(_ cards: String, chapter: String = "basics", order: Int = 1) -> String {
        deckHeader
            .replacingOccurrences(of: "chapter = \"basics\"", with: "chapter = \"\(chapter)\"")
            .replacingOccurrences(of: "order = 1", with: "order = \(order)") + "\n" + cards
    }

    /// The reader's errors for one text, or none.
    static func errors(_ text: String, file: String = "deck.toml") -> [DeckError] {
        DeckReader.load(files: [DeckSourceFile(file: file, text: text)]).errors
    }

    static func descriptions(_ text: String, file: String = "deck.toml") -> [String] {
        errors(text, file: file).map(\.description)
    }
}

/// A fresh directory under the system temp directory, removed when the test is done.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("postcards-deck-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }
}
