import GRDB
import GRDBSQLite

/// Runs a prepared statement through SQLite's C API, binding Swift strings and integers
/// straight from their storage.
///
/// GRDB's `execute(arguments:)` boxes every value into a `DatabaseValue` array first: on a
/// 100k-card import that was a tenth of the CPU, more than the `sqlite3` shell spends
/// reading its whole CSV (docs/performance.md). A row's text is gathered in one buffer that
/// SQLite reads in place: binding each string for SQLite to copy cost a `malloc` and a
/// `free` per field, about a tenth of the writer's instructions. Only for statements this
/// module owns and runs to completion at once, inside a transaction GRDB holds.
struct DirectStatement {
    private let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }
    private var index: Int32 = 0
    /// The current row's text, back to back; reused from row to row.
    private var text: [UInt8] = []
    /// Where each text parameter's bytes are in `text`, bound once the row is complete (the
    /// buffer may move while it grows).
    private var textParameters: [(index: Int32, start: Int, count: Int)] = []

    private static let emptyText: StaticString = ""

    init(_ statement: Statement) {
        self.statement = statement
    }

    mutating func bind(_ value: String) {
        index += 1
        let start = text.count
        var value = value
        value.withUTF8 { text.append(contentsOf: $0) }
        textParameters.append((index, start, text.count - start))
    }

    mutating func bind(_ number: Int?) {
        index += 1
        if let number {
            _ = sqlite3_bind_int64(handle, index, sqlite3_int64(number))
        } else {
            _ = sqlite3_bind_null(handle, index)
        }
    }

    mutating func bind(_ number: Int64) {
        index += 1
        _ = sqlite3_bind_int64(handle, index, sqlite3_int64(number))
    }

    /// Runs the statement with the values bound so far, then makes it ready for the next row.
    mutating func execute(in db: Database) throws {
        defer {
            sqlite3_reset(handle)
            // The text parameters point into `text`, which the next row overwrites.
            sqlite3_clear_bindings(handle)
            index = 0
            text.removeAll(keepingCapacity: true)
            textParameters.removeAll(keepingCapacity: true)
        }
        let code = text.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(Self.emptyText.utf8Start)
            for parameter in textParameters {
                // No destructor (SQLITE_STATIC): SQLite reads the bytes where they are, until the reset.
                _ = sqlite3_bind_text(
                    handle, parameter.index, (base + parameter.start).assumingMemoryBound(to: CChar.self),
                    Int32(parameter.count), nil)
            }
            return sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
