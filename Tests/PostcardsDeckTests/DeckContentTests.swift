import Foundation
import PostcardsCore
import Testing

@testable import PostcardsDeck

/// The shipped deck, read from the repository's decks/ through the real reader, meets the
/// bar its issue sets: six chapters in course order, enough cards, nothing broken.
@Suite struct DeckContentTests {
    static let deckDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("decks/post-training").path
    static let chapterSlugs = ["overview", "sft-lora", "rl-algorithms", "evaluation", "data", "production"]
    static let minimumCardsPerChapter = 25

    static func drafts() throws -> [CardDraft] {
        try DeckReader.read(paths: [deckDirectory])
    }

    @Test func sixChaptersInCourseOrder() throws {
        var chapters: [Chapter] = []
        for draft in try Self.drafts() where chapters.last != draft.chapter {
            chapters.append(draft.chapter)
        }
        #expect(chapters.map(\.slug) == Self.chapterSlugs)
        #expect(chapters.map(\.order) == Array(1...Self.chapterSlugs.count))
        #expect(Set(chapters.map(\.deck)) == ["Post-training"])
    }

    @Test func everyChapterHasAtLeastTwentyFiveCards() throws {
        var cards: [String: Set<String>] = [:]
        for draft in try Self.drafts() {
            cards[draft.chapter.slug, default: []].insert(LintCard.baseID(draft.id.key))
        }
        for slug in Self.chapterSlugs {
            #expect((cards[slug]?.count ?? 0) >= Self.minimumCardsPerChapter, "chapter \(slug)")
        }
    }

    @Test func idsAreUnique() throws {
        let ids = try Self.drafts().map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func noFieldIsEmptyAndEveryClozeHasItsDeletion() throws {
        for draft in try Self.drafts() {
            switch draft.content {
            case let .basic(front, back):
                #expect(!front.isBlank && !back.isBlank, "\(draft.source)")
            case let .cloze(text, ordinal, _):
                #expect((try? Cloze.numbers(in: text))?.contains(ordinal) == true, "\(draft.source)")
            }
        }
    }

    @Test func noAnswerIsOverSixtyWords() throws {
        for draft in try Self.drafts() {
            #expect(DeckLint.answerWordCount(draft.content) <= DeckLint.maximumAnswerWords, "\(draft.source) \(draft.id)")
        }
    }

    @Test func noTwoCardsAskTheSameQuestion() throws {
        let fronts = try Self.drafts().map { $0.content.plainFront.lowercased() }
        #expect(Set(fronts).count == fronts.count)
    }

    @Test func lintFindsNoErrors() {
        let report = DeckLint.lint(paths: [Self.deckDirectory])
        #expect(report.findings.filter { $0.severity == .error }.map(\.description) == [])
        #expect(report.fileCount == Self.chapterSlugs.count)
    }

    @Test func everyFileCarriesTheLicenceNotice() throws {
        for slug in Self.chapterSlugs {
            let files = try FileManager.default.contentsOfDirectory(atPath: Self.deckDirectory).filter { $0.hasSuffix("\(slug).toml") }
            #expect(files.count == 1, "one file for \(slug)")
            for file in files {
                let text = try String(contentsOfFile: Self.deckDirectory + "/" + file, encoding: .utf8)
                #expect(text.contains("CC BY-NC 4.0"), "\(file)")
            }
        }
    }
}
