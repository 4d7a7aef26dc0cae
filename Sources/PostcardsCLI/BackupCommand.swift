import ArgumentParser
import Foundation
import PostcardsStore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the collection; safe while a review is running.",
        discussion: """
            Without PATH the copy goes next to the database, named like \
            postcards.backup-20261201-090000-123.sqlite3 (UTC time). PATH may be a new file or an existing \
            directory; an existing file is never overwritten. Before upgrading the schema of a collection, \
            postcards writes postcards.auto-backup-….sqlite3 by itself and keeps the newest \
            \(BackupFiles.keptAutomaticBackups). Restore a backup by copying it over the database while no \
            postcards is running.
            """
    )

    @OptionGroup var database: DatabaseOption

    @Argument(help: ArgumentHelp("A new file, or a directory to write the copy into.", valueName: "path"))
    var path: String?

    func run() throws {
        let context = try database.context()
        guard FileManager.default.fileExists(atPath: context.databasePath) else {
            throw CLIError(
                "there is no database at \(context.databasePath), so nothing to back up. "
                    + "Check --db or POSTCARDS_DB.",
                exitCode: ExitStatus.noInput)
        }
        let store = try context.openDatabase(readOnly: true)
        let target = Self.target(path, database: context.databasePath, now: context.clock.now())
        try store.backup(to: target)
        print("backed up \(context.databasePath) to \(target)")
    }

    /// The file to write: the given one, a stamped name inside a given directory, or a stamped
    /// name next to the database.
    static func target(_ path: String?, database: String, now: Date) -> String {
        guard let path else { return BackupFiles.path(for: database, kind: .manual, at: now) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return path
        }
        let name = BackupFiles.fileName(
            for: URL(fileURLWithPath: database).lastPathComponent, kind: .manual, at: now)
        return URL(fileURLWithPath: path).appending(path: name).path
    }
}
