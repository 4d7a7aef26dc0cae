import Foundation
import PostcardsTUI

/// How text reaches standard output: its width, whether it may use Unicode block
/// characters, and whether it may colour them (a tty, `NO_COLOR` unset, `TERM` not dumb).
struct TerminalOutput {
    static let defaultWidth = 80

    var width: Int
    var unicode: Bool
    var colour: Bool

    static func detect(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        isTerminal: Bool = isatty(STDOUT_FILENO) == 1
    ) -> TerminalOutput {
        let tty = isTerminal
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        return TerminalOutput(
            width: (tty ? ttyWidth() : nil) ?? environment["COLUMNS"].flatMap(Int.init) ?? defaultWidth,
            unicode: localeIsUTF8(environment),
            colour: tty && !noColour)
    }

    /// The locale that governs character encoding: `LC_ALL`, else `LC_CTYPE`, else `LANG`.
    static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalized = locale.lowercased().replacingOccurrences(of: "-", with: "")
        return normalized.contains("utf8")
    }

    private static func ttyWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// One line as text, with ANSI SGR sequences for its styles when colour is on.
    func render(_ line: Line) -> String {
        var text = line.plainText
        while text.last == " " { text.removeLast() }
        guard colour else { return text }
        var out = ""
        for span in line.spans {
            let codes = Self.sgr(span.style)
            out += codes.isEmpty ? span.text : "\u{1B}[" + codes.joined(separator: ";") + "m" + span.text + "\u{1B}[0m"
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    static func sgr(_ style: Style) -> [String] {
        var codes: [String] = []
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        switch style.color {
        case .accent?: codes.append("36")
        case .good?: codes.append("32")
        case .warning?: codes.append("33")
        case .bad?: codes.append("31")
        case .muted?: codes.append("90")
        case nil: break
        }
        return codes
    }
}
