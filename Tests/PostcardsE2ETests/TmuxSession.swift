import Foundation

/// A tmux server on a private socket running one program in a pane of a given size.
final class TmuxSession {
    /// How long to wait for the screen to show something before failing.
    static let deadline: Duration = .seconds(20)
    static let pollInterval: UInt32 = 20_000 // microseconds

    let socket: String
    let environment: [String: String]

    /// Starts `command` in a detached `width`×`height` session.
    init(command: [String], width: Int, height: Int, environment: [String: String], directory: URL) throws {
        socket = directory.appending(path: "tmux-\(UUID().uuidString.prefix(8)).sock").path
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

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
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
