import CNcursesw
import Foundation

/// Gives the terminal back to the shell when the process is interrupted, terminated or
/// crashes, then lets the signal do what it would have done (so the exit status and any
/// crash report are unchanged).
enum TerminalRestorer {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    static let slots = 65

    /// The dispositions found at install time, restored before re-raising.
    /// Written once before any handler can run, then only read by the handlers.
    nonisolated(unsafe) private static var previous: [sigaction] = Array(repeating: .init(), count: slots)
    nonisolated(unsafe) private static var installed = false

    static func install() {
        guard !installed else { return }
        installed = true
        BracketedPaste.prepareForSignalHandlers()
        for signal in signals {
            var action: sigaction = .init()
            action.__sigaction_handler.sa_handler = { number in
                endwin()
                BracketedPaste.turnOff()
                if number >= 0 && Int(number) < TerminalRestorer.slots {
                    var old = TerminalRestorer.previous[Int(number)]
                    sigaction(number, &old, nil)
                }
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, &previous[Int(signal)])
        }
    }
}
