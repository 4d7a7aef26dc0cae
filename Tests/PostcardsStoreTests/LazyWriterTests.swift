import Foundation
import GRDB
import Testing
@testable import PostcardsStore

/// An up-to-date collection opens read-only, and its writer only at the first write.
struct LazyWriterTests {
    static func collection() throws -> String {
        let path = try DurabilityTests.temporaryPath()
        do { try AppDatabase.open(at: path).setMetaValue("0", for: "probe") }
        return path
    }

    @Test func readsGoToReadOnlyConnectionsUntilSomethingIsWritten() throws {
        let database = try AppDatabase.open(at: try Self.collection())
        #expect(try database.metaValue("probe") == "0")
        let refused = #expect(throws: DatabaseError.self) {
            try database.reader.unsafeRead { try $0.execute(sql: "UPDATE meta SET value = '1'") }
        }
        #expect(refused?.resultCode == .SQLITE_READONLY)
    }

    @Test func aWriteOpensTheWriterAndLaterReadsSeeIt() throws {
        let database = try AppDatabase.open(at: try Self.collection())
        #expect(try database.metaValue("probe") == "0")
        try database.setMetaValue("1", for: "probe")
        #expect(try database.metaValue("probe") == "1")
        let level = try database.writer.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(level == 2) // FULL, as when the writer opened at once
    }

    @Test func closingBothFoldsTheWriteIntoTheDatabaseFile() throws {
        let path = try Self.collection()
        do {
            let database = try AppDatabase.open(at: path)
            _ = try database.metaValue("probe")
            try database.setMetaValue("2", for: "probe")
        }
        // With read-only connections open beside the writer, the checkpoint at close still runs.
        let copy = try DurabilityTests.temporaryPath()
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try AppDatabase.open(at: copy, readOnly: true).metaValue("probe") == "2")
    }

    @Test func anUnstampedCollectionIsStampedAtOpen() throws {
        let path = try Self.collection()
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 0") }
        }
        _ = try AppDatabase.open(at: path)
        let queue = try DatabaseQueue(path: path)
        let version = try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == Migrations.migrator.migrations.count)
    }

    /// Read-only connections beside a later writer need WAL; a collection whose header says
    /// otherwise opens with its writer at once, which puts it back in WAL mode.
    @Test func aCollectionOutOfWALModeOpensItsWriterAtOnce() throws {
        let path = try Self.collection()
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        }
        #expect(try DatabaseFile.check(path) == .sqlite(writeAheadLogged: false))
        let database = try AppDatabase.open(at: path)
        // Nothing written yet, and the file is in WAL mode again: the writer opened with it.
        #expect(try DatabaseFile.check(path) == .sqlite(writeAheadLogged: true))
        try database.setMetaValue("3", for: "probe")
        #expect(try database.metaValue("probe") == "3")
    }
}
