import Foundation
import PostcardsCore
import Testing
@testable import PostcardsDeck

@Suite("Anki fixtures import as expected.json says")
struct AnkiFixtureTests {
    /// expected.json spells the hidden part `[...]`.
    static let ellipsis = "..."

    @Test func everyFixtureInExpectedJSONIsCovered() throws {
        #expect(Set(try AnkiFixtures.expected().files.keys) == Set(AnkiFixtures.names))
    }

    @Test(arguments: AnkiFixtures.names)
    func fixtureImportsWithExpectedCardsDecksTextAndTags(name: String) throws {
        let expected = try #require(try AnkiFixtures.expected().files[name])
        let drafts = try AnkiImport.read(url: AnkiFixtures.url(name), withHistory: true)
        #expect(drafts.count == expected.card_count)
        #expect(drafts.count == expected.cards.count)
        let byID = Dictionary(uniqueKeysWithValues: drafts.map { ($0.id, $0) })
        for card in expected.cards {
            let id = CardID(deck: card.deck[0], key: Self.key(of: card))
            let draft = try #require(byID[id], "no card \(id.key) in \(name)")
            #expect(draft.chapter.title == (card.deck.count > 1 ? card.deck[1] : card.deck[0]))
            #expect(draft.tags == Self.tags(of: card))
            let (front, back, extra) = Self.plain(draft.content)
            #expect(front == card.front, "front of \(id.key)")
            #expect(back == card.back, "back of \(id.key)")
            #expect(extra == (card.back_extra ?? ""), "back extra of \(id.key)")
            if let revlog = card.revlog {
                #expect(draft.history.count == revlog.count, "history of \(id.key)")
                #expect(draft.history.map(\.answerMillis) == revlog.map(\.taken_ms))
                #expect(draft.history.map { Int64(($0.at.timeIntervalSince1970 * 1000).rounded()) } == revlog.map(\.at_ms))
                #expect(draft.history.map(\.grade.value) == revlog.map { AnkiRevlog.gradeForEase[$0.ease] ?? -1 })
            } else {
                #expect(draft.history.isEmpty)
            }
        }
    }

    @Test(arguments: AnkiFixtures.names)
    func subdecksBecomeChaptersOrderedByName(name: String) throws {
        let drafts = try AnkiImport.read(url: AnkiFixtures.url(name))
        let chapters = Set(drafts.map(\.chapter)).sorted { $0.order < $1.order }
        #expect(chapters == [
            Chapter(deck: "Post-training", slug: "rl", title: "RL", order: 1),
            Chapter(deck: "Post-training", slug: "sft", title: "SFT", order: 2),
        ])
    }

    @Test func historyIsLeftOutUnlessAskedFor() throws {
        let drafts = try AnkiImport.read(url: AnkiFixtures.url("anki-legacy.apkg"))
        #expect(drafts.allSatisfy { $0.history.isEmpty })
    }

    @Test func legacyAndModernPackagesOfOneCollectionImportIdentically() throws {
        let legacy = try AnkiImport.read(url: AnkiFixtures.url("anki-legacy.apkg"), withHistory: true)
        let modern = try AnkiImport.read(url: AnkiFixtures.url("anki-modern.apkg"), withHistory: true)
        #expect(legacy.map(\.card) == modern.map(\.card))
        #expect(legacy.map(\.history) == modern.map(\.history))
    }

    @Test func textExportAndPackageOfOneCollectionGiveTheSameCards() throws {
        let text = try AnkiImport.read(url: AnkiFixtures.url("anki-notes.txt"))
        let package = try AnkiImport.read(url: AnkiFixtures.url("anki-modern.apkg"))
        #expect(text.map(\.card) == package.map(\.card))
    }

    @Test func dummyCollectionOfModernExportsIsNeverImported() throws {
        let drafts = try AnkiImport.read(url: AnkiFixtures.url("anki-modern.apkg"))
        #expect(!drafts.contains { $0.content.plainFront.hasPrefix(AnkiCollection.placeholderText) })
        #expect(!drafts.contains { $0.id.deck == AnkiDeckName.fallback })
    }

    static func key(of card: AnkiFixtures.ExpectedCard) -> String {
        if card.kind == "cloze" { return "\(card.guid)#\(card.ord + 1)" }
        return card.ord == 0 ? card.guid : "\(card.guid)/\(card.ord)"
    }

    /// The note's tags, plus the deck levels below the chapter.
    static func tags(of card: AnkiFixtures.ExpectedCard) -> [String] {
        let deeper = card.deck.count > 2 ? [card.deck.dropFirst(2).joined(separator: "::")] : []
        return Array(Set(card.tags + deeper)).sorted()
    }

    /// Front, back and extra as expected.json spells them.
    static func plain(_ content: CardContent) -> (String, String, String) {
        switch content {
        case let .basic(front, back):
            return (front, back, "")
        case let .cloze(text, ordinal, extra):
            let front = Cloze.plain(Cloze.question(text, ordinal: ordinal), ellipsis: ellipsis)
            let back = Cloze.plain(Cloze.answer(text, ordinal: ordinal))
            return (front.trimmingCharacters(in: .whitespacesAndNewlines), back.trimmingCharacters(in: .whitespacesAndNewlines), extra)
        }
    }
}
