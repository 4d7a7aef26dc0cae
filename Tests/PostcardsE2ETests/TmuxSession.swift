import Foundation
import PostcardsTUI

/// A tmux server on a private socket running one program in a pane of a given size.
final class TmuxSession {
    /// How long to wait for the screen to show something before failing.
    static let deadline: Duration = .seconds(20)
    static let pollInterval: UInt32 = 20_000 // microseconds

    let socket: String
    let environment: [String: String]
    /// Where the socket and any paste buffers live.
    let directory: URL

    /// Starts `command` in a detached `width`×`height` session.
    init(command: [String], width: Int, height: Int, environment: [String: String], directory: URL) throws {
        socket = directory.appending(path: "tmux-\(UUID().uuidString.prefix(8)).sock").path
        self.directory = directory
        self.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": directory.path]
        let program = ["env"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + command
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)"] + program)
    }

    deinit { kill() }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> Subprocess.Result {
        let result = try Subprocess.run(["tmux", "-S", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            throw Subprocess.Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        }
        return result
    }

    /// The pane's text, one row per line.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p"]).stdout
    }

    /// Sends keys as tmux names them (`Space`, `Enter`, `Escape`, `q`).
    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// Sends `text` as typed characters, one key each (no paste brackets).
    func sendLiteral(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// Pastes `text` as a terminal paste. With `bracketed`, tmux wraps it in ESC[200~ … ESC[201~
    /// when (and only when) the program has turned bracketed paste on, as a terminal does.
    func paste(_ text: String, bracketed: Bool) throws {
        let file = directory.appending(path: "paste-\(UUID().uuidString.prefix(8)).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try tmux(["load-buffer", "-b", "e2e", file.path])
        try tmux(["paste-buffer", "-d", "-b", "e2e"] + (bracketed ? ["-p"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Resizes to each size in turn from one tmux client, so the changes come as fast as
    /// tmux can apply them.
    func resize(through sizes: [TerminalSize]) throws {
        let commands = sizes.map { ["resize-window", "-x", "\($0.width)", "-y", "\($0.height)"] }
        try tmux(Array(commands.joined(separator: [";"])))
    }

    /// A tmux format expanded for the pane (`#{alternate_on}`, `#{pane_pid}`).
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", format]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process the pane runs (the program itself: `env` execs it).
    func panePID() throws -> pid_t {
        let text = try display("#{pane_pid}")
        guard let pid = pid_t(text) else { throw Subprocess.Failure(description: "no pane pid in \"\(text)\"") }
        return pid
    }

    /// Polls the pane until `predicate` holds, failing with the last screen at the deadline.
    @discardableResult
    func waitFor(_ what: String, _ predicate: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: Self.deadline)
        var screen = ""
        while clock.now < end {
            screen = (try? capture()) ?? screen
            if predicate(screen) { return screen }
            usleep(Self.pollInterval)
        }
        throw Subprocess.Failure(description: "timed out waiting for \(what); the screen was:\n\(screen)")
    }

    @discardableResult
    func waitFor(_ text: String) throws -> String {
        try waitFor("\"\(text)\"") { $0.contains(text) }
    }

    /// How long the screen must stay the same to count as settled.
    static let stillness: Duration = .milliseconds(500)

    /// Waits until the screen stops changing (the program has worked through its input).
    @discardableResult
    func waitUntilStill() throws -> String {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: Self.deadline)
        var screen = try capture()
        var since = clock.now
        while clock.now < end {
            usleep(Self.pollInterval)
            let next = try capture()
            if next != screen {
                screen = next
                since = clock.now
            } else if clock.now - since >= Self.stillness {
                return screen
            }
        }
        throw Subprocess.Failure(description: "the screen kept changing; the last was:\n\(screen)")
    }

    /// True while the program still runs (tmux ends the session when it exits).
    var isRunning: Bool {
        ((try? Subprocess.run(["tmux", "-S", socket, "has-session"], environment: environment))?.status ?? 1) == 0
    }

    func waitForExit() throws {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: Self.deadline)
        while clock.now < end {
            if !isRunning { return }
            usleep(Self.pollInterval)
        }
        throw Subprocess.Failure(description: "the program did not exit")
    }

    func kill() {
        _ = try? Subprocess.run(["tmux", "-S", socket, "kill-server"], environment: environment)
        try? FileManager.default.removeItem(atPath: socket)
    }
}
