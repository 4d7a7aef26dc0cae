import PostcardsCore
import Testing

@testable import PostcardsDeck

@Suite struct DeckReaderTests {
    static let goodDeck = """
        # A comment before the deck table.
        [deck]
        name = "Post-training"
        chapter = "rl-algorithms"
        title = "RL Algorithms — RLHF, PPO, GRPO"
        order = 3

        [[cards]]
        id = "dpo-loss"
        front = "What loss does DPO minimise?"
        back = \"\"\"
        −log σ(β·log(π_θ(y_w|x)/π_ref(y_w|x)) − β·log(π_θ(y_l|x)/π_ref(y_l|x)))
        \"\"\"
        tags = ["dpo", "formula"]

        [[cards]]
        id = "ppo-clip-range"
        cloze = "PPO clips ρ to [{{1 − ε}}, {{1 + ε}}]."
        back = "Extra shown after the reveal."

        [[cards]]
        id = "grpo.critic"
        front = 'Does GRPO need a critic?'
        back = '''No: it uses group-relative advantages.'''
        """

    @Test func goodDeckBecomesDraftsInFileOrderWithTheChapterOfItsDeckTable() throws {
        let drafts = try DeckReader.read(text: Self.goodDeck, file: "rl.toml")
        #expect(drafts.map(\.id.key) == ["dpo-loss", "ppo-clip-range#1", "ppo-clip-range#2", "grpo.critic"])
        let chapter = Chapter(deck: "Post-training", slug: "rl-algorithms", title: "RL Algorithms — RLHF, PPO, GRPO", order: 3)
        #expect(drafts.allSatisfy { $0.chapter == chapter && $0.id.deck == "Post-training" })
        #expect(drafts[0].content == .basic(
            front: "What loss does DPO minimise?",
            back: "−log σ(β·log(π_θ(y_w|x)/π_ref(y_w|x)) − β·log(π_θ(y_l|x)/π_ref(y_l|x)))\n"))
        #expect(drafts[0].tags == ["dpo", "formula"])
        #expect(drafts[3].content == .basic(front: "Does GRPO need a critic?", back: "No: it uses group-relative advantages."))
    }

    @Test func clozeCardBecomesOneDraftPerDeletionKeyedByNumber() throws {
        let drafts = try DeckReader.read(text: Self.goodDeck, file: "rl.toml").filter { $0.id.key.hasPrefix("ppo") }
        let text = "PPO clips ρ to [{{1 − ε}}, {{1 + ε}}]."
        #expect(drafts.map(\.content) == [
            .cloze(text: text, ordinal: 1, extra: "Extra shown after the reveal."),
            .cloze(text: text, ordinal: 2, extra: "Extra shown after the reveal."),
        ])
        #expect(drafts[0].content.plainFront == "PPO clips ρ to [[…], 1 + ε].")
    }

    @Test func clozeWithoutBackHasEmptyExtra() throws {
        let drafts = try DeckReader.read(
            text: DeckFixtures.deck("[[cards]]\nid = \"c\"\ncloze = \"{{c2::b}} and {{c1::a}}\"\n"), file: "d.toml")
        #expect(drafts.map(\.id.key) == ["c#1", "c#2"])
        #expect(drafts.first?.content == .cloze(text: "{{c2::b}} and {{c1::a}}", ordinal: 1, extra: ""))
    }

    @Test func draftSourceIsTheCardsHeader() throws {
        let drafts = try DeckReader.read(text: Self.goodDeck, file: "rl.toml")
        #expect(drafts.map(\.source.description) == ["rl.toml:8:1", "rl.toml:16:1", "rl.toml:16:1", "rl.toml:21:1"])
    }

    @Test func directoriesAreReadRecursivelyInPathOrderSkippingHiddenAndOtherFiles() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("deck/02.toml", DeckFixtures.deck("[[cards]]\nid = \"b\"\nfront = \"B\"\nback = \"b\"\n", chapter: "two", order: 2))
        try scratch.write("deck/01.toml", DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n", chapter: "one"))
        try scratch.write("deck/more/03.toml", DeckFixtures.deck("[[cards]]\nid = \"c\"\nfront = \"C\"\nback = \"c\"\n", chapter: "three", order: 3))
        try scratch.write("deck/.#01.toml", "not toml at all [")
        try scratch.write("deck/notes.md", "# not a deck")
        let drafts = try DeckReader.read(paths: [scratch.path + "/deck"])
        #expect(drafts.map(\.id.key) == ["a", "b", "c"])
        #expect(drafts.map(\.source.file) == ["01.toml", "02.toml", "more/03.toml"].map { scratch.path + "/deck/" + $0 })
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("d/a.toml", DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n"))
        let drafts = try DeckReader.read(paths: [scratch.path + "/d", file])
        #expect(drafts.map(\.id.key) == ["a"])
    }

    @Test func filesOfOneDeckAreCheckedTogetherAndInMemoryFilesWork() throws {
        let drafts = try DeckReader.read(files: [
            DeckSourceFile(file: "a.toml", text: DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n", chapter: "one")),
            DeckSourceFile(file: "b.toml", text: DeckFixtures.deck("[[cards]]\nid = \"b\"\nfront = \"B\"\nback = \"b\"\n", chapter: "two")),
        ])
        #expect(drafts.map(\.chapter.slug) == ["one", "two"])
    }

    @Test func sameIDInTwoDecksIsFine() throws {
        let other = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n")
            .replacingOccurrences(of: "Test deck", with: "Other deck")
        let drafts = try DeckReader.read(files: [
            DeckSourceFile(file: "a.toml", text: DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n")),
            DeckSourceFile(file: "b.toml", text: other),
        ])
        #expect(Set(drafts.map(\.id)).count == 2)
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let scratch = try ScratchDirectory()
        let file = try scratch.write("bom.toml", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let drafts = try DeckReader.read(paths: [file])
        #expect(drafts.map(\.id.key) == ["a"])
        #expect(drafts.first?.source.line == 7)
    }
}
