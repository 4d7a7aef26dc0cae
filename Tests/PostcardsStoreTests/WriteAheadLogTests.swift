import Foundation
import GRDB
import Testing
@testable import PostcardsStore

/// The `-wal` file outlives the connections (persistent WAL), so that opening a collection
/// to read it writes nothing, while a clean close still leaves the database file whole.
struct WriteAheadLogTests {
    @Test func reopeningAnUpToDateCollectionToReadWritesNothingToIt() throws {
        let path = try DurabilityTests.temporaryPath()
        do { try AppDatabase.open(at: path).setMetaValue("1", for: "probe") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for _ in 0..<3 {
            let database = try AppDatabase.open(at: path)
            #expect(try database.metaValue("probe") == "1")
        }
        // Without a kept WAL, each open wrote a dummy table to create one, and the checkpoint at
        // close copied its pages back, changing the header's change counter.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aCleanCloseLeavesEveryWriteInTheDatabaseFileItself() throws {
        let path = try DurabilityTests.temporaryPath()
        do {
            let database = try AppDatabase.open(at: path)
            try database.setMetaValue("kept", for: "probe")
        }
        // Only the main file, as a user copying the collection by hand would take it.
        let copy = try DurabilityTests.temporaryPath()
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let database = try AppDatabase.open(at: copy, readOnly: true)
        #expect(try database.metaValue("probe") == "kept")
    }

    @Test func theWriterStillSyncsFullyWithTheWALKept() throws {
        let database = try AppDatabase.open(at: try DurabilityTests.temporaryPath())
        let level = try database.writer.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(level == 2)
    }
}
