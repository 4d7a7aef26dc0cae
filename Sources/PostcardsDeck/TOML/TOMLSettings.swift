import PostcardsCore

/// One top-level `key = value` of a small TOML file, such as postcards' config file.
public struct TOMLSetting: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case integer(Int)
        case boolean(Bool)
        /// Any other kind of value, described for messages: `a string "yes"`, `a table`.
        case other(String)
    }

    public var key: String
    public var value: Value
    public var location: SourceLocation
}

/// Reads a flat TOML file with the deck parser, so that settings get the same syntax checks
/// and positions as decks.
public enum TOMLSettings {
    /// The file's top-level keys in the order written; a syntax error names its line and column.
    public static func read(_ text: String, file: String) throws(DeckError) -> [TOMLSetting] {
        let lines = LineTable(bytes: Array(text.utf8))
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(lines.bytes)
        } catch {
            throw ChapterFile.syntaxError(error, lines: lines, file: file)
        }
        return root.entries.map { entry in
            let value: TOMLSetting.Value
            if let number = entry.value.integer {
                value = .integer(number)
            } else if case let .boolean(flag) = entry.value.kind {
                value = .boolean(flag)
            } else if let text = entry.value.string {
                value = .other("a string \"\(text)\"")
            } else {
                value = .other(entry.value.kindName)
            }
            return TOMLSetting(key: entry.key, value: value, location: lines.position(of: entry.keyOffset).location(in: file))
        }
    }
}
