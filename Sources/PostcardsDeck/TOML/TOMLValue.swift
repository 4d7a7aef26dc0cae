/// One TOML value and the byte offset where it was written, so a message about it can point
/// at it. Tables made by a `[header]` start at the header's `[`.
struct TOMLValue {
    enum Kind {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        case dateTime(TOMLDateTime)
        case array([TOMLValue])
        case arrayOfTables(TOMLArrayOfTables)
        case table(TOMLTable)
    }

    var kind: Kind
    var offset: Int

    init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    var string: String? {
        if case let .string(text) = kind { return text }
        return nil
    }

    var integer: Int? {
        if case let .integer(number) = kind { return number }
        return nil
    }

    /// The elements of either kind of array.
    var array: [TOMLValue]? {
        switch kind {
        case let .array(elements): elements
        case let .arrayOfTables(array): array.tables.map { TOMLValue(.table($0), at: $0.offset) }
        default: nil
        }
    }

    var table: TOMLTable? {
        if case let .table(table) = kind { return table }
        return nil
    }

    /// The kind in words, for messages: "a string", "an array".
    var kindName: String {
        switch kind {
        case .string: "a string"
        case .integer: "a whole number"
        case .float: "a decimal number"
        case .boolean: "true/false"
        case let .dateTime(value):
            switch value.form {
            case .offsetDateTime, .localDateTime: "a date-time"
            case .localDate: "a date"
            case .localTime: "a time"
            }
        case .array, .arrayOfTables: "an array"
        case .table: "a table"
        }
    }
}
