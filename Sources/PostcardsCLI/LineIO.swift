import Foundation

/// Line-oriented input and output, so plain mode runs the same against a pipe or a test.
protocol LineIO: AnyObject {
    /// The next line without its newline; nil at end of input.
    func readLine() -> String?
    /// Writes text and flushes, so a script reading through a pipe sees each prompt at once.
    func write(_ text: String)
}

final class StandardIO: LineIO {
    func readLine() -> String? { Swift.readLine(strippingNewline: true) }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
