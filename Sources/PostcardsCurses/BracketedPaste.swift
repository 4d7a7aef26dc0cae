import CNcursesw
import Foundation

/// Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in ESC[200~ … ESC[201~,
/// so a paste arrives as one piece instead of as keys that would grade cards and quit.
enum BracketedPaste {
    /// Key codes past ncurses' own for the two brackets, so `wget_wch` reports each as one key
    /// instead of an Esc (which quits) followed by characters.
    static let startKey = KEY_MAX + 1
    static let endKey = KEY_MAX + 2
    /// Pasted text kept at most; the rest of a longer paste is read and dropped, since
    /// nothing on the review screen takes text.
    static let keptCharacters = 1 << 16

    /// ESC [ ? 2 0 0 4 h and … l, as byte tuples: written from signal handlers, where
    /// building a String or Array could allocate.
    private static let onBytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (27, 91, 63, 50, 48, 48, 52, 104)
    private static let offBytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (27, 91, 63, 50, 48, 48, 52, 108)

    /// Teaches ncurses the brackets; call after `newterm`, with keypad mode on.
    static func defineKeys() {
        define_key("\u{1B}[200~", startKey)
        define_key("\u{1B}[201~", endKey)
    }

    /// Reads the byte tuples once, so their lazy initialisation never first happens inside a
    /// signal handler. Call before installing handlers that use them.
    static func prepareForSignalHandlers() {
        _ = onBytes
        _ = offBytes
    }

    /// Asks the terminal to bracket pastes. Async-signal-safe.
    static func turnOn() { write(onBytes) }

    /// Back to plain pastes, as the shell expects. Async-signal-safe.
    static func turnOff() { write(offBytes) }

    private static func write(_ bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)) {
        var copy = bytes
        withUnsafeBytes(of: &copy) { buffer in
            _ = Foundation.write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
        }
    }
}
