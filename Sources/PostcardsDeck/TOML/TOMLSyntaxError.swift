/// The first thing in a file that is not TOML 1.0: where (a byte offset), what was expected,
/// and what to do. Only the first is reported, because what follows a syntax error cannot be
/// read reliably.
struct TOMLSyntaxError: Error, Equatable {
    /// The part of the grammar being read, which names the error and picks its default hint.
    enum Place: Equatable {
        case document, key, header, string, number, dateTime, array, inlineTable, value

        var phrase: String {
            switch self {
            case .document, .value: ""
            case .key: " in a key"
            case .header: " in a table header"
            case .string: " in a string"
            case .number: " in a number"
            case .dateTime: " in a date-time"
            case .array: " in an array"
            case .inlineTable: " in an inline table"
            }
        }

        var hint: String {
            switch self {
            case .document:
                "Each line holds one key = value pair, a [table] or [[array]] header, or a # comment."
            case .value:
                "Put text in quotes, as in front = \"text\"; see docs/deck-format.md for the other kinds of value."
            case .key:
                "Bare keys use only letters, digits, - and _; quote any other key, as in \"my key\" = 1."
            case .header:
                "Write a table as [name] and an array of tables as [[name]], as in [deck] or [[cards]]; "
                    + "quote a name that has other characters: [\"my name\"]."
            case .string:
                "Text needs quotes that close on the same line, or triple quotes (\"\"\") for several lines; "
                    + "write a backslash as \\\\ and a quote inside \"…\" as \\\"."
            case .number:
                "Write numbers like 42, -7, 1_000, 3.14, 6e-3 or 0xFF; put text in quotes."
            case .dateTime:
                "Write a date like 1979-05-27, a time like 07:32:00 and both like 1979-05-27T07:32:00Z; "
                    + "put text in quotes."
            case .array:
                "Separate the values with commas and end the array with ], as in tags = [\"one\", \"two\"]."
            case .inlineTable:
                "Write an inline table on one line, as in { key = \"value\", other = 2 }, or use a [table] header."
            }
        }
    }

    /// Byte offset of the offending character.
    var offset: Int
    var place: Place
    /// What is wrong, starting lowercase: "expected a closing quote before the end of the line".
    var detail: String
    /// For a redefinition: the byte offset of the first definition.
    var related: Int?
    var hint: String

    init(at offset: Int, _ place: Place, _ detail: String, related: Int? = nil, hint: String? = nil) {
        self.offset = offset
        self.place = place
        self.detail = detail
        self.related = related
        self.hint = hint ?? place.hint
    }

    /// `invalid TOML in a string: expected …`
    var message: String { "invalid TOML\(place.phrase): \(detail)" }
}
