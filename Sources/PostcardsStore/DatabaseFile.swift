import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks on the database path made before SQLite touches it, so that a wrong file, a cut-short
/// file or an unwritable place is reported instead of being opened, converted to WAL or
/// "repaired" by writing into it.
enum DatabaseFile {
    /// What the path holds, as far as can be told without SQLite.
    enum Content: Equatable {
        case absent
        /// A zero-byte file: SQLite treats it as an empty database.
        case empty
        /// A SQLite file; `writeAheadLogged` when its header says WAL mode (read and write
        /// versions 2), so read-only connections can read it while a writer may later open
        /// beside them.
        case sqlite(writeAheadLogged: Bool)
    }

    /// The SQLite file format's 100-byte header (https://www.sqlite.org/fileformat.html).
    enum Header {
        static let size = 100
        static let magic = Array("SQLite format 3\u{0}".utf8)
        static let pageSizeOffset = 16
        /// File format write and read versions: 1 legacy (rollback journal), 2 WAL.
        static let writeVersionOffset = 18
        static let changeCounterOffset = 24
        static let pageCountOffset = 28
        static let versionValidForOffset = 92
        /// A stored page size of 1 means 65 536.
        static let largestPageSize = 65_536
        static let smallestPageSize = 512
    }

    /// Throws when the path cannot hold a collection at all; otherwise says what is there.
    /// Whether it can be written is `requireWritable`'s question.
    static func check(_ path: String) throws(StoreError) -> Content {
        let directory = directory(of: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingDirectory(path: path, directory: directory)
        }
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .absent }
        guard !isDirectory.boolValue else { throw .notAFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "the file cannot be read. Check its permissions.")
        }
        defer { try? handle.close() }
        let header = Array((try? handle.read(upToCount: Header.size)) ?? Data())
        let size = (try? handle.seekToEnd()).map(Int.init) ?? header.count
        if size == 0 { return .empty }
        try checkHeader(header, size: size, path: path)
        return .sqlite(writeAheadLogged: header[Header.writeVersionOffset] == 2 && header[Header.writeVersionOffset + 1] == 2)
    }

    /// Writing needs the file (if any) and its directory, where SQLite keeps -wal and -shm.
    static func requireWritable(_ path: String) throws(StoreError) {
        if FileManager.default.fileExists(atPath: path), !isWritable(path) { throw .readOnlyFile(path: path) }
        let directory = directory(of: path)
        guard isWritable(directory) else { throw .readOnlyDirectory(path: path, directory: directory) }
    }

    static func directory(of path: String) -> String { URL(fileURLWithPath: path).deletingLastPathComponent().path }

    /// `access(2)`: honours modes, ACLs and read-only mounts as the kernel will.
    static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    private static func checkHeader(_ header: [UInt8], size: Int, path: String) throws(StoreError) {
        let magicPresent = header.starts(with: Header.magic)
        guard magicPresent || (header.count < Header.magic.count && Header.magic.starts(with: header)) else {
            throw .notADatabase(path: path)
        }
        guard header.count == Header.size else {
            throw .truncated(path: path, expectedBytes: Header.size, actualBytes: size, newestBackup: BackupFiles.newest(of: path))
        }
        let storedPageSize = Int(header[Header.pageSizeOffset]) << 8 | Int(header[Header.pageSizeOffset + 1])
        let pageSize = storedPageSize == 1 ? Header.largestPageSize : storedPageSize
        guard pageSize >= Header.smallestPageSize, pageSize & (pageSize - 1) == 0 else {
            throw .damaged(path: path, detail: "its header gives an impossible page size, \(storedPageSize)",
                           newestBackup: BackupFiles.newest(of: path))
        }
        // The page count is only meaningful when the change counter matches "version valid for"
        // (older writers leave it stale), and a WAL file may still hold pages the checkpoint has
        // not copied yet, in which case SQLite itself finishes the job.
        let pages = bigEndian(header, at: Header.pageCountOffset)
        let countIsValid = pages > 0
            && bigEndian(header, at: Header.changeCounterOffset) == bigEndian(header, at: Header.versionValidForOffset)
        let expected = pages * pageSize
        if countIsValid, size < expected, !hasWriteAheadLog(path) {
            throw .truncated(path: path, expectedBytes: expected, actualBytes: size, newestBackup: BackupFiles.newest(of: path))
        }
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func hasWriteAheadLog(_ path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0
    }
}
