import PostcardsCore
import Testing
@testable import PostcardsTUI

struct TextLayoutTests {
    @Test func wrapCountsDisplayColumnsNotCharacters() {
        // 15 characters, 18 columns: each CJK character takes two.
        let text = "KL(π‖π_ref) 日本語"
        #expect(DisplayWidth.of(text) == 18)
        #expect(TextLayout.wrap(text, width: 18).map(\.plainText) == [text])
        #expect(TextLayout.wrap(text, width: 17).map(\.plainText) == ["KL(π‖π_ref)", "日本語"])
    }

    @Test func aWordWiderThanTheLineBreaksBetweenCharactersNeverInsideAWideOne() {
        let lines = TextLayout.wrap("日本語日本語", width: 5)
        #expect(lines.map(\.plainText) == ["日本", "語日", "本語"])
        #expect(lines.allSatisfy { $0.displayWidth <= 5 })
    }

    @Test func newlinesStartNewLinesAndSpacesAtABreakVanish() {
        #expect(TextLayout.wrap("ab cd\nef", width: 3).map(\.plainText) == ["ab", "cd", "ef"])
        #expect(TextLayout.wrap("a\n\nb", width: 10).map(\.plainText) == ["a", "", "b"])
    }

    @Test func wrappingKeepsEachCharactersStyle() {
        let spans = [Span("plain "), Span("bold words", style: .bold)]
        let lines = TextLayout.wrap(spans, width: 10)
        #expect(lines.map(\.plainText) == ["plain bold", "words"])
        #expect(lines[0].spans == [Span("plain "), Span("bold", style: .bold)])
        #expect(lines[1].spans == [Span("words", style: .bold)])
    }

    @Test func truncationEndsInAnEllipsisWithinTheWidth() {
        let line = TextLayout.truncate(Line("日本語日本語"), to: 7)
        #expect(line.plainText == "日本語…")
        #expect(line.displayWidth == 7)
    }

    @Test func revealedClozeDeletionIsHighlightedAndTheOthersAreNot() {
        let content = CardContent.cloze(text: "ratio in [{{1 − ε}}, {{1 + ε}}]", ordinal: 2, extra: "")
        let question = CardView.parts(content, revealed: false, width: 80).main[0]
        #expect(question.spans.contains(Span("[…]", style: Palette.hidden)))
        let answer = CardView.parts(content, revealed: true, width: 80).main[0]
        #expect(answer.plainText == "ratio in [1 − ε, 1 + ε]")
        #expect(answer.spans.filter { $0.style == Palette.revealed }.map(\.text) == ["1 + ε"])
    }
}
