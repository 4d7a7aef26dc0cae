import GRDB
import PostcardsCore

/// A problem with the collection file that the user can act on. Every message names the
/// file, says what is wrong and what to do; the file itself is never changed on the way.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file does not start with the SQLite header.
    case notADatabase(path: String)
    /// The header promises more bytes than the file holds.
    case truncated(path: String, expectedBytes: Int, actualBytes: Int, newestBackup: String?)
    /// SQLite reports the file as malformed.
    case damaged(path: String, detail: String, newestBackup: String?)
    /// A SQLite database with tables, but not one postcards created.
    case foreignDatabase(path: String, tables: [String])
    /// Written by a newer postcards: a migration or schema version this binary does not know.
    case newerSchema(path: String, detail: String)
    case missingDirectory(path: String, directory: String)
    case notAFile(path: String)
    case readOnlyFile(path: String)
    case readOnlyDirectory(path: String, directory: String)
    case cannotOpen(path: String, reason: String)
    /// `backup` refuses to overwrite an existing file.
    case backupExists(path: String)
    case backupFailed(path: String, reason: String)
    case unknownCard(CardID)
    case scheduleMismatch(CardID)
    /// One import holds two cards with the same id, from `source` and first from `first`
    /// (two exports of the same notes, given together).
    case duplicateCard(CardID, source: String, first: String)

    /// How a command should exit: the data is unusable as it is, or the place is unusable.
    public enum Category: Sendable {
        /// The file's content is the problem (sysexits 65).
        case data
        /// The file or its directory cannot be written or created (sysexits 73).
        case place
        /// A bug or a tampered database (sysexits 70).
        case software
    }

    public var category: Category {
        switch self {
        case .notADatabase, .truncated, .damaged, .foreignDatabase, .newerSchema, .duplicateCard: .data
        case .missingDirectory, .notAFile, .readOnlyFile, .readOnlyDirectory, .cannotOpen, .backupExists, .backupFailed: .place
        case .unknownCard, .scheduleMismatch: .software
        }
    }

    public var description: String {
        switch self {
        case let .notADatabase(path):
            "\(path) is not a SQLite database, so not a postcards collection (it lacks the SQLite header). "
                + "Nothing was changed. "
                + "Point --db or POSTCARDS_DB at your collection, or move this file away to start a new one there."
        case let .truncated(path, expected, actual, backup):
            "\(path) is truncated: its header describes \(expected) bytes but the file has \(actual) "
                + "(cut short, e.g. by an interrupted copy). Nothing was changed. " + Self.restoreAdvice(path, backup)
        case let .damaged(path, detail, backup):
            "\(path) is damaged (\(detail)). Nothing was changed. `postcards doctor` lists the damaged parts. "
                + Self.restoreAdvice(path, backup)
        case let .foreignDatabase(path, tables):
            "\(path) is a SQLite database, but not a postcards collection (it has tables "
                + "\(tables.prefix(5).joined(separator: ", "))\(tables.count > 5 ? ", …" : "")). Nothing was changed. "
                + "Point --db or POSTCARDS_DB at a postcards collection, or at a new file."
        case let .newerSchema(path, detail):
            "\(path) was written by a newer version of postcards (\(detail)). Nothing was changed. "
                + "Install that newer version to use it, or restore a backup made before the upgrade."
        case let .missingDirectory(path, directory):
            "cannot create \(path): the directory \(directory) does not exist. "
                + "Create it (mkdir -p '\(directory)'), or choose another --db path."
        case let .notAFile(path):
            "\(path) is a directory, not a database file. Give the path of a file, e.g. --db '\(path)/postcards.sqlite3'."
        case let .readOnlyFile(path):
            "cannot write to \(path): the file is read-only. Nothing was changed. "
                + "Make it writable (chmod u+w '\(path)'), or copy it somewhere writable and use --db."
        case let .readOnlyDirectory(path, directory):
            "cannot use \(path): its directory \(directory) is read-only, and SQLite keeps its journal files "
                + "(-wal, -shm) next to the database. Nothing was changed. "
                + "Make the directory writable, or move the database to a writable one and use --db."
        case let .cannotOpen(path, reason):
            "cannot open the database \(path): \(reason)"
        case let .duplicateCard(id, source, first):
            "\(source): card \"\(id.key)\" of deck \"\(id.deck)\" is in this import twice; it first came from \(first). "
                + "Nothing was imported. Import one of the two sources, or give one of the cards another id."
        case let .backupExists(path):
            "\(path) already exists; a backup never overwrites a file. Choose another name, or move that file away."
        case let .backupFailed(path, reason):
            "could not write the backup \(path): \(reason). Check the directory exists, is writable and has room."
        case let .unknownCard(id):
            "card \(id.deck)/\(id.key) is not in the collection"
        case let .scheduleMismatch(id):
            "the answer to \(id.deck)/\(id.key) does not follow from its stored state; run `postcards doctor --rebuild`"
        }
    }

    private static func restoreAdvice(_ path: String, _ backup: String?) -> String {
        let restore = backup.map { "Restore the newest backup (cp '\($0)' '\(path)')" } ?? "Restore a backup made by `postcards backup`"
        return "\(restore), or move the file away to start afresh."
    }

    static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_CANTOPEN: "the file or its directory cannot be opened. Check that the directory exists and is writable."
        case .SQLITE_READONLY: "the file is read-only. Check its permissions."
        case .SQLITE_BUSY: "another postcards process holds it. Close the other session and try again."
        case .SQLITE_FULL: "the disk is full. Free some space and try again."
        default: error.message ?? "\(error.resultCode)"
        }
    }

    /// Maps what SQLite said while opening `path` to the most specific error.
    static func opening(_ error: DatabaseError, path: String) -> StoreError {
        // Even a read-only connection to a WAL file needs to create its -shm next to it.
        if [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            let directory = DatabaseFile.directory(of: path)
            if !DatabaseFile.isWritable(directory) { return .readOnlyDirectory(path: path, directory: directory) }
            if error.resultCode == .SQLITE_READONLY { return .readOnlyFile(path: path) }
        }
        return switch error.resultCode {
        case .SQLITE_NOTADB: .notADatabase(path: path)
        case .SQLITE_CORRUPT:
            .damaged(path: path, detail: error.message ?? "malformed", newestBackup: BackupFiles.newest(of: path))
        default: .cannotOpen(path: path, reason: describe(error))
        }
    }
}
