import GRDB

/// Typed column access that throws on NULL or a wrong type, where GRDB's `row["x"] as T`
/// would stop the process: a damaged or hand-made package must give an error, not a crash.
struct AnkiRowValueError: Error, CustomStringConvertible {
    var column: String
    var description: String { "column \(column) has an unexpected value" }
}

extension Row {
    func required<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let value = T.fromDatabaseValue(self[column] as DatabaseValue) else { throw AnkiRowValueError(column: column) }
        return value
    }

    /// The value, or `fallback` when it is NULL or of another type.
    func optional<T: DatabaseValueConvertible>(_ column: String, or fallback: T) -> T {
        T.fromDatabaseValue(self[column] as DatabaseValue) ?? fallback
    }
}
