import Foundation
import PostcardsCore
import PostcardsDeck

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
        let settings: [TOMLSetting]
        do {
            settings = try TOMLSettings.read(text, file: path)
        } catch {
            throw Self.error(at: error.location, "is not valid TOML (\(error.message))")
        }
        var entries: [Key: Entry] = [:]
        for setting in settings {
            guard let key = Key(rawValue: setting.key) else {
                let guess = KeySuggestion.closest(to: setting.key, among: Key.allCases.map(\.rawValue))
                throw Self.error(
                    at: setting.location,
                    "has an unknown setting \"\(setting.key)\"" + (guess.map { " (did you mean \($0)?)" } ?? ""))
            }
            entries[key] = try Self.entry(key, setting.value, location: setting.location)
        }
        self.entries = entries
    }

    private static func entry(_ key: Key, _ value: TOMLSetting.Value, location: SourceLocation) throws -> Entry {
        let line = location.line
        switch (key, value) {
        case let (.colors, .boolean(flag)):
            return Entry(boolean: flag, line: line)
        case (.colors, _):
            throw error(at: location, "sets colors to \(description(of: value)), but it must be true or false")
        case let (.newPerDay, .integer(number)) where number >= 0,
             let (.maxReviewsPerDay, .integer(number)) where number >= 0,
             let (.rolloverHour, .integer(number)) where hours.contains(number):
            return Entry(integer: number, line: line)
        case (.newPerDay, _), (.maxReviewsPerDay, _), (.rolloverHour, _):
            let wanted = key == .rolloverHour ? "a whole hour from 0 to 23" : "a whole number of 0 or more"
            throw error(at: location, "sets \(key.rawValue) to \(description(of: value)), but it must be \(wanted)")
        }
    }

    private static func description(of value: TOMLSetting.Value) -> String {
        switch value {
        case let .integer(number): "\(number)"
        case let .boolean(flag): "\(flag)"
        case let .other(text): text
        }
    }

    private static func error(at location: SourceLocation, _ problem: String) -> CLIError {
        let keys = Key.allCases.map(\.rawValue).joined(separator: ", ")
        return CLIError(
            "\(location): the config file \(problem). Settings: \(keys) (see `postcards config`). Fix or remove the line.",
            exitCode: ExitStatus.configuration)
    }
}

extension ExitStatus {
    /// EX_CONFIG: a configuration error.
    static let configuration: Int32 = 78
}
