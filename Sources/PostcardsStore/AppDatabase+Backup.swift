import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AppDatabase {
    /// Writes a consistent copy of the whole collection to `path` with `VACUUM INTO`, while
    /// other processes may keep reviewing. The file appears complete or not at all, and an
    /// existing file is never overwritten.
    public func backup(to path: String) throws(StoreError) {
        try Self.vacuum(writer, into: path)
    }

    /// The automatic backup taken before migrating an existing collection; keeps the newest few.
    static func backUpBeforeMigration(_ databasePath: String, at date: Date) throws(StoreError) {
        let target = BackupFiles.path(for: databasePath, kind: .automatic, at: date)
        let queue: DatabaseQueue
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(busyTimeoutSeconds)
            queue = try DatabaseQueue(path: databasePath, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError.opening(error, path: databasePath)
        } catch {
            throw StoreError.cannotOpen(path: databasePath, reason: "\(error)")
        }
        defer { try? queue.close() }
        do {
            try vacuum(queue, into: target)
        } catch .backupExists {
            // Another process opening the same collection in the same millisecond backed up
            // the same state under the same name.
        }
        BackupFiles.pruneAutomatic(of: databasePath)
    }

    /// `VACUUM INTO` a side file, flush it, then link it into place (which, unlike rename,
    /// fails rather than replace an existing file) and flush the directory entry.
    static func vacuum(_ reader: any DatabaseReader, into path: String) throws(StoreError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .backupFailed(path: path, reason: "the directory \(directory) does not exist")
        }
        guard !FileManager.default.fileExists(atPath: path) else { throw .backupExists(path: path) }
        let partial = path + ".partial"
        // A side file left by a backup that was killed midway: ours by name, and incomplete.
        try? FileManager.default.removeItem(atPath: partial)
        do {
            try reader.unsafeRead { db in try db.execute(sql: "VACUUM INTO ?", arguments: [partial]) }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            // A damaged collection cannot be copied whole; the place of the copy is not at fault.
            if let damage = StoreError.damage(in: error, path: reader.path) { throw damage }
            let reason = (error as? DatabaseError).map(StoreError.describe) ?? "\(error)"
            throw .backupFailed(path: path, reason: reason)
        }
        defer { unlink(partial) }
        guard FileSync.flush(partial) else {
            throw .backupFailed(path: path, reason: "the copy could not be flushed to disk")
        }
        try FileSync.placeWithoutReplacing(partial, at: path)
        _ = FileSync.flush(directory)
    }
}

/// The few system calls that make a finished file durable and visible in one step.
enum FileSync {
    /// fsync(2) of a file or directory; false when it fails.
    static func flush(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0
    }

    /// Gives `source` the name `target` unless `target` exists. link(2) checks and names in one
    /// step; file systems without hard links fall back to a check then rename(2).
    static func placeWithoutReplacing(_ source: String, at target: String) throws(StoreError) {
        if link(source, target) == 0 { return }
        let failure = errno
        if failure == EEXIST { throw .backupExists(path: target) }
        guard failure == EPERM || failure == EOPNOTSUPP || failure == EXDEV else {
            throw .backupFailed(path: target, reason: String(cString: strerror(failure)))
        }
        guard !FileManager.default.fileExists(atPath: target) else { throw .backupExists(path: target) }
        guard rename(source, target) == 0 else {
            throw .backupFailed(path: target, reason: String(cString: strerror(errno)))
        }
    }
}
