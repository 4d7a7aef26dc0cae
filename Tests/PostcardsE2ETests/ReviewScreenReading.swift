import Foundation

/// What a captured review screen says, read the way a person reads it.
enum ReviewScreenReading {
    /// The place counter at the end of the title row ("3/12"): answers and skips so far + 1.
    static func counter(_ screen: String) -> Int? {
        guard let title = screen.split(separator: "\n", omittingEmptySubsequences: false).first,
              let match = title.firstMatch(of: /(\d+)\/(\d+)\s*$/)
        else { return nil }
        return Int(match.1)
    }

    /// The card named by the rule under the header ("── chapter / key ──").
    static func cardKey(_ screen: String, chapter: String) -> String? {
        for row in screen.split(separator: "\n") {
            guard let start = row.range(of: "── \(chapter) / ") else { continue }
            return row[start.upperBound...].split(separator: " ").first.map(String.init)
        }
        return nil
    }

    static func isSummary(_ screen: String) -> Bool { screen.contains("Session complete") }

    /// What the footer, the last rows the reviewer draws, offers.
    enum Footer: Equatable {
        /// Before the reveal: "space show answer  s skip …".
        case reveal
        /// After it: the six grades ("0 blackout …", or "0 blank …" when narrow).
        case grades
    }

    static func footer(_ screen: String) -> Footer? {
        let text = screen.split(separator: "\n").suffix(3).joined(separator: "\n")
        let reveal = text.contains("space show answer")
        let grades = text.contains("0 blackout") || text.contains("0 blank")
        if reveal == grades { return nil }
        return reveal ? .reveal : .grades
    }

    /// Rows of the screen.
    static func rows(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }
}
