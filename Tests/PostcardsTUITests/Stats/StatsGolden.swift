import Foundation
import Testing
import PostcardsTUI

/// Compares rendered dashboard lines with `Goldens/<name>.txt`. Set
/// `POSTCARDS_RECORD_GOLDENS=1` to (re)write the files after an intended change.
enum StatsGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Goldens")

    static func check(_ lines: [Line], width: Int, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = Screen(width: width, height: lines.count, lines: lines).text + "\n"
        for line in lines {
            #expect(line.displayWidth <= width, "line wider than \(width): \(line.plainText)", sourceLocation: sourceLocation)
        }
        if ProcessInfo.processInfo.environment["POSTCARDS_RECORD_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "dashboard differs from Goldens/\(name).txt", sourceLocation: sourceLocation)
    }
}
