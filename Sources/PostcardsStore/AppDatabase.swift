import Foundation
import GRDB
import PostcardsCore

/// The collection: one SQLite database, opened through GRDB, with task-named methods.
public final class AppDatabase: Sendable {
    /// How long a writer waits for another process's transaction before giving up.
    static let busyTimeoutSeconds: TimeInterval = 10

    private let connections: Connections

    /// The read-write connections, opened on first use when the collection was opened to
    /// read first (see `Connections`).
    public var writer: any DatabaseWriter {
        get throws(StoreError) { try connections.writer() }
    }

    /// Where reads go: the read-only connection, when the collection was opened with one.
    var reader: any DatabaseReader {
        get throws(StoreError) { try connections.reader() }
    }

    /// `migrator` nil: the schema is known to be current (a read-only open).
    init(_ writer: any DatabaseWriter, migrator: DatabaseMigrator? = Migrations.migrator) throws {
        connections = Connections(writer: writer)
        if let migrator { try Self.migrate(writer, with: migrator) }
    }

    private init(connections: Connections) {
        self.connections = connections
    }

    /// Opens (creating if needed) the database file at `path`.
    ///
    /// The path and file are checked first, and a file that is not a postcards collection of
    /// this or an older version is refused with a `StoreError` before anything is written.
    /// Before migrating a collection that has data, a backup is written next to it, stamped
    /// with `clock`'s time.
    ///
    /// `readOnly` opens an existing, up-to-date database without writing a byte to it (for
    /// export, stats, doctor and dry runs), so it works on a read-only file too; a missing or
    /// outdated one is opened for writing.
    public static func open(
        at path: String, readOnly: Bool = false, clock: any PostcardsCore.Clock = SystemClock()
    ) throws -> AppDatabase {
        try open(at: path, readOnly: readOnly, migrator: Migrations.migrator, clock: clock)
    }

    static func open(
        at path: String, readOnly: Bool = false, migrator: DatabaseMigrator, clock: any PostcardsCore.Clock
    ) throws -> AppDatabase {
        guard case let .sqlite(writeAheadLogged) = try DatabaseFile.check(path) else {
            return try openForWriting(path, schema: .fresh, migrator: migrator, clock: clock)
        }
        let inspector: DatabaseQueue
        do {
            inspector = try readOnlyQueue(path)
        } catch let error as DatabaseError {
            throw StoreError.opening(error, path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
        let schema: SchemaInspection
        do {
            schema = try SchemaInspection.inspect(inspector, path: path, migrator: migrator)
        } catch {
            try? inspector.close()
            throw error
        }
        // The inspecting connection stays on as the reader when nothing needs writing first.
        if readOnly, schema == .current || schema == .currentUnstamped {
            return AppDatabase(connections: Connections(writer: inspector))
        }
        if schema == .current, writeAheadLogged {
            do {
                try DatabaseFile.requireWritable(path)
            } catch {
                try? inspector.close()
                throw error
            }
            return AppDatabase(connections: Connections(readOnly: inspector) { () throws(StoreError) -> any DatabaseWriter in
                do {
                    return try writerQueue(path)
                } catch let error as DatabaseError {
                    throw StoreError.opening(error, path: path)
                } catch {
                    throw StoreError.cannotOpen(path: path, reason: "\(error)")
                }
            })
        }
        // Switching to WAL and migrating need the file to ourselves.
        try? inspector.close()
        return try openForWriting(path, schema: schema, migrator: migrator, clock: clock)
    }

    private static func openForWriting(
        _ path: String, schema: SchemaInspection, migrator: DatabaseMigrator, clock: any PostcardsCore.Clock
    ) throws -> AppDatabase {
        try DatabaseFile.requireWritable(path)
        do {
            if case .needsMigration(_, hasCards: true) = schema { try backUpBeforeMigration(path, at: clock.now()) }
            return try AppDatabase(try writerPool(path), migrator: migrator)
        } catch let error as DatabaseError {
            throw StoreError.opening(error, path: path)
        }
    }

    /// A read-only connection: one is enough for a command-line process, whose reads come
    /// one at a time, and it opens faster than a pool (no writer connection beside it).
    private static func readOnlyQueue(_ path: String) throws -> DatabaseQueue {
        var configuration = configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The writer beside the read-only connection: one connection, since the read-only one
    /// serves the reads. Not a pool: a pool's first open of a file whose WAL was folded away
    /// at the last exit creates and drops a table so its readers find a WAL, which would
    /// sync at the first answer of every session and leave a failed import's file changed.
    /// The file is already in WAL mode, and stays so without a pool.
    private static func writerQueue(_ path: String) throws -> DatabaseQueue {
        try DatabaseQueue(path: path, configuration: configuration())
    }

    private static func writerPool(_ path: String) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration())
        // The pool switches to WAL with synchronous = NORMAL after preparing each
        // connection; an answer must survive power loss, so the writer goes back to FULL.
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        return pool
    }

    /// How often to re-run the migrator after a failure another process's migration explains.
    private static let migrationAttempts = 3

    /// Runs the migrations, then records the schema version in `user_version` for other tools.
    /// Two processes opening a new file at once both try to migrate; the loser's attempt fails
    /// (the tables exist), and it re-runs the migrator, which now finds nothing to do.
    private static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator) throws {
        for attempt in 1...migrationAttempts {
            do {
                try migrator.migrate(writer)
                break
            } catch {
                let completed = (try? writer.read { try migrator.hasCompletedMigrations($0) }) ?? false
                if completed { break }
                if attempt == migrationAttempts { throw error }
            }
        }
        let version = migrator.migrations.count
        if try writer.read({ try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }) < version {
            try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = \(version)") }
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
