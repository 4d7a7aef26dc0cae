import Foundation
import Testing

/// `postcards backup [PATH]`: a consistent copy that never overwrites anything.
@Suite struct BackupCommandTests {
    func collection() throws -> CLIHarness {
        let harness = try CLIHarness()
        try #require(BadDatabaseTests.collection).write(to: harness.database)
        let review = try harness.run(["review", "--plain", "--chapter", "bad-db"], input: "\n4\n\n2\n")
        #expect(review.status == 0, "\(review.stderr)")
        return harness
    }

    /// Both exports of the collection at `path`.
    func exports(_ harness: CLIHarness, of path: String) throws -> [String] {
        try ["cards", "reviews"].map { try harness.run(["export", $0], environment: ["POSTCARDS_DB": path]).stdout }
    }

    @Test func withoutAPathTheCopyGoesNextToTheDatabaseWithAUTCStamp() throws {
        let harness = try collection()
        let result = try harness.run(["backup"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: harness.directory.path)
            .filter { $0.hasPrefix("test.backup-20261201-0900") && $0.hasSuffix(".sqlite3") }
        #expect(names.count == 1, "\(names)")
        let copy = harness.directory.appending(path: try #require(names.first)).path
        #expect(result.stdout.contains(copy))
        #expect(try exports(harness, of: copy) == exports(harness, of: harness.database.path))
        #expect(try harness.jsonl("reviews").count == 2)
    }

    @Test func aDirectoryPathGetsAStampedFileInside() throws {
        let harness = try collection()
        let directory = harness.directory.appending(path: "backups")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try harness.run(["backup", directory.path]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.count == 1 && names.first?.hasPrefix("test.backup-") == true, "\(names)")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let harness = try collection()
        let target = try harness.write("keep.sqlite3", "precious")
        let result = try harness.run(["backup", target.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("\(target.path) already exists"), "\(result.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "precious")
    }

    @Test func aMissingTargetDirectoryIsNamedAndNotCreated() throws {
        let harness = try collection()
        let target = harness.directory.appending(path: "nope/copy.sqlite3")
        let result = try harness.run(["backup", target.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("does not exist"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: harness.directory.appending(path: "nope").path))
    }

    @Test func thereIsNothingToBackUpWithoutADatabase() throws {
        let harness = try CLIHarness()
        let result = try harness.run(["backup"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("there is no database at \(harness.database.path)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: harness.database.path))
    }
}
