import Foundation
import PostcardsCore
import PostcardsDeck
import TOMLKit

/// `$XDG_CONFIG_HOME/postcards/config.toml`: flat `key = value` lines, checked strictly so a
/// typo is an error with its line, not a setting silently ignored.
struct ConfigFile {
    enum Key: String, CaseIterable {
        case newPerDay = "new_per_day"
        case maxReviewsPerDay = "max_reviews_per_day"
        case rolloverHour = "rollover_hour"
        case colors
    }

    struct Entry: Equatable {
        var integer: Int?
        var boolean: Bool?
        var line: Int
    }

    static let hours = 0...23
    static let fileName = "config.toml"

    let entries: [Key: Entry]

    /// `$XDG_CONFIG_HOME/postcards/config.toml`, else `~/.config/postcards/config.toml`.
    static func path(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/postcards/" + fileName }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/postcards/" + fileName
    }

    /// The file's settings; nil when there is no file.
    static func load(path: String) throws -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CLIError("cannot read \(path) as UTF-8 text. Fix its permissions or encoding.", exitCode: ExitStatus.configuration)
        }
        return try ConfigFile(text: text, path: path)
    }

    init(text: String, path: String) throws {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let where_ = SourceLocation(file: path, line: max(1, error.source.begin.line), column: max(1, error.source.begin.column))
            throw Self.error(at: where_, "is not valid TOML (\(error.description))")
        }
        let lines = Self.keyLines(in: text)
        var entries: [Key: Entry] = [:]
        for name in root.keys.sorted(by: { (lines[$0] ?? 0) < (lines[$1] ?? 0) }) {
            let line = lines[name] ?? 1
            let location = SourceLocation(file: path, line: line)
            guard let key = Key(rawValue: name) else {
                let guess = KeySuggestion.closest(to: name, among: Key.allCases.map(\.rawValue))
                throw Self.error(at: location, "has an unknown setting \"\(name)\"" + (guess.map { " (did you mean \($0)?)" } ?? ""))
            }
            guard let value = root[name] else { continue }
            entries[key] = try Self.entry(key, value, line: line, location: location)
        }
        self.entries = entries
    }

    private static func entry(_ key: Key, _ value: any TOMLValueConvertible, line: Int, location: SourceLocation) throws -> Entry {
        switch key {
        case .colors:
            guard let flag = value.bool else { throw error(at: location, "sets colors to \(value.type), but it must be true or false") }
            return Entry(boolean: flag, line: line)
        case .newPerDay, .maxReviewsPerDay, .rolloverHour:
            let range = key == .rolloverHour ? hours : 0...Int.max
            guard let number = value.int, range.contains(number) else {
                let wanted = key == .rolloverHour ? "a whole hour from 0 to 23" : "a whole number of 0 or more"
                throw error(at: location, "sets \(key.rawValue) to \(value.tomlValue.debugDescription), but it must be \(wanted)")
            }
            return Entry(integer: number, line: line)
        }
    }

    private static func error(at location: SourceLocation, _ problem: String) -> CLIError {
        let keys = Key.allCases.map(\.rawValue).joined(separator: ", ")
        return CLIError(
            "\(location): the config file \(problem). Settings: \(keys) (see `postcards config`). Fix or remove the line.",
            exitCode: ExitStatus.configuration)
    }

    /// The line of each top-level `key = value`, for messages (TOMLKit returns no positions).
    static func keyLines(in text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") { break }
            guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if lines[name] == nil { lines[name] = index + 1 }
        }
        return lines
    }
}

extension ExitStatus {
    /// EX_CONFIG: a configuration error.
    static let configuration: Int32 = 78
}
