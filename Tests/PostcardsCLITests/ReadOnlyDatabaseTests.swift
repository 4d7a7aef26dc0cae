import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A read-only collection file or directory: commands that write say so and change nothing;
/// commands that only read still work where SQLite can read.
///
/// Root ignores file modes, so when the tests run as root the binary runs as `nobody` through
/// setpriv(1), against files owned by `nobody`; without setpriv these tests are skipped (the
/// reason is printed).
@Suite(.enabled(if: Unprivileged.isAvailable)) struct ReadOnlyDatabaseTests {
    static let readOnlyFile: mode_t = 0o444
    static let readOnlyDirectory: mode_t = 0o555
    static let writableDirectory: mode_t = 0o755

    /// A collection in its own directory, handed to the user the binary runs as.
    static func collection() throws -> (CLIHarness, URL) {
        let harness = try CLIHarness()
        let directory = harness.directory.appending(path: "collection")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = directory.appending(path: "c.sqlite3")
        try #require(BadDatabaseTests.collection).write(to: database)
        if Unprivileged.isRoot {
            for path in [harness.directory.path, directory.path, database.path] { chown(path, Unprivileged.nobody, Unprivileged.nobody) }
        }
        return (harness, database)
    }

    func run(_ harness: CLIHarness, _ arguments: [String], database: URL) throws -> CLIHarness.Result {
        try harness.run(arguments, input: "\n4\n", environment: ["POSTCARDS_DB": database.path], launcher: Unprivileged.launcher)
    }

    @Test func aReadOnlyFileRefusesWritesButStillExportsAndChecks() throws {
        let (harness, database) = try Self.collection()
        chmod(database.path, Self.readOnlyFile)
        let before = try BadDatabaseTests.fingerprint(database)
        let deck = try harness.write("deck.toml", TestDeck.toml(chapter: "extra", cards: 1))
        for command in [["review", "--plain"], ["import", deck.path]] {
            let result = try run(harness, command, database: database)
            #expect(result.status == 73, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("cannot write to \(database.path): the file is read-only"), "\(result.stderr)")
            #expect(result.stderr.contains("chmod u+w"), "\(result.stderr)")
        }
        for command in [["export", "cards"], ["doctor"]] {
            let result = try run(harness, command, database: database)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let after = try BadDatabaseTests.fingerprint(database)
        #expect(after.0 == before.0 && after.1 == before.1)
    }

    @Test func aReadOnlyDirectoryIsNamedAndNothingIsWritten() throws {
        let (harness, database) = try Self.collection()
        let directory = database.deletingLastPathComponent()
        chmod(directory.path, Self.readOnlyDirectory)
        defer { chmod(directory.path, Self.writableDirectory) }
        let before = try BadDatabaseTests.fingerprint(database)
        // Without its -shm beside it, SQLite cannot read a WAL database either, so every command
        // stops with the same explanation.
        for command in [["review", "--plain"], ["export", "cards"], ["doctor"]] {
            let result = try run(harness, command, database: database)
            #expect(result.status == 73, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("its directory \(directory.path) is read-only"), "\(result.stderr)")
        }
        let after = try BadDatabaseTests.fingerprint(database)
        #expect(after.0 == before.0 && after.1 == before.1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["c.sqlite3"])
    }
}

/// Running the binary as a user whom file modes bind, even when the tests run as root.
enum Unprivileged {
    static let nobody: uid_t = 65_534
    static let setpriv = "/usr/bin/setpriv"

    static var isRoot: Bool { geteuid() == 0 }

    static var isAvailable: Bool {
        guard isRoot else { return true }
        if FileManager.default.isExecutableFile(atPath: setpriv) { return true }
        print("ReadOnlyDatabaseTests skipped: running as root, which ignores file modes, and \(setpriv) is missing to run as nobody.")
        return false
    }

    /// Runs the binary as nobody when the tests run as root.
    static var launcher: [String] {
        isRoot ? [setpriv, "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups"] : []
    }
}
