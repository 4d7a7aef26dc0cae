import Foundation
import Testing

/// A database file postcards cannot use: every command says what is wrong, where and what to do,
/// exits non-zero, and leaves the file exactly as it was (same bytes, same inode).
@Suite struct BadDatabaseTests {
    /// Built once: a collection with the shipped deck and a small one.
    static let collection = try? TestDeck.collection(chapter: "bad-db", cards: 3)

    static let commands: [[String]] = [
        ["review", "--plain"], ["export", "cards"], ["doctor"], ["backup"], ["import", "DECK"], ["lint", "DECK"],
    ]

    enum BadFile: String, CaseIterable {
        case notSQLite, truncatedHalf, truncatedHeader, unknownMigration, higherUserVersion, foreignDatabase

        /// Writes the bad file at `url`; returns what the message must say and the exit status.
        func make(at url: URL, from collection: Data) throws -> (mentions: [String], status: Int32) {
            switch self {
            case .notSQLite:
                try Data(String(repeating: "my notes, not a database\n", count: 200).utf8).write(to: url)
                return (["not a SQLite database", "Nothing was changed", "--db"], 65)
            case .truncatedHalf:
                try collection.prefix(collection.count / 2).write(to: url)
                return (["is truncated", "\(collection.count) bytes", "Restore"], 65)
            case .truncatedHeader:
                try collection.prefix(60).write(to: url)
                return (["is truncated", "Restore"], 65)
            case .unknownMigration:
                try collection.write(to: url)
                try sqlite(url, "INSERT INTO grdb_migrations VALUES ('v99: from the future')")
                return (["newer version of postcards", "v99: from the future", "Install"], 65)
            case .higherUserVersion:
                try collection.write(to: url)
                try sqlite(url, "PRAGMA user_version = 99")
                return (["newer version of postcards", "schema version 99"], 65)
            case .foreignDatabase:
                try sqlite(url, "CREATE TABLE moz_places (url TEXT); INSERT INTO moz_places VALUES ('https://example.org')")
                return (["not a postcards collection", "moz_places"], 65)
            }
        }
    }

    /// The file's bytes and identity: a replaced file has another inode even with equal bytes.
    static func fingerprint(_ url: URL) throws -> (Data, Int) {
        let inode = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int ?? -1
        return (try Data(contentsOf: url), inode)
    }

    /// Edits a database with the sqlite3 shell, as a newer postcards or another program would.
    static func sqlite(_ url: URL, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [url.path, sql]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestDeck.SetupFailure(message: "sqlite3 \(sql) failed") }
    }

    @Test(arguments: BadFile.allCases)
    func everyCommandRefusesABadFileAndLeavesItUntouched(bad: BadFile) throws {
        let harness = try CLIHarness()
        let deck = try harness.write("deck.toml", TestDeck.toml(chapter: "extra", cards: 1))
        let (mentions, status) = try bad.make(at: harness.database, from: try #require(Self.collection))
        let before = try Self.fingerprint(harness.database)
        for command in Self.commands {
            let arguments = command.map { $0 == "DECK" ? deck.path : $0 }
            if command.first == "lint" {
                // lint reads decks only: a bad collection must not stop it.
                #expect(try harness.run(arguments).status == 0)
                continue
            }
            let result = try harness.run(arguments, input: "\n4\n")
            #expect(result.status == status, "\(bad) \(command): \(result.stderr)")
            for text in mentions + [harness.database.path] {
                #expect(result.stderr.contains(text), "\(bad) \(command): \(result.stderr)")
            }
            let after = try Self.fingerprint(harness.database)
            #expect(after.0 == before.0 && after.1 == before.1, "\(bad) \(command) changed the file")
        }
        let backups = try FileManager.default.contentsOfDirectory(atPath: harness.directory.path).filter { $0.contains("backup") }
        #expect(backups.isEmpty, "\(backups)")
    }

    @Test func aMissingParentDirectoryIsNamedAndNotCreated() throws {
        let harness = try CLIHarness()
        let missing = harness.directory.appending(path: "no/such/dir")
        for command in Self.commands where command.first != "lint" && command.first != "import" {
            let result = try harness.run(command, environment: ["POSTCARDS_DB": missing.appending(path: "c.sqlite3").path])
            #expect(result.status == 73, "\(command): \(result.stderr)")
            #expect(result.stderr.contains(missing.path), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("Create it"), "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: harness.directory.appending(path: "no").path))
    }

    @Test func aDirectoryGivenAsTheDatabaseIsRefused() throws {
        let harness = try CLIHarness()
        let directory = harness.directory.appending(path: "collection")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for command in Self.commands where command.first != "lint" && command.first != "import" {
            let result = try harness.run(command, environment: ["POSTCARDS_DB": directory.path])
            #expect(result.status == 73, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("is a directory, not a database file"), "\(command): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}

/// A file damaged inside a table passes the open-time checks (header, schema) and fails only
/// when a query reaches the bad page: the commands report it as the same damaged collection.
@Suite struct DamageFoundAfterOpeningTests {
    /// Built once: enough cards for the card table to span many pages.
    static let collection = try? TestDeck.collection(chapter: "damage", cards: 300)

    /// Overwrites the start (the b-tree header) of the root pages of the card table and its
    /// indexes. One leaf in the middle would do for `export`, which reads every card, but
    /// `stats` reads cards only through an index and `review` only the first few: the roots
    /// are on every path, and lie in the middle of the file, past what opening reads.
    static func damageCardTable(_ url: URL) throws {
        let pageSize = try Int(sqliteOutput(url, "PRAGMA page_size")) ?? 0
        let roots = try sqliteOutput(url, "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'card'")
            .split(separator: "\n").compactMap { Int($0) }
        #expect(pageSize > 0 && roots.count >= 2, "page size \(pageSize), roots \(roots)")
        let handle = try FileHandle(forUpdating: url)
        defer { try? handle.close() }
        for root in roots {
            try handle.seek(toOffset: UInt64((root - 1) * pageSize))
            try handle.write(contentsOf: Data(repeating: 0xFF, count: 16))
        }
    }

    static func sqliteOutput(_ url: URL, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [url.path, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [["stats"], ["review", "--plain"], ["export", "cards"], ["cards"], ["doctor"], ["backup"]])
    func aDamagedPageIsReportedAsADamagedCollection(command: [String]) throws {
        let harness = try CLIHarness()
        try #require(Self.collection, "could not build the collection").write(to: harness.database)
        // The undamaged file opens and answers: the failure below is the damage's doing.
        #expect(try harness.run(["export", "cards"]).status == 0)
        try Self.damageCardTable(harness.database)
        let before = try Data(contentsOf: harness.database)

        let result = try harness.run(command, input: "\n4\nq\n")

        #expect(result.status == 65, "\(command): \(result.status) \(result.stderr)")
        let expected = ["postcards: \(harness.database.path) is damaged", "Nothing was changed", "postcards doctor", "postcards backup"]
        for text in expected {
            #expect(result.stderr.contains(text), "\(command): \(result.stderr)")
        }
        #expect(!result.stderr.contains("SQLite error"), "\(command): \(result.stderr)")
        // review opens the collection for writing, which adds a free page even to a sound file
        // before the first card is read; the others open it read-only.
        if command.first != "review" {
            #expect(try Data(contentsOf: harness.database) == before, "\(command) changed the file")
        }
        if command == ["doctor"] {
            // SQLite's own findings, listed before the advice.
            #expect(result.stdout.contains("integrity: "), "\(result.stdout)")
            #expect(!result.stdout.contains("integrity: ok") && !result.stdout.contains("cannot be read"), "\(result.stdout)")
        }
        let backups = try FileManager.default.contentsOfDirectory(atPath: harness.directory.path).filter { $0.contains("backup") }
        #expect(backups.isEmpty, "\(backups)")
    }
}
