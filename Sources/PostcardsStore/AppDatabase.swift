import Foundation
import GRDB
import PostcardsCore

/// The collection: one SQLite database, opened through GRDB, with task-named methods.
public final class AppDatabase: Sendable {
    /// How long a writer waits for another process's transaction before giving up.
    static let busyTimeoutSeconds: TimeInterval = 10

    public let writer: any DatabaseWriter

    init(_ writer: any DatabaseWriter, migrate: Bool = true) throws {
        self.writer = writer
        if migrate { try Migrations.migrator.migrate(writer) }
    }

    /// Opens (creating if needed) the database file at `path`.
    ///
    /// `readOnly` opens an existing, up-to-date database without writing a byte to it (for
    /// export, stats, doctor and dry runs); a missing or outdated one is opened for writing.
    public static func open(at path: String, readOnly: Bool = false) throws -> AppDatabase {
        do {
            if readOnly, FileManager.default.fileExists(atPath: path) {
                var configuration = configuration()
                configuration.readonly = true
                let pool = try DatabasePool(path: path, configuration: configuration)
                if try pool.read({ try Migrations.migrator.hasCompletedMigrations($0) }) {
                    return try AppDatabase(pool, migrate: false)
                }
            }
            let pool = try DatabasePool(path: path, configuration: configuration())
            // The pool switches to WAL with synchronous = NORMAL after preparing each
            // connection; an answer must survive power loss, so the writer goes back to FULL.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            return try AppDatabase(pool)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: StoreError.describe(error))
        }
    }

    /// A private database for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()))
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        configuration.prepareDatabase { db in
            // An answer must be on disk before the next card shows.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }
}

public enum StoreError: Error, CustomStringConvertible, Equatable {
    case cannotOpen(path: String, reason: String)
    case unknownCard(CardID)
    case scheduleMismatch(CardID)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "cannot open the database \(path): \(reason)"
        case let .unknownCard(id):
            "card \(id.deck)/\(id.key) is not in the collection"
        case let .scheduleMismatch(id):
            "the answer to \(id.deck)/\(id.key) does not follow from its stored state; run `postcards doctor --rebuild`"
        }
    }

    static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "it is not a SQLite database (or it is damaged). Point --db or POSTCARDS_DB at another file, or move this one away."
        case .SQLITE_CORRUPT: "the database is damaged. Restore a backup, or move the file away to start afresh."
        case .SQLITE_CANTOPEN: "the file or its directory cannot be opened. Check that the directory exists and is writable."
        case .SQLITE_READONLY: "the file is read-only. Check its permissions."
        case .SQLITE_BUSY: "another postcards process holds it. Close the other session and try again."
        default: error.message ?? "\(error.resultCode)"
        }
    }
}
