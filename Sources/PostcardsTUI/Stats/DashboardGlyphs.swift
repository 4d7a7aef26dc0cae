import Foundation

/// The characters the dashboard draws with: Unicode block elements on a UTF-8 terminal,
/// plain ASCII otherwise (a non-UTF-8 locale would print block characters as garbage).
struct DashboardGlyphs {
    static let eighths = 8
    private static let horizontalEighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let verticalEighths = ["", "▁", "▂", "▃", "▄", "▅", "▆", "▇"]
    private static let unicodeHeat = ["·", "░", "▒", "▓", "█"]
    private static let asciiHeat = [".", "-", "+", "*", "#"]
    private static let asciiFolds: [Character: String] = [
        "—": "-", "–": "-", "‐": "-", "−": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"", "…": "...",
        "·": "-", "•": "*", "×": "x", "≥": ">=", "≤": "<=", "→": "->", "←": "<-", "‖": "||", "\u{00A0}": " ",
    ]

    let unicode: Bool

    var full: String { unicode ? "█" : "#" }
    var rule: String { unicode ? "─" : "-" }
    var separator: String { unicode ? " · " : " | " }
    var ellipsis: String { unicode ? "…" : "." }
    var none: String { unicode ? "–" : "-" }
    var heat: [String] { unicode ? Self.unicodeHeat : Self.asciiHeat }

    /// A horizontal bar `fraction` of `width` columns long, in eighths of a column where
    /// Unicode allows, padded with spaces to exactly `width` columns.
    func bar(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let eighths = Int((clamped * Double(width * Self.eighths)).rounded())
        var text = String(repeating: full, count: eighths / Self.eighths)
        var used = eighths / Self.eighths
        if eighths % Self.eighths > 0 {
            text += unicode ? Self.horizontalEighths[eighths % Self.eighths] : (eighths % Self.eighths >= Self.eighths / 2 ? "#" : "")
            used += unicode || eighths % Self.eighths >= Self.eighths / 2 ? 1 : 0
        }
        // A non-zero value always shows at least a sliver.
        if used == 0 && clamped > 0 {
            text = unicode ? Self.horizontalEighths[1] : "#"
            used = 1
        }
        return text + String(repeating: " ", count: max(0, width - used))
    }

    /// One cell of a column chart: how much of it (0…1) is filled from the bottom.
    func column(_ fill: Double) -> String {
        let eighths = Int((min(max(fill, 0), 1) * Double(Self.eighths)).rounded())
        if eighths >= Self.eighths { return full }
        if unicode { return eighths == 0 ? " " : Self.verticalEighths[eighths] }
        switch eighths {
        case 0: return " "
        case 1...3: return "."
        default: return ":"
        }
    }

    /// Text from the collection (titles, ids) made printable: unchanged on UTF-8, folded
    /// to ASCII otherwise (accents dropped, dashes and quotes simplified, the rest `?`).
    func text(_ value: String) -> String {
        guard !unicode else { return value }
        var out = ""
        for character in value {
            if character.isASCII {
                out.append(character)
            } else if let fold = Self.asciiFolds[character] {
                out += fold
            } else {
                let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
                    .filter { $0.isASCII }
                out += base.isEmpty ? "?" : String(String.UnicodeScalarView(base))
            }
        }
        return out
    }
}
