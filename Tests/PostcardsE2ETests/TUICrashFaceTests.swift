import Testing

/// The crash test chooses each key from what it reads on the screen, so it must not read a
/// capture taken in the middle of a redraw. The frames here are real captures of that kind.
@Suite struct TUICrashFaceTests {
    static func screen(counter: String, rule: String, body: [String], footer: [String]) -> String {
        (["  Crash › Crash" + String(repeating: " ", count: 59) + counter,
          "  ████░░░░░░░░░░  due 0 · new 9 · re-drill 0",
          "── crash / \(rule) ────────────────"]
            + body + Array(repeating: "", count: 16)
            + ["────────────────────────────────"] + footer + [""]).joined(separator: "\n")
    }

    static let grades = ["  0 blackout   1 wrong, familiar   2 wrong, easy to recall", "  3 right, hard 1d   4 right, hesitant 1d   5 perfect 1d"]
    static let hints = ["  space show answer  s skip  u undo  c chapters  t stats  ? help  q quit"]
    static let revealedBody = ["  Question c03?", "", "", "  ── answer ──────────", "  Answer to c03."]

    @Test func readsAWholeFrameBeforeAndAfterTheReveal() {
        let hidden = Self.screen(counter: "4/12", rule: "c04", body: ["  Question c04?"], footer: Self.hints)
        let shown = Self.screen(counter: "3/12", rule: "c03", body: Self.revealedBody, footer: Self.grades)
        #expect(TUICrashRun.Face(screen: hidden, chapter: "crash") == TUICrashRun.Face(card: "c04", revealed: false))
        #expect(TUICrashRun.Face(screen: shown, chapter: "crash") == TUICrashRun.Face(card: "c03", revealed: true))
    }

    @Test func refusesTheNewHeaderOverTheGradedCard() {
        // After grading c03: the counter and rule are new, the question and answer still c03's.
        let ruleAhead = Self.screen(counter: "4/12", rule: "c04", body: Self.revealedBody, footer: Self.grades)
        // Only the counter is new: a whole-looking c03 with its answer out, which the wait
        // after a grade refuses, as the card after a grade starts hidden.
        let counterAhead = Self.screen(counter: "4/12", rule: "c03", body: Self.revealedBody, footer: Self.grades)
        #expect(TUICrashRun.Face(screen: ruleAhead, chapter: "crash") == nil)
        #expect(TUICrashRun.Face(screen: counterAhead, chapter: "crash")?.revealed != false)
    }

    @Test func refusesANewCardAboveTheOldFooter() {
        // The body is redrawn for the hidden next card, the grades below are not yet replaced.
        let footerBehind = Self.screen(counter: "4/12", rule: "c04", body: ["  Question c04?"], footer: Self.grades)
        #expect(TUICrashRun.Face(screen: footerBehind, chapter: "crash") == nil)
    }
}
