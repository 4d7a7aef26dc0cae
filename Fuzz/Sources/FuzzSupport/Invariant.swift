#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PostcardsCore

/// Fails the fuzz run with a message. `precondition` would trap too, but in release builds
/// it drops the message, and a crash file without the broken rule is slow to triage.
public func invariant(_ holds: @autoclosure () -> Bool, _ rule: @autoclosure () -> String) {
    guard !holds() else { return }
    let message = Array("invariant broken: \(rule())\n".utf8)
    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    abort()
}

/// The fuzzer's bytes as text. Invalid UTF-8 becomes U+FFFD, as it would when a caller
/// decodes a file leniently; the byte-level readers get the raw bytes instead.
public func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// A reported location must point into the text: a line that exists (or one past the end,
/// for "missing at end of file") and a positive column. Line 0 means "the whole file".
public func checkLocation(_ location: SourceLocation, lineCount: Int, _ what: String) {
    invariant(location.line >= 0 && location.line <= lineCount + 1,
              "\(what): line \(location.line) outside 0...\(lineCount + 1)")
    invariant(location.column >= 1, "\(what): column \(location.column) < 1")
}

/// Lines as an editor counts them: LF, CRLF or a lone CR end a line.
public func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var lines = 1
    var index = 0
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "\n") {
            lines += 1
        } else if bytes[index] == UInt8(ascii: "\r") {
            lines += 1
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        }
        index += 1
    }
    return lines
}

/// Renders a card the way review does, so the cloze and text paths behind it run too.
public func render(_ draft: CardDraft) -> Int {
    draft.content.plainFront.utf8.count + draft.content.plainBack.utf8.count + draft.id.description.utf8.count
}
