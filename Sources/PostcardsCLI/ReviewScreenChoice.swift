import Foundation

/// Whether `review` can take over the terminal or must use plain lines.
enum ReviewScreenChoice: Equatable {
    case fullScreen
    /// Plain lines; `note` explains why when the user did not ask for them.
    case plain(note: String?)

    static func choose(plainFlag: Bool, environment: [String: String], inputIsTerminal: Bool, outputIsTerminal: Bool) -> Self {
        if plainFlag { return .plain(note: nil) }
        let term = environment["TERM"] ?? ""
        if !inputIsTerminal || !outputIsTerminal {
            return .plain(note: "postcards: not a terminal, so reviewing in plain mode (--plain).")
        }
        if term.isEmpty || term == "dumb" {
            return .plain(note: "postcards: TERM=\(term.isEmpty ? "(unset)" : term) cannot show the full screen, so reviewing in plain mode (--plain).")
        }
        return .fullScreen
    }

    static func current(plainFlag: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Self {
        choose(plainFlag: plainFlag, environment: environment,
               inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }
}
