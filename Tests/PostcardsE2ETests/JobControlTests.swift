import Foundation
import Testing

/// Ctrl-C and Ctrl-Z from a real shell: the shell gets a usable terminal, the reviewer comes
/// back from a suspension where it was, and every answer is in the log.
@Suite(.serialized) struct JobControlTests {
    /// Runs the reviewer under `sh` (which, unlike an interactive bash, restores no terminal
    /// modes itself), then prints the exit status and reads one line, to show how a paste
    /// reaches the next program.
    static func startInShell(_ fixture: E2EFixture) throws -> TmuxSession {
        let script = """
            trap : INT
            "$0" review --chapter \(fixture.chapter)
            echo "exit=$?"
            IFS= read -r line
            case "$line" in
            *"$(printf '\\033')"*) echo "paste-bracketed" ;;
            *) echo "paste-plain:$line" ;;
            esac
            sleep 60
            """
        let environment = fixture.environment.merging(["TERM": "tmux-256color"]) { $1 }
        return try TmuxSession(
            command: ["sh", "-c", script, E2EFixture.binary], width: 80, height: 24, environment: environment,
            directory: fixture.directory)
    }

    /// The terminal the shell sees: main screen, visible cursor.
    static func expectShellTerminal(_ session: TmuxSession) throws {
        #expect(try session.display("#{alternate_on}") == "0", "left the alternate screen")
        #expect(try session.display("#{cursor_flag}") == "1", "cursor visible")
    }

    /// Types a command into the shell and waits for its output: echo and line editing work.
    static func expectShellAnswers(_ session: TmuxSession) throws {
        try session.sendLiteral("echo alive-$((6*7))")
        try session.send("Enter")
        try session.waitFor("alive-42")
    }

    @Test func afterQuittingAPasteReachesTheShellWithoutBrackets() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try Self.startInShell(fixture)
        try FullScreenReviewTests.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "5")
        try session.waitFor("Second question")
        try session.send("q")
        try session.waitFor("exit=0")
        try Self.expectShellTerminal(session)
        try Self.expectPlainPaste(session)
    }

    @Test func controlCLeavesAUsableShellAndTheAnswersInTheLog() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try Self.startReviewFromAnInteractiveShell(fixture)
        try FullScreenReviewTests.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "5")
        try FullScreenReviewTests.answer(session, "Second question", answer: "preference pairs", grade: "2")
        try session.waitFor("Which penalty")
        try session.send("C-c")
        try session.waitFor("the shell prompt") { !$0.contains("Which penalty") && $0.contains(E2EFixture.shellPromptMark) }
        try Self.expectShellTerminal(session)
        try Self.expectShellAnswers(session)
        #expect(try fixture.exportedReviews().map { $0["grade"] as? Int } == [5, 2])
        #expect(try fixture.doctorIsClean().clean)
    }

    @Test func controlCUnderAPlainShellTurnsBracketedPasteOff() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try Self.startInShell(fixture)
        try session.waitFor("First question")
        try session.send("C-c")
        try session.waitFor("exit=130")
        try Self.expectShellTerminal(session)
        try Self.expectPlainPaste(session)
    }

    @Test func controlZSuspendsToAUsableShellAndFgResumesWhereItWas() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try Self.startReviewFromAnInteractiveShell(fixture)
        try FullScreenReviewTests.answer(session, "First question", answer: "Supervised fine-tuning.", grade: "5")
        try session.waitFor("Second question")
        try session.send("Space")
        try session.waitFor("preference pairs")
        try session.send("C-z")
        try session.waitFor("Stopped")
        try Self.expectShellTerminal(session)
        try Self.expectShellAnswers(session)
        try session.sendLiteral("fg")
        try session.send("Enter")
        let resumed = try session.waitFor("the card again") { $0.contains("Second question") && $0.contains("preference pairs") }
        #expect(resumed.contains("2/4"))
        #expect(try session.display("#{alternate_on}") == "1", "back on the full screen")
        try session.send("4")
        try FullScreenReviewTests.answer(session, "Which penalty", answer: "the KL penalty", grade: "5")
        try session.waitFor("Fourth question")
        try session.send("q")
        try session.waitFor("Session: 3 card(s)")
        try Self.expectShellTerminal(session)
        try Self.expectShellAnswers(session)
        #expect(try fixture.exportedReviews().map { $0["grade"] as? Int } == [5, 4, 5])
        #expect(try fixture.doctorIsClean().clean)
    }

    @Test func controlZTurnsBracketedPasteOffForTheShellAndFgTurnsItBackOn() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try fixture.startShell(E2EFixture.plainShell)
        try session.waitFor(E2EFixture.shellPromptMark)
        try session.sendLiteral(fixture.reviewCommandLine)
        try session.send("Enter")
        try session.waitFor("First question")
        try session.send("C-z")
        try session.waitFor("Stopped")
        let probe = #"IFS= read -r line; case "$line" in *"$(printf '\033')"*) echo paste-bracketed ;; *) echo "paste-plain:$line" ;; esac"#
        try session.sendLiteral(probe)
        try session.send("Enter")
        try session.paste("hello\n", bracketed: true)
        // Rows that start with the verdict are output; the command line holds the same words later on.
        let stopped = try session.waitFor("the pasted line") { screen in
            ReviewScreenReading.rows(screen).contains { $0.hasPrefix("paste-bracketed") || $0.hasPrefix("paste-plain:") }
        }
        #expect(stopped.contains("paste-plain:hello"), "the stopped reviewer left bracketed paste on:\n\(stopped)")
        try session.sendLiteral("fg")
        try session.send("Enter")
        try session.waitFor("the card again") { $0.contains("First question") && $0.contains("1/4") }
        try session.paste("5 q\n", bracketed: true)
        let resumed = try session.waitFor("Ignored a paste")
        #expect(resumed.contains("First question"), "the paste after fg graded nothing")
        try session.send("q")
        try session.waitFor("the shell prompt") { !$0.contains("First question") && $0.contains(E2EFixture.shellPromptMark) }
        #expect(try fixture.exportedReviews().isEmpty)
    }

    /// The reviewer started by typing its command line into an interactive shell.
    static func startReviewFromAnInteractiveShell(_ fixture: E2EFixture) throws -> TmuxSession {
        let session = try fixture.startShell()
        try session.waitFor(E2EFixture.shellPromptMark)
        try session.sendLiteral(fixture.reviewCommandLine)
        try session.send("Enter")
        return session
    }

    /// A bracketed paste reaches the shell as plain text: the reviewer turned the mode off.
    static func expectPlainPaste(_ session: TmuxSession) throws {
        try session.paste("hello\n", bracketed: true)
        let screen = try session.waitFor("the pasted line") { $0.contains("paste-") }
        #expect(screen.contains("paste-plain:hello"), "bracketed paste was left on:\n\(screen)")
    }
}
