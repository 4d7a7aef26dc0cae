import Foundation
import GRDB
import Testing
@testable import PostcardsStore

struct DurabilityTests {
    static func temporaryPath() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appending(path: "postcards-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appending(path: "db.sqlite3").path
    }

    @Test func writerSyncsFullySoAnAnswerSurvivesPowerLoss() throws {
        let database = try AppDatabase.open(at: try Self.temporaryPath())
        let level = try database.writer.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(level == 2) // FULL
        let mode = try database.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func readOnlyOpenLeavesTheFileByteIdentical() throws {
        let path = try Self.temporaryPath()
        do { _ = try AppDatabase.open(at: path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for _ in 0..<3 {
            let database = try AppDatabase.open(at: path, readOnly: true)
            _ = try database.cardCount()
            _ = try database.checkHealth()
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
