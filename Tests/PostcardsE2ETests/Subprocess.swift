import CSpawn
import Foundation

/// Runs programs through `posix_spawnp` (see CSpawn): Foundation's `Process` leaks a
/// descriptor into a tmux server, after which `waitUntilExit()` never returns.
enum Subprocess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `arguments` to completion with exactly `environment`, capturing its output.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]) throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appending(path: "postcards-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appending(path: "stdout").path
        let err = directory.appending(path: "stderr").path
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = cspawn_start(argv, envp, out, err, &pid)
        guard started == 0 else {
            throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(started)))")
        }
        let status = cspawn_wait(pid)
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: status, stdout: read(out), stderr: read(err))
    }
}
