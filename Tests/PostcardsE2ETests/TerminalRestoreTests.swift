import Foundation
import Testing

/// The shell gets its terminal back however the reviewer ends.
@Suite(.serialized) struct TerminalRestoreTests {
    /// Runs the reviewer under a shell that survives the signal, then prints the exit status
    /// and the terminal modes the shell is left with.
    static func start(_ fixture: E2EFixture) throws -> TmuxSession {
        let script = """
            trap : INT TERM
            "$0" review --chapter \(E2EFixture.chapter)
            echo "exit=$?"
            stty -a
            echo "modes-printed"
            sleep 60
            """
        let environment = fixture.environment.merging(["TERM": "tmux-256color"]) { $1 }
        return try TmuxSession(
            command: ["sh", "-c", script, E2EFixture.binary], width: 80, height: 24, environment: environment,
            directory: fixture.directory)
    }

    /// Echo and line editing are back on, as a shell expects them.
    static func isCooked(_ screen: String) -> Bool {
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
    }

    @Test func interruptWithControlCRestoresTheTerminal() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try Self.start(fixture)
        try session.waitFor("First question")
        try session.send("C-c")
        let screen = try session.waitFor("modes-printed")
        #expect(screen.contains("exit=130"), "the interrupt still ends the process as an interrupt")
        #expect(Self.isCooked(screen), "\(screen)")
        #expect(!screen.contains("First question"), "the full screen is gone")
    }

    @Test func terminateSignalRestoresTheTerminal() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try Self.start(fixture)
        try session.waitFor("First question")
        let shell = try session.tmux(["display-message", "-p", "#{pane_pid}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try Subprocess.run(["pgrep", "-P", shell], environment: session.environment).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(!child.isEmpty)
        try Subprocess.run(["kill", "-TERM", child], environment: session.environment)
        let screen = try session.waitFor("modes-printed")
        #expect(screen.contains("exit=143"))
        #expect(Self.isCooked(screen), "\(screen)")
    }

    @Test func quittingNormallyRestoresTheTerminalAndPrintsTheSessionLine() throws {
        let fixture = try E2EFixture()
        defer { fixture.remove() }
        let session = try Self.start(fixture)
        try session.waitFor("First question")
        try session.send("Space")
        try session.waitFor("Supervised fine-tuning.")
        try session.send("5")
        try session.waitFor("Second question")
        try session.send("q")
        let screen = try session.waitFor("modes-printed")
        #expect(screen.contains("exit=0"))
        #expect(screen.contains("Session: 1 card(s)"))
        #expect(Self.isCooked(screen), "\(screen)")
    }
}
