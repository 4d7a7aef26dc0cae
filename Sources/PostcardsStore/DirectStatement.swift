import GRDB
import GRDBSQLite

/// Runs a prepared statement through SQLite's C API, binding Swift strings and integers
/// straight from their storage.
///
/// GRDB's `execute(arguments:)` boxes every value into a `DatabaseValue` array first: on a
/// 100k-card import that was a tenth of the CPU, more than the `sqlite3` shell spends
/// reading its whole CSV (docs/performance.md). Only for statements this module owns and
/// runs to completion at once, inside a transaction GRDB holds.
struct DirectStatement {
    private let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }
    private var index: Int32 = 0

    /// SQLite copies the bytes before the binding call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    private static let emptyText: StaticString = ""

    init(_ statement: Statement) {
        self.statement = statement
    }

    mutating func bind(_ text: String) {
        index += 1
        var text = text
        text.withUTF8 { bytes in
            let start = bytes.baseAddress.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(Self.emptyText.utf8Start)
            _ = sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
        }
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
            index = 0
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
