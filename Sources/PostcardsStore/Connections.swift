import Foundation
import GRDB

/// The collection's connections. An up-to-date collection is first opened read-only (the
/// connection that checked its schema), and its read-write connection only when something
/// is first written: showing today's queue (and quitting without an answer) then never
/// opens a writer, which in WAL mode means no journal set-up, no dummy write to create the
/// `-wal` file, and no checkpoint with its syncs at exit.
final class Connections: @unchecked Sendable {
    /// The read-only connection, or nil when the writer was opened at once (a new or
    /// migrated collection, or one in memory) and serves reads too.
    private let readOnly: (any DatabaseReader)?
    private let openWriter: @Sendable () throws(StoreError) -> any DatabaseWriter
    /// Guards `opened`: two threads writing first must not open two writers.
    private let lock = NSLock()
    private var opened: (any DatabaseWriter)?

    init(writer: any DatabaseWriter) {
        readOnly = nil
        opened = writer
        openWriter = { writer }
    }

    init(readOnly: any DatabaseReader, openWriter: @escaping @Sendable () throws(StoreError) -> any DatabaseWriter) {
        self.readOnly = readOnly
        self.openWriter = openWriter
    }

    func writer() throws(StoreError) -> any DatabaseWriter {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened }
        let writer = try openWriter()
        opened = writer
        return writer
    }

    func reader() throws(StoreError) -> any DatabaseReader {
        if let readOnly { return readOnly }
        return try writer()
    }

    deinit {
        // The read-only connection first: the writer's checkpoint at close folds the WAL into
        // the database file only when no other connection still reads it.
        try? readOnly?.close()
    }
}
