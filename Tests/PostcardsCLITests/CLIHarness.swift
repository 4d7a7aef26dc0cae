import Foundation
import Testing

/// Runs the built `postcards` binary with its own database and clock.
struct CLIHarness {
    let directory: URL
    var database: URL { directory.appending(path: "test.sqlite3") }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appending(path: "postcards-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable next to the test bundle (both are products of the same build).
    static var binary: URL {
        if let override = ProcessInfo.processInfo.environment["POSTCARDS_BIN"] { return URL(fileURLWithPath: override) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") || directory.path.contains(".xctest/") {
            while directory.path.contains(".xctest") { directory.deleteLastPathComponent() }
        }
        return directory.appending(path: "postcards")
    }

    func write(_ name: String, _ text: String) throws -> URL {
        let url = directory.appending(path: name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    @discardableResult
    func run(_ arguments: [String], input: String = "", now: String = "2026-12-01T09:00:00Z",
             environment extra: [String: String] = [:], binary: URL = CLIHarness.binary,
             launcher: [String] = []) throws -> Result {
        let process = Process()
        // A launcher (e.g. setpriv to drop root) runs the binary as its last argument.
        process.executableURL = launcher.first.map(URL.init(fileURLWithPath:)) ?? binary
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [binary.path] + arguments
        var environment = ["POSTCARDS_DB": database.path, "POSTCARDS_NOW": now, "TZ": "UTC", "LANG": "C.UTF-8",
                           "HOME": directory.path, "PATH": "/usr/bin:/bin"]
        environment.merge(extra) { $1 }
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    /// Parses `export … --format jsonl` output.
    func jsonl(_ what: String, now: String = "2026-12-01T09:00:00Z") throws -> [[String: Any]] {
        let result = try run(["export", what], now: now)
        #expect(result.status == 0, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// Everything a user could lose: both exports.
    func snapshot() throws -> String {
        let cards = try run(["export", "cards"]).stdout
        let reviews = try run(["export", "reviews"]).stdout
        return cards + "\u{0}" + reviews
    }
}
