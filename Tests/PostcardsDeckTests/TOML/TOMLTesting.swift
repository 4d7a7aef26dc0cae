@testable import PostcardsDeck

/// Parses test documents and writes their trees in one line, keys in the order written:
/// `{a = 1, b = {c = "x"}, d = [true, ld(1979-05-27)]}`.
enum TOMLTesting {
    static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        try TOMLParser.parse(Array(text.utf8))
    }

    /// The tree of a valid document, or the error of an invalid one.
    static func rendered(_ text: String) -> String {
        do {
            return render(try parse(text))
        } catch {
            return "error at \(position(of: error.offset, in: text)): \(error.message)"
        }
    }

    /// `line:col` of the first syntax error and its message; nil when the text parses.
    static func failure(_ text: String) -> (position: String, message: String)? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return (position(of: error.offset, in: text), error.message)
        }
    }

    static func position(of offset: Int, in text: String) -> String {
        let position = LineTable(bytes: Array(text.utf8)).position(of: offset)
        return "\(position.line):\(position.column)"
    }

    static func render(_ table: TOMLTable) -> String {
        "{" + table.entries.map { "\(TOMLKeyPath.written($0.key)) = \(render($0.value))" }.joined(separator: ", ") + "}"
    }

    static func render(_ value: TOMLValue) -> String {
        switch value.kind {
        case let .string(text): text.debugDescription
        case let .integer(number): String(number)
        case let .float(number): number.isNaN ? "nan" : String(number)
        case let .boolean(flag): String(flag)
        case let .dateTime(date): "\(formName(date.form))(\(date.text))"
        case let .array(elements): "[" + elements.map(render).joined(separator: ", ") + "]"
        case let .arrayOfTables(array): "[" + array.tables.map(render).joined(separator: ", ") + "]"
        case let .table(table): render(table)
        }
    }

    private static func formName(_ form: TOMLDateTime.Form) -> String {
        switch form {
        case .offsetDateTime: "odt"
        case .localDateTime: "ldt"
        case .localDate: "ld"
        case .localTime: "lt"
        }
    }
}
