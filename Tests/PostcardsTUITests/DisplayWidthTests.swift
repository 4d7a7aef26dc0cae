import Testing
@testable import PostcardsTUI

struct DisplayWidthTests {
    @Test func greekMathAndCJKAreMeasuredInColumnsNotCharacters() {
        let text = "KL(π‖π_ref) 日本語"
        #expect(text.count == 15)
        #expect(DisplayWidth.of(text) == 18)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("x̂") == 1)
    }

    @Test func fullwidthFormsAndEmojiTakeTwoColumns() {
        #expect(DisplayWidth.of("Ａ") == 2)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("∇Σβε") == 4)
    }
}
