import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The `postcards` binary driven through pipes the way a script drives it: read its output as
/// it comes, answer each prompt, and kill it at any moment.
///
/// Reads poll with a deadline, so a binary that stops printing fails the test instead of
/// hanging it. Writes go straight to the pipe and ignore a dead reader (SIGPIPE is ignored).
final class PipedProcess {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: [String]
        var output: String
        var description: String { "no \(waitingFor) within the deadline; output so far:\n\(output)" }
    }

    static let defaultDeadline: Duration = .seconds(20)
    private static let pollMillis: Int32 = 50
    private static let readChunk = 65_536

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var unread: [UInt8] = []
    /// Everything read so far, for diagnostics.
    private(set) var transcript = ""

    init(arguments: [String], environment: [String: String], stderr: URL) throws {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = CLIHarness.binary
        process.arguments = arguments
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Writes `text` to the process's standard input; false when the process is gone.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { buffer in
            write(input.fileHandleForWriting.fileDescriptor, buffer.baseAddress, buffer.count) == buffer.count
        }
    }

    /// Closes standard input: the process sees end of input.
    func closeInput() throws { try input.fileHandleForWriting.close() }

    /// Reads until one of `markers` appears; returns which one and the text before it (the
    /// marker is consumed). Throws `Timeout` at the deadline or when output ends first.
    func read(until markers: [String], deadline: Duration = defaultDeadline) throws -> (marker: String, text: String) {
        let end = ContinuousClock.now + deadline
        while true {
            if let found = firstMarker(markers) { return found }
            let remaining = end - ContinuousClock.now
            guard remaining > .zero, fill(waitingAtMost: Self.pollMillis) else {
                if let found = firstMarker(markers) { return found }
                throw Timeout(waitingFor: markers, output: transcript)
            }
        }
    }

    /// Sends SIGKILL and reaps the process.
    func kill() {
        Glibc.kill(pid, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for a normal end and returns the exit status.
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func firstMarker(_ markers: [String]) -> (marker: String, text: String)? {
        var best: (range: Range<Int>, marker: String)?
        for marker in markers {
            let needle = Array(marker.utf8)
            guard let range = Self.find(needle, in: unread) else { continue }
            if best == nil || range.lowerBound < best!.range.lowerBound { best = (range, marker) }
        }
        guard let best else { return nil }
        let text = String(decoding: unread[..<best.range.lowerBound], as: UTF8.self)
        unread.removeFirst(best.range.upperBound)
        return (best.marker, text)
    }

    /// Reads what is available within `millis`; false at end of output or on timeout with nothing read.
    private func fill(waitingAtMost millis: Int32) -> Bool {
        let descriptor = output.fileHandleForReading.fileDescriptor
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, millis) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: Self.readChunk)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        unread += buffer[..<count]
        transcript += String(decoding: buffer[..<count], as: UTF8.self)
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start..<start + needle.count }
        }
        return nil
    }
}
