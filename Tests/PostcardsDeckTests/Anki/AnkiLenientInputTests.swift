import Foundation
import PostcardsCore
import Testing
@testable import PostcardsDeck

/// Odd inputs that are accepted on purpose, because Anki itself reads them this way; the bad
/// input corpus holds their neighbours that are refused.
@Suite("Anki oddities that are read, not refused")
struct AnkiLenientInputTests {
    static func packageDrafts(_ collection: SyntheticAnkiCollection) throws -> [CardDraft] {
        try ApkgBadInputTests.inScratch { directory in
            let url = directory.appendingPathComponent("odd.apkg")
            try collection.package(at: url)
            return try AnkiImport.read(url: url)
        }
    }

    static func oneBasicNote(inDeck deck: Int64, decks: [Int64: String]) -> SyntheticAnkiCollection {
        var collection = SyntheticAnkiCollection()
        collection.notetypes = [.basic]
        collection.decks = decks
        collection.notes = [.init(id: 1, guid: "g1", notetype: 10, tags: "", fields: ["question", "answer"])]
        collection.cards = [.init(id: 1, note: 1, deck: deck, ordinal: 0)]
        return collection
    }

    /// Anki's Check Database moves cards of a deleted deck to Default; so does the import.
    @Test func aCardWhoseDeckIsMissingGoesToTheDefaultDeck() throws {
        let drafts = try Self.packageDrafts(Self.oneBasicNote(inDeck: 999, decks: [1: "Default", 5: "Languages"]))
        #expect(drafts.map(\.id.deck) == [AnkiDeckName.fallback])
        #expect(drafts.map(\.id.key) == ["g1"])
    }

    /// Anki drops blank levels when it saves a deck name: `A::::B` is `A::B`.
    @Test func blankDeckLevelsAreDroppedInPackages() throws {
        let drafts = try Self.packageDrafts(Self.oneBasicNote(inDeck: 5, decks: [5: "Languages:: ::::French"]))
        #expect(drafts.map(\.id.deck) == ["Languages"])
        #expect(drafts.map(\.chapter.title) == ["French"])
    }

    @Test func blankDeckLevelsAreDroppedInTextFiles() throws {
        let text = "#separator:tab\n#deck column:1\nLanguages::::French\tquestion\tanswer\n"
        let drafts = try AnkiImport.read(text: Array(text.utf8), file: "odd.txt", deck: "odd")
        #expect(drafts.map(\.id.deck) == ["Languages"])
        #expect(drafts.map(\.chapter.title) == ["French"])
    }

    /// Only keys a typo away from a real one are refused: other `#…:` lines stay comments.
    @Test func headerCommentsWithAColonAreStillComments() throws {
        let text = "# Exported from Anki: 2024-03-25\n#note: hand-made\nquestion,answer\n"
        let drafts = try AnkiImport.read(text: Array(text.utf8), file: "odd.csv", deck: "odd")
        #expect(drafts.count == 1)
        #expect(throws: DeckError.self) {
            try AnkiImport.read(text: Array("#deck colum:2\nq,a\n".utf8), file: "typo.csv", deck: "typo")
        }
    }

    /// A field at the limit is a card; one byte more is refused with its row.
    @Test func aFieldAtTheLimitIsReadAndOneByteMoreIsNot() throws {
        let limit = AnkiFieldCheck.maximumBytes
        let fits = "q," + String(repeating: "x", count: limit) + "\n"
        #expect(try AnkiImport.read(text: Array(fits.utf8), file: "big.csv", deck: "big").count == 1)
        let over = "q," + String(repeating: "x", count: limit + 1) + "\n"
        let error = #expect(throws: DeckError.self) { try AnkiImport.read(text: Array(over.utf8), file: "big.csv", deck: "big") }
        #expect(error?.location.line == 1)
        #expect(error?.message.contains("column 2") == true)
    }

    /// Real collections compress 10–20 times; zeros compress over a thousand times.
    @Test func inflationGuardSeparatesRealCollectionsFromBombs() {
        #expect(!ApkgArchive.isBomb(output: 143_360, input: 9_900))
        #expect(!ApkgArchive.isBomb(output: 500 << 20, input: 25 << 20))
        #expect(!ApkgArchive.isBomb(output: 15 << 20, input: 1))
        #expect(ApkgArchive.isBomb(output: 200 << 20, input: 200 << 10))
        #expect(ApkgArchive.isBomb(output: 17 << 20, input: 6 << 10))
    }
}
