import Foundation
import PostcardsCore
import Testing
@testable import PostcardsDeck

@Suite("Anki note types, decks and history map to cards")
struct AnkiNotetypeMappingTests {
    static let deckIDs: [Int64: String] = [
        1: "Default", 20: "Course", 21: "Course::Week 1", 22: "Course::Week 1::Day 2", 23: "Filtered",
    ]

    /// Cloze with two numbers (c1 used twice), a reversed note, an image occlusion note, a
    /// card parked in a filtered deck, and revlog rows that are not answers.
    static func collection() -> SyntheticAnkiCollection {
        var collection = SyntheticAnkiCollection()
        collection.notetypes = [.basic, .reversed, .cloze, .imageOcclusion]
        collection.decks = deckIDs
        collection.notes = [
            .init(id: 100, guid: "clz", notetype: 12, tags: " rl ppo ",
                  fields: ["{{c1::PPO}} clips {{c2::ρ::ratio}} near {{c1::1}}", "Schulman&nbsp;2017"]),
            .init(id: 101, guid: "rev", notetype: 11, tags: "", fields: ["<b>cat</b>", "chat"]),
            .init(id: 102, guid: "img", notetype: 13, tags: "", fields: ["{{c1::image-occlusion:rect}}", "<img src=a.png>"]),
            .init(id: 103, guid: "top", notetype: 10, tags: "  ", fields: ["top question", "top answer"]),
            .init(id: 104, guid: "old", notetype: 12, tags: "", fields: ["only {{c1::one}} left", ""]),
            .init(id: 105, guid: "blank", notetype: 10, tags: "", fields: ["<br>", "answer without question"]),
        ]
        collection.cards = [
            .init(id: 200, note: 100, deck: 22, ordinal: 1),
            .init(id: 201, note: 100, deck: 22, ordinal: 0),
            .init(id: 202, note: 101, deck: 23, originalDeck: 21, ordinal: 0),
            .init(id: 203, note: 101, deck: 21, ordinal: 1),
            .init(id: 204, note: 102, deck: 21, ordinal: 0),
            .init(id: 205, note: 103, deck: 20, ordinal: 0),
            .init(id: 206, note: 104, deck: 20, ordinal: 0),
            .init(id: 207, note: 104, deck: 20, ordinal: 2),
            .init(id: 208, note: 105, deck: 20, ordinal: 0),
        ]
        collection.revlog = [
            .init(id: 1_707_123_900_000, card: 202, ease: 3, time: 2000, type: 0),
            .init(id: 1_707_124_000_000, card: 202, ease: 0, time: 0, type: 4),
            .init(id: 1_707_210_000_000, card: 202, ease: 2, time: 70_000, type: 1),
            .init(id: 1_707_300_000_000, card: 202, ease: 3, time: 1000, type: 5),
        ]
        return collection
    }

    static func drafts(schema: Int) throws -> [CardDraft] {
        let directory = try AnkiFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        if schema == 11 {
            let url = directory.appendingPathComponent("synthetic.apkg")
            try collection().package(at: url)
            return try AnkiImport.read(url: url, withHistory: true)
        }
        // Schema 18 comes zstd-compressed in real packages; the zstd path is covered by the
        // modern fixture, so read the synthetic collection directly.
        let database = directory.appendingPathComponent("collection.sqlite")
        try collection().writeSchema18(to: database)
        let notes = try AnkiCollection.notes(at: database, member: "collection.anki21b", file: "synthetic.apkg", withHistory: true)
        return try AnkiCardMapping.drafts(from: notes)
    }

    @Test(arguments: [11, 18])
    func clozeNoteGivesOneCardPerNumberKeyedGuidHashN(schema: Int) throws {
        let drafts = try Self.drafts(schema: schema)
        let cloze = drafts.filter { $0.id.key.hasPrefix("clz") }
        #expect(cloze.map(\.id.key) == ["clz#1", "clz#2"])
        let text = "{{c1::PPO}} clips {{c2::ρ::ratio}} near {{c1::1}}"
        #expect(cloze.map(\.content) == [
            .cloze(text: text, ordinal: 1, extra: "Schulman 2017"), .cloze(text: text, ordinal: 2, extra: "Schulman 2017"),
        ])
        #expect(cloze[0].content.plainFront == "[…] clips ρ near […]")
        #expect(cloze[1].content.plainFront == "PPO clips [ratio] near 1")
    }

    @Test(arguments: [11, 18])
    func reversedNoteGivesForwardAndBackwardCards(schema: Int) throws {
        let drafts = try Self.drafts(schema: schema)
        let reversed = drafts.filter { $0.id.key.hasPrefix("rev") }
        #expect(reversed.map(\.id.key) == ["rev", "rev/1"])
        #expect(reversed.map(\.content) == [.basic(front: "cat", back: "chat"), .basic(front: "chat", back: "cat")])
    }

    @Test(arguments: [11, 18])
    func deckLevelsBecomeDeckChapterAndTag(schema: Int) throws {
        let drafts = try Self.drafts(schema: schema)
        let cloze = try #require(drafts.first { $0.id.key == "clz#1" })
        #expect(cloze.id.deck == "Course")
        #expect(cloze.chapter == Chapter(deck: "Course", slug: "week-1", title: "Week 1", order: 2))
        #expect(cloze.tags == ["Day_2", "ppo", "rl"])
        let top = try #require(drafts.first { $0.id.key == "top" })
        #expect(top.chapter == Chapter(deck: "Course", slug: "main", title: "Course", order: 1))
        #expect(top.tags.isEmpty)
    }

    @Test(arguments: [11, 18])
    func cardInAFilteredDeckBelongsToItsOriginalDeck(schema: Int) throws {
        let drafts = try Self.drafts(schema: schema)
        #expect(drafts.first { $0.id.key == "rev" }?.chapter.title == "Week 1")
        #expect(!drafts.contains { $0.id.deck == "Filtered" })
    }

    @Test(arguments: [11, 18])
    func emptyCardsAnkiStillKeepsAreSkipped(schema: Int) throws {
        let keys = try Self.drafts(schema: schema).map(\.id.key)
        #expect(keys.contains("old#1"))
        #expect(!keys.contains("old#3"))
        #expect(!keys.contains("blank"))
    }

    @Test(arguments: [11, 18])
    func imageOcclusionNotesAreSkipped(schema: Int) throws {
        #expect(try !Self.drafts(schema: schema).contains { $0.id.key.hasPrefix("img") })
    }

    @Test(arguments: [11, 18])
    func onlyAnswersBecomeHistoryWithEaseMappedToGrade(schema: Int) throws {
        let drafts = try Self.drafts(schema: schema)
        let history = try #require(drafts.first { $0.id.key == "rev" }).history
        #expect(history.map(\.grade.value) == [4, 3])
        #expect(history.map(\.answerMillis) == [2000, 70_000])
        #expect(history.first?.at == Date(timeIntervalSince1970: 1_707_123_900))
        #expect(try #require(drafts.first { $0.id.key == "rev/1" }).history.isEmpty)
    }
}
