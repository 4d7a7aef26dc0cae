import CNcursesw
import Foundation
import PostcardsTUI

/// The review screen's terminal through ncursesw: keys in, `Screen` out, nothing else.
public final class NcursesTerminal: Terminal {
    public enum StartError: Error, CustomStringConvertible {
        case cannotInitialise(term: String)

        public var description: String {
            switch self {
            case let .cannotInitialise(term):
                "cannot start the full-screen reviewer on this terminal (TERM=\(term)). Use `postcards review --plain`, or set TERM to your terminal's type."
            }
        }
    }

    /// Milliseconds ncurses waits after Esc for the rest of an escape sequence (default 1 s).
    static let escapeDelayMillis: Int32 = 25
    /// Consecutive read errors taken to mean the terminal is gone rather than interrupted.
    static let readErrorsBeforeGivingUp = 16

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: Bool
    private var restored = false
    /// A resize arrived inside a paste; reported as the next event.
    private var resizedDuringPaste = false

    /// Takes over the terminal. `colors` asks for colour; it is used only if the terminal has it.
    public init(colors: Bool) throws {
        setlocale(LC_ALL, "")
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        // Before newterm: ncurses installs its own SIGINT/SIGTERM handlers (which exit with
        // status 1) only where it finds the default disposition.
        TerminalRestorer.install()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input), let window = cnc_stdscr()
        else { throw StartError.cannotInitialise(term: term) }
        self.screen = screen
        self.window = window
        cbreak()
        noecho()
        keypad(window, true)
        set_escdelay(Self.escapeDelayMillis)
        curs_set(0)
        BracketedPaste.defineKeys()
        BracketedPaste.turnOn()
        Suspension.install()
        self.colors = colors && has_colors()
        if self.colors { ColorPairs.start() }
    }

    deinit { restore() }

    public var size: TerminalSize {
        TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func nextEvent() -> TerminalEvent {
        if resizedDuringPaste {
            resizedDuringPaste = false
            return .resize(size)
        }
        var errors = 0
        while errors < Self.readErrorsBeforeGivingUp {
            var character: wint_t = 0
            switch wget_wch(window, &character) {
            case KEY_CODE_YES:
                if Int32(character) == KEY_RESIZE { return .resize(size) }
                if Int32(character) == BracketedPaste.startKey { return readPaste() }
                return .key(KeyMap.functionKey(Int32(character)))
            case OK:
                return .key(KeyMap.character(UInt32(character)))
            default:
                errors += 1
            }
        }
        return .endOfInput
    }

    /// The text up to the closing bracket. A resize inside it is reported after it; input
    /// that ends mid-paste ends the paste.
    private func readPaste() -> TerminalEvent {
        var text = ""
        var count = 0
        var errors = 0
        while errors < Self.readErrorsBeforeGivingUp {
            var character: wint_t = 0
            switch wget_wch(window, &character) {
            case KEY_CODE_YES:
                if Int32(character) == BracketedPaste.endKey { return .paste(text) }
                if Int32(character) == KEY_RESIZE { resizedDuringPaste = true }
            case OK:
                count += 1
                if count <= BracketedPaste.keptCharacters, let scalar = Unicode.Scalar(UInt32(character)) {
                    text.unicodeScalars.append(scalar)
                }
            default:
                errors += 1
            }
        }
        return .paste(text)
    }

    public func draw(_ screen: Screen) {
        werase(window)
        for (row, line) in screen.lines.enumerated() {
            wmove(window, Int32(row), 0)
            for span in line.spans {
                wattr_set(window, attributes(span.style), colors ? ColorPairs.pair(span.style.color) : 0, nil)
                var characters = span.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                characters.append(0)
                // Writing into the bottom-right cell reports an error although it draws; ignore it.
                _ = waddnwstr(window, characters, Int32(characters.count - 1))
            }
        }
        wattr_set(window, CNC_A_NORMAL, 0, nil)
        wnoutrefresh(window)
        doupdate()
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        endwin()
        BracketedPaste.turnOff()
        delscreen(screen)
    }

    private func attributes(_ style: Style) -> attr_t {
        var value = CNC_A_NORMAL
        if style.bold { value |= CNC_A_BOLD }
        if style.dim { value |= CNC_A_DIM }
        if style.reverse { value |= CNC_A_REVERSE }
        if style.underline { value |= CNC_A_UNDERLINE }
        return value
    }
}
