import CNcursesw
import Foundation

/// Ctrl-Z and `fg`. ncurses' own SIGTSTP handler gives the shell its terminal modes and main
/// screen back, stops the process and, on SIGCONT, restores the full screen and repaints it.
/// It does not know about bracketed paste, so this handler wraps it: off before the stop (the
/// shell would otherwise receive bracketed pastes), on again after the resume.
enum Suspension {
    /// ncurses' handler, found after `newterm`; written once before the wrapper can run.
    nonisolated(unsafe) private static var curses: sigaction = .init()
    nonisolated(unsafe) private static var installed = false

    /// Wraps ncurses' SIGTSTP handler. Does nothing where ncurses installed none (SIGTSTP was
    /// ignored, as under a shell without job control): there is then no suspension to handle.
    static func install() {
        guard !installed else { return }
        var current = sigaction()
        guard sigaction(SIGTSTP, nil, &current) == 0, let handler = current.__sigaction_handler.sa_handler else { return }
        let ignore = unsafeBitCast(SIG_IGN, to: Int.self)
        guard unsafeBitCast(handler, to: Int.self) != ignore else { return }
        installed = true
        curses = current
        var wrapper = current
        wrapper.__sigaction_handler.sa_handler = { number in
            BracketedPaste.turnOff()
            // Returns once the process is continued; by then it has repainted the screen. It
            // puts this wrapper back as the SIGTSTP handler itself (the one it found).
            Suspension.curses.__sigaction_handler.sa_handler?(number)
            BracketedPaste.turnOn()
        }
        sigaction(SIGTSTP, &wrapper, nil)
    }
}
