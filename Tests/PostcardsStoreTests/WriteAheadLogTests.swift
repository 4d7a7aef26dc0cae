import Foundation
import GRDB
import Testing
@testable import PostcardsStore

/// Reading a collection writes nothing to it, and no `-wal` frames outlive a clean exit,
/// so a file copied over the collection (a restored backup) is read as it was copied.
struct WriteAheadLogTests {
    @Test func reopeningAnUpToDateCollectionToReadWritesNothingToIt() throws {
        let path = try DurabilityTests.temporaryPath()
        do { try AppDatabase.open(at: path).setMetaValue("1", for: "probe") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for _ in 0..<3 {
            let database = try AppDatabase.open(at: path)
            #expect(try database.metaValue("probe") == "1")
        }
        // Opening the writer wrote a dummy table to create the WAL, and the checkpoint at close
        // copied its pages back, changing the header's change counter.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aFileCopiedOverTheCollectionIsReadAsCopied() throws {
        let path = try DurabilityTests.temporaryPath()
        do { try AppDatabase.open(at: path).setMetaValue("old", for: "probe") }
        let backup = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let database = try AppDatabase.open(at: path)
            _ = try database.metaValue("probe")
            try database.setMetaValue("new", for: "probe")
        }
        try backup.write(to: URL(fileURLWithPath: path))
        // A WAL kept past the exit would lay its frames, written for the other file, over this one.
        #expect(try AppDatabase.open(at: path).metaValue("probe") == "old")
        #expect(try AppDatabase.open(at: path, readOnly: true).metaValue("probe") == "old")
    }
}
