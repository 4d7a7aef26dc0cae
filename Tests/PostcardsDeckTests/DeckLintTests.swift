import PostcardsCore
import Testing

@testable import PostcardsDeck

@Suite struct DeckLintTests {
    static let chapter = Chapter(deck: "D", slug: "one", title: "One", order: 1)

    static func draft(
        _ key: String, _ content: CardContent, line: Int = 1, chapter: Chapter = DeckLintTests.chapter
    ) -> CardDraft {
        CardDraft(
            id: CardID(deck: chapter.deck, key: key), chapter: chapter, content: content,
            source: SourceLocation(file: "d.toml", line: line))
    }

    static func basic(_ key: String, _ front: String, _ back: String, line: Int = 1) -> CardDraft {
        draft(key, .basic(front: front, back: back), line: line)
    }

    static func words(_ count: Int) -> String { Array(repeating: "word", count: count).joined(separator: " ") }

    @Test func cleanCardsHaveNoFindings() {
        let drafts = [
            Self.basic("a", "What does DPO optimise?", "A classification loss on preference pairs."),
            Self.draft("c#1", .cloze(text: "{{PPO}} clips {{ρ}}.", ordinal: 1, extra: "")),
            Self.draft("c#2", .cloze(text: "{{PPO}} clips {{ρ}}.", ordinal: 2, extra: "")),
        ]
        #expect(DeckLint.check(drafts: drafts).isEmpty)
    }

    @Test func emptyFieldsAreErrors() {
        let findings = DeckLint.check(drafts: [
            Self.basic("a", " ", "b", line: 3), Self.basic("b", "F", "", line: 7),
            Self.draft("c#1", .cloze(text: "", ordinal: 1, extra: ""), line: 9),
        ])
        #expect(findings.map(\.description) == [
            "d.toml:3:1: error: card \"a\" has an empty front",
            "d.toml:7:1: error: card \"b\" has an empty back",
            "d.toml:9:1: error: card \"c\" has an empty cloze text",
        ])
    }

    @Test func clozeWithoutDeletionIsOneErrorPerCardNotPerDraft() {
        let findings = DeckLint.check(drafts: [
            Self.draft("c#1", .cloze(text: "no deletion", ordinal: 1, extra: ""), line: 4),
            Self.draft("c#2", .cloze(text: "no deletion", ordinal: 2, extra: ""), line: 4),
            Self.draft("e#1", .cloze(text: "{{a}} and {{}}", ordinal: 1, extra: ""), line: 8),
        ])
        #expect(findings.map(\.description) == [
            "d.toml:4:1: error: card \"c\": the cloze text has no {{…}} deletion",
            "d.toml:8:1: error: card \"e\": the cloze text has an empty deletion {{}}",
        ])
    }

    @Test func duplicateIDsAndFrontsAreErrorsAtTheLaterCard() {
        let findings = DeckLint.check(drafts: [
            Self.basic("a", "What is β?", "The KL coefficient.", line: 1),
            Self.basic("a", "What is ε?", "The clip range.", line: 5),
            Self.basic("b", "what  is β?", "Something else.", line: 9),
        ])
        #expect(findings.map(\.description) == [
            "d.toml:5:1: error: duplicate card id \"a\"; it is first used at d.toml:1:1",
            "d.toml:9:1: error: card \"b\" asks the same question as \"a\" at d.toml:1:1; make the fronts distinct",
        ])
    }

    @Test func sameFrontInAnotherDeckIsFine() {
        let other = Chapter(deck: "E", slug: "one", title: "One", order: 1)
        let drafts = [
            Self.basic("a", "What is β?", "The KL coefficient."),
            Self.draft("a", .basic(front: "What is β?", back: "A coefficient."), chapter: other),
        ]
        #expect(DeckLint.check(drafts: drafts).isEmpty)
    }

    @Test func answersOverFortyWordsWarnAndOverSixtyAreErrors() {
        let findings = DeckLint.check(drafts: [
            Self.basic("ok", "Q1?", Self.words(40)), Self.basic("long", "Q2?", Self.words(41)),
            Self.basic("huge", "Q3?", Self.words(61)),
        ])
        #expect(findings.map(\.description) == [
            "d.toml:1:1: warning: card \"long\" has a 41-word answer (over 40); consider shortening or splitting it",
            "d.toml:1:1: error: card \"huge\" has a 61-word answer (at most 60); split it into several cards",
        ])
    }

    @Test func clozeAnswerIsTheHiddenPartPlusTheExtra() {
        #expect(DeckLint.answerWordCount(.cloze(text: "The {{four models}} of {{RLHF}}.", ordinal: 1, extra: "See InstructGPT.")) == 4)
        #expect(DeckLint.answerWordCount(.basic(front: "Q", back: "−log σ(β·Δ) — the DPO loss")) == 5)
    }

    @Test func multiFactCardsWarnWithTheirSigns() {
        let findings = DeckLint.check(drafts: [
            Self.basic("sentences", "What is PPO?", "One. Two. Three."),
            Self.basic("abbreviations", "What is PPO used for?", "A policy-gradient method (e.g. for RLHF), as in Dr. GRPO. It clips ρ vs. 1 ± ε."),
            Self.basic("semicolons", "Which signals?", "A reward model; a verifier; a judge."),
            Self.basic("list", "Steps?", "1. Sample\n2. Score\n3. Update"),
            Self.basic("two-questions", "What is GRPO, and why does it drop the critic?", "Group-relative advantages."),
            Self.basic("two-marks", "What is β? What is ε?", "Coefficients."),
        ])
        #expect(findings.map(\.message) == [
            "card \"sentences\" may ask for several facts (the answer has 3 sentences); consider one card per fact",
            "card \"semicolons\" may ask for several facts (the answer lists 3 clauses separated by ';'); consider one card per fact",
            "card \"list\" may ask for several facts (the answer is a list of 3 items); consider one card per fact",
            "card \"two-questions\" may ask for several facts (the front asks two questions); consider one card per fact",
            "card \"two-marks\" may ask for several facts (the front asks two questions); consider one card per fact",
        ])
        #expect(findings.allSatisfy { $0.severity == .warning })
    }

    @Test func readerErrorsComeFirstAsFindingsInFileOrder() {
        let error = DeckError(at: SourceLocation(file: "x.toml", line: 2, column: 5), "bad", hint: "Fix it.")
        let findings = DeckLint.check(drafts: [Self.basic("a", "What is β?", "")], readerErrors: [error])
        #expect(findings.map(\.description) == [
            "x.toml:2:5: error: bad. Fix it.", "d.toml:1:1: error: card \"a\" has an empty back",
        ])
    }

    @Test func chaptersSharingAnOrderWarn() {
        let two = Chapter(deck: "D", slug: "two", title: "Two", order: 1)
        let findings = DeckLint.check(drafts: [
            Self.basic("a", "Q1?", "A."), Self.draft("b", .basic(front: "Q2?", back: "B."), chapter: two),
        ])
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.hasPrefix("chapters \"one\" and \"two\" share order 1") == true)
    }

    @Test func reportCountsAndSummarises() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("d/a.toml", DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"F\"\nback = \"One. Two. Three.\"\n"))
        let report = DeckLint.lint(paths: [scratch.path + "/d"])
        #expect(report.summary == "1 file, 1 card: 0 errors, 1 warning")
        #expect(!report.missingInput)
        let missing = DeckLint.lint(paths: [scratch.path + "/nothing"])
        #expect(missing.missingInput)
        #expect(missing.summary == "0 files, 0 cards: 1 error, 0 warnings")
    }
}
