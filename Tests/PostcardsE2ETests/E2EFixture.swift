import Foundation

/// A temp directory with its own database, config and deck, and the built binary.
struct E2EFixture {
    static let now = "2026-12-01T09:00:00Z"
    static let chapter = "e2e"
    static let deck = """
        [deck]
        name = "E2E"
        chapter = "e2e"
        title = "End to end 日本語 ‖ Σ"
        order = 9

        [[cards]]
        id = "first"
        front = "First question: what is SFT?"
        back = "Supervised fine-tuning."

        [[cards]]
        id = "second"
        front = "Second question: what does DPO optimise?"
        back = "A classification loss on preference pairs."

        [[cards]]
        id = "math"
        front = "Which penalty is KL(π‖π_ref) 日本語?"
        back = "∇ Σ β·KL(π‖π_ref) 日本語 — the KL penalty."

        [[cards]]
        id = "fourth"
        front = "Fourth question: what is GRPO?"
        back = "Group-relative policy optimisation."
        """

    let directory: URL
    /// The chapter `startReview` restricts the session to.
    let chapter: String
    var database: String { directory.appending(path: "e2e.sqlite3").path }

    /// A new collection holding `deck` (TOML), imported through the binary.
    init(deck: String = Self.deck, chapter: String = Self.chapter) throws {
        directory = try Self.makeDirectory()
        self.chapter = chapter
        try FileManager.default.createDirectory(at: directory.appending(path: "deck"), withIntermediateDirectories: true)
        try Data(deck.utf8).write(to: directory.appending(path: "deck/e2e.toml"))
        let imported = try run(["import", directory.appending(path: "deck").path])
        guard imported.status == 0 else { throw Subprocess.Failure(description: "import failed: \(imported.stderr)") }
    }

    /// A copy of `template`'s collection in a directory of its own: many runs on a fresh
    /// collection without paying for an import each time. The template must be closed
    /// (no process running on it). Its WAL, if one was left, goes along: SQLite replays it.
    init(copying template: E2EFixture) throws {
        directory = try Self.makeDirectory()
        chapter = template.chapter
        try FileManager.default.copyItem(atPath: template.database, toPath: database)
        if FileManager.default.fileExists(atPath: template.database + "-wal") {
            try FileManager.default.copyItem(atPath: template.database + "-wal", toPath: database + "-wal")
        }
    }

    private static func makeDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "postcards-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Stops every tmux server started in the directory, then deletes it.
    func remove() {
        let sockets = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.filter { $0.hasSuffix(".sock") } ?? []
        for socket in sockets {
            _ = try? Subprocess.run(
                ["tmux", "-S", directory.appending(path: socket).path, "kill-server"],
                environment: ["PATH": "/usr/bin:/bin", "HOME": directory.path])
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// The executable built next to the test bundle (`swift build` runs before `swift test`).
    static var binary: String {
        if let override = ProcessInfo.processInfo.environment["POSTCARDS_BIN"] { return override }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path.contains(".xctest") { directory.deleteLastPathComponent() }
        return directory.appending(path: "postcards").path
    }

    var environment: [String: String] {
        ["POSTCARDS_DB": database, "POSTCARDS_NOW": Self.now, "TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
         "HOME": directory.path, "XDG_CONFIG_HOME": directory.appending(path: "config").path]
    }

    /// Runs the binary outside tmux (import, export), capturing its output.
    @discardableResult
    func run(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run([Self.binary] + arguments, environment: environment.merging(["PATH": "/usr/bin:/bin"]) { $1 })
    }

    /// Starts `postcards review --chapter <chapter>` full screen in tmux.
    func startReview(width: Int = 80, height: Int = 24, extra: [String] = []) throws -> TmuxSession {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw Subprocess.Failure(description: "no postcards binary at \(Self.binary): run `swift build` first")
        }
        let environment = self.environment.merging(["TERM": "tmux-256color"]) { $1 }
        return try TmuxSession(
            command: [Self.binary, "review", "--chapter", chapter] + extra, width: width, height: height,
            environment: environment, directory: directory)
    }

    static let bash = ["bash", "--norc", "--noprofile", "-i"]
    /// dash: job control, but no line editor that would reset terminal modes at its prompt.
    static let plainShell = ["sh", "-i"]

    /// An interactive shell (prompt `shell> `) in tmux, with the collection's environment, to
    /// run postcards as a job of a shell with job control.
    func startShell(_ shell: [String] = Self.bash, width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let environment = self.environment.merging(["TERM": "tmux-256color", "PS1": Self.shellPrompt]) { $1 }
        return try TmuxSession(
            command: shell, width: width, height: height,
            environment: environment, directory: directory)
    }

    static let shellPrompt = "shell> "
    /// The prompt as `capture-pane` shows it (trailing blanks trimmed).
    static let shellPromptMark = "shell>"

    /// The command line that starts the full-screen review from `startShell`'s shell.
    var reviewCommandLine: String { "'\(Self.binary)' review --chapter \(chapter)" }

    /// `doctor`'s verdict: exit 0, SQLite's integrity check passes, cache equals the replay.
    func doctorIsClean() throws -> (clean: Bool, output: String) {
        let doctor = try run(["doctor"])
        let clean = doctor.status == 0 && doctor.stdout.contains("integrity: ok") && doctor.stdout.contains("all equal to the replay")
        return (clean, doctor.stdout + doctor.stderr)
    }

    /// The review log as `export reviews` prints it, one JSON object per answer.
    func exportedReviews() throws -> [[String: Any]] {
        let result = try run(["export", "reviews"])
        guard result.status == 0 else { throw Subprocess.Failure(description: "export failed: \(result.stderr)") }
        return try result.stdout.split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
