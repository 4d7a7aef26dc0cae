import Foundation
import GRDB
import Testing
@testable import PostcardsCore
@testable import PostcardsStore

/// Backups: before a migration of a collection with data, and on demand.
@Suite struct BackupTests {
    let directory: URL
    var path: String { directory.appending(path: "postcards.sqlite3").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appending(path: "postcards-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// The shipped migrations plus `extra` later ones, as a newer postcards would have them.
    static func migrator(extra: Int) -> DatabaseMigrator {
        var migrator = Migrations.migrator
        for version in 0..<extra {
            migrator.registerMigration("test v\(version + 2)") { db in
                try db.execute(sql: "CREATE TABLE extra_\(version + 2) (x)")
            }
        }
        return migrator
    }

    static func clock(minute: Int) -> FixedClock {
        FixedClock(StoreTests.now.addingTimeInterval(Double(minute) * 60))
    }

    /// A collection of one card with one answer, at schema version `1 + extra`.
    func seed(extra: Int = 0) throws {
        let database = try AppDatabase.open(at: path, migrator: Self.migrator(extra: extra), clock: Self.clock(minute: 0))
        try database.importDrafts([StoreTests.draft("a")], now: StoreTests.now, clock: StoreTests.clock)
        let after = CardSchedule.new.applying(Grade(4)!, on: StoreTests.today).state
        try database.record(ReviewEvent(card: CardID(deck: "Deck", key: "a"), at: StoreTests.now, day: StoreTests.today,
                                        grade: Grade(4)!, kind: .review, answerMillis: 900, after: after))
    }

    static func tables(in path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
    }

    @Test func migratingACollectionWithDataWritesABackupOfTheOldSchemaFirst() throws {
        try seed()
        let migrated = try AppDatabase.open(at: path, migrator: Self.migrator(extra: 1), clock: Self.clock(minute: 1))
        let backups = BackupFiles.existing(of: path, kind: .automatic)
        #expect(backups.map { URL(fileURLWithPath: $0).lastPathComponent } == ["postcards.auto-backup-20261201-080100-000.sqlite3"])
        let backup = try #require(backups.first)
        #expect(try !Self.tables(in: backup).contains("extra_2"))
        let copy = try AppDatabase.open(at: backup, clock: Self.clock(minute: 2))
        #expect(try copy.allEvents().count == 1)
        #expect(try copy.cardCount() == 1)
        #expect(try Self.tables(in: path).contains("extra_2"))
        #expect(try migrated.allEvents().count == 1)
    }

    @Test func onlyTheNewestThreeAutomaticBackupsAreKept() throws {
        try seed()
        for version in 1...5 {
            _ = try AppDatabase.open(at: path, migrator: Self.migrator(extra: version), clock: Self.clock(minute: version))
        }
        let names = BackupFiles.existing(of: path, kind: .automatic).map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(names == (3...5).map { "postcards.auto-backup-20261201-080\($0)00-000.sqlite3" })
    }

    @Test func openingAnUpToDateOrNewCollectionWritesNoBackup() throws {
        try seed()
        _ = try AppDatabase.open(at: path, clock: Self.clock(minute: 1))
        let fresh = directory.appending(path: "fresh.sqlite3").path
        _ = try AppDatabase.open(at: fresh, clock: Self.clock(minute: 1))
        #expect(BackupFiles.existing(of: path, kind: .automatic).isEmpty)
        #expect(BackupFiles.existing(of: fresh, kind: .automatic).isEmpty)
    }

    @Test func migratingACollectionWithoutCardsWritesNoBackup() throws {
        // What another process sees while it is still creating the collection.
        _ = try AppDatabase.open(at: path, clock: Self.clock(minute: 0))
        _ = try AppDatabase.open(at: path, migrator: Self.migrator(extra: 1), clock: Self.clock(minute: 1))
        #expect(BackupFiles.existing(of: path, kind: .automatic).isEmpty)
        #expect(try Self.tables(in: path).contains("extra_2"))
    }

    @Test func onDemandBackupIsAConsistentCopyAndNeverOverwritesAFile() throws {
        try seed()
        let database = try AppDatabase.open(at: path, clock: Self.clock(minute: 1))
        let target = directory.appending(path: "copy.sqlite3").path
        try database.backup(to: target)
        #expect(try AppDatabase.open(at: target).allEvents() == database.allEvents())
        #expect(!FileManager.default.fileExists(atPath: target + ".partial"))
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(throws: StoreError.backupExists(path: target)) { try database.backup(to: target) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
    }

    @Test func aBackupIntoAMissingDirectoryFailsWithoutCreatingIt() throws {
        try seed()
        let database = try AppDatabase.open(at: path)
        let target = directory.appending(path: "nope/copy.sqlite3").path
        #expect(throws: StoreError.self) { try database.backup(to: target) }
        #expect(!FileManager.default.fileExists(atPath: directory.appending(path: "nope").path))
    }

    @Test func aSideFileLeftByAKilledBackupIsReplacedByACompleteOne() throws {
        try seed()
        let target = directory.appending(path: "copy.sqlite3").path
        try Data("half a backup".utf8).write(to: URL(fileURLWithPath: target + ".partial"))
        try AppDatabase.open(at: path).backup(to: target)
        #expect(try AppDatabase.open(at: target).cardCount() == 1)
    }

    @Test func newestBackupIsNamedForRestoreAdvice() throws {
        try seed()
        let database = try AppDatabase.open(at: path)
        try database.backup(to: BackupFiles.path(for: path, kind: .manual, at: Self.clock(minute: 9).now()))
        _ = try AppDatabase.open(at: path, migrator: Self.migrator(extra: 1), clock: Self.clock(minute: 3))
        #expect(BackupFiles.newest(of: path).map { URL(fileURLWithPath: $0).lastPathComponent }
            == "postcards.backup-20261201-080900-000.sqlite3")
    }
}
