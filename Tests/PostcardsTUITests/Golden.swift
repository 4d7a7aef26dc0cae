import Foundation
import Testing
import PostcardsTUI

/// Compares a screen's text with `Goldens/<name>.txt`. Set `POSTCARDS_RECORD_GOLDENS=1`
/// to (re)write the files after an intended change, then review the diff.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func check(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = screen.text + "\n"
        if ProcessInfo.processInfo.environment["POSTCARDS_RECORD_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "screen differs from Goldens/\(name).txt", sourceLocation: sourceLocation)
        #expect(screen.lines.count == screen.height, sourceLocation: sourceLocation)
        for line in screen.lines {
            #expect(line.displayWidth <= screen.width, "row wider than the screen: \(line.plainText)", sourceLocation: sourceLocation)
        }
    }
}
