import GRDB
import GRDBSQLite
import PostcardsCore

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

    /// `words.joined(separator: " ")`, written into the row's text without making the string.
    mutating func bind(joining words: [String]) {
        index += 1
        let start = text.count
        for (position, word) in words.enumerated() {
            if position > 0 { text.append(UInt8(ascii: " ")) }
            var word = word
            word.withUTF8 { text.append(contentsOf: $0) }
        }
        textParameters.append((index, start, text.count - start))
    }

    /// `location.description`, written into the row's text without making the string: a
    /// tenth of the writer's own (non-SQLite) work on a 100k-card import.
    mutating func bind(_ location: SourceLocation) {
        index += 1
        let start = text.count
        var file = location.file
        file.withUTF8 { text.append(contentsOf: $0) }
        if location.line > 0 {
            text.append(UInt8(ascii: ":"))
            appendDecimal(location.line)
            text.append(UInt8(ascii: ":"))
            appendDecimal(location.column)
        }
        textParameters.append((index, start, text.count - start))
    }

    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { text.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let first = text.count
        repeat {
            text.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        text[first...].reverse()
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
