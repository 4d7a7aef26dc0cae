import Testing
import PostcardsTUI
@testable import PostcardsCLI

struct TerminalOutputTests {
    @Test func localeDecidesBetweenBlocksAndASCII() {
        #expect(TerminalOutput.localeIsUTF8(["LANG": "en_GB.UTF-8"]))
        #expect(TerminalOutput.localeIsUTF8(["LANG": "C", "LC_ALL": "C.utf8"]))
        #expect(!TerminalOutput.localeIsUTF8(["LANG": "en_GB.UTF-8", "LC_ALL": "C"]))
        #expect(!TerminalOutput.localeIsUTF8(["LANG": "en_US.ISO-8859-1"]))
        #expect(!TerminalOutput.localeIsUTF8([:]))
    }

    @Test func coloursAreANSIOnlyWhenEnabledAndNeverOffATerminal() {
        let line = Line([Span("ok ", style: Style(bold: true, color: .good)), Span("plain  ")])
        #expect(TerminalOutput(width: 80, unicode: true, colour: true).render(line) == "\u{1B}[1;32mok \u{1B}[0mplain")
        #expect(TerminalOutput(width: 80, unicode: true, colour: false).render(line) == "ok plain")
        #expect(TerminalOutput.detect(environment: ["TERM": "xterm-256color"], isTerminal: true).colour)
        #expect(!TerminalOutput.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"], isTerminal: true).colour)
        #expect(!TerminalOutput.detect(environment: ["TERM": "dumb"], isTerminal: true).colour)
        // Off a terminal (pipes, CI) there is no colour and COLUMNS sets the width.
        #expect(!TerminalOutput.detect(environment: ["TERM": "xterm-256color"], isTerminal: false).colour)
        #expect(TerminalOutput.detect(environment: ["COLUMNS": "132"], isTerminal: false).width == 132)
    }
}
