import PostcardsCore

/// Where a setting's value came from, so `postcards config` can say why it is what it is.
enum SettingSource: Equatable, CustomStringConvertible {
    case builtIn
    case file(SourceLocation)
    case environment(String)
    case flag(String)

    var description: String {
        switch self {
        case .builtIn: "default"
        case let .file(location): "\(location)"
        case let .environment(name): "environment \(name)"
        case let .flag(name): "flag \(name)"
        }
    }
}

struct Setting<Value: Equatable>: Equatable {
    var value: Value
    var source: SettingSource
}

/// The effective settings: flags over environment over the config file over defaults.
struct Settings: Equatable {
    var newPerDay: Setting<Int>
    /// Nil: no cap on scheduling reviews per day.
    var maxReviewsPerDay: Setting<Int?>
    var rolloverHour: Setting<Int>
    var colors: Setting<Bool>
    /// The config file looked for, and whether it exists.
    var configPath: String
    var configFound: Bool

    var limits: DailyQueue.Limits {
        DailyQueue.Limits(newPerDay: newPerDay.value, reviewsPerDay: maxReviewsPerDay.value)
    }

    /// Values given on the command line; nil where no flag was given.
    struct Overrides: Equatable {
        var newPerDay: Int?
        var maxReviewsPerDay: Int?
        var rolloverHour: Int?
        var colors: Bool?

        static let none = Overrides()
    }

    static let rolloverVariable = "POSTCARDS_ROLLOVER_HOUR"
    /// https://no-color.org: any non-empty value turns colour off.
    static let noColorVariable = "NO_COLOR"

    /// Resolves every setting; a bad config file or variable is an error, never a silent default.
    static func resolve(_ overrides: Overrides = .none, environment: [String: String]) throws -> Settings {
        let path = ConfigFile.path(environment: environment)
        let file = try ConfigFile.load(path: path)
        func fromFile<Value>(_ key: ConfigFile.Key, _ read: (ConfigFile.Entry) -> Value?) -> Setting<Value>? {
            guard let entry = file?.entries[key], let value = read(entry) else { return nil }
            return Setting(value: value, source: .file(SourceLocation(file: path, line: entry.line)))
        }
        let newPerDay = overrides.newPerDay.map { Setting(value: $0, source: .flag("--new")) }
            ?? fromFile(.newPerDay) { $0.integer }
            ?? Setting(value: DailyQueue.defaultNewPerDay, source: .builtIn)
        let maxReviews: Setting<Int?> = overrides.maxReviewsPerDay.map { Setting(value: $0, source: .flag("--max-reviews")) }
            ?? fromFile(.maxReviewsPerDay) { $0.integer }.map { Setting(value: $0.value, source: $0.source) }
            ?? Setting(value: nil, source: .builtIn)
        let rollover = try overrides.rolloverHour.map { Setting(value: $0, source: .flag("--rollover-hour")) }
            ?? environmentRollover(environment)
            ?? fromFile(.rolloverHour) { $0.integer }
            ?? Setting(value: DayClock.defaultRolloverHour, source: .builtIn)
        let colors = overrides.colors.map { Setting(value: $0, source: .flag($0 ? "--color" : "--no-color")) }
            ?? (environment[noColorVariable].map { !$0.isEmpty } == true
                ? Setting(value: false, source: .environment(noColorVariable)) : nil)
            ?? fromFile(.colors) { $0.boolean }
            ?? Setting(value: true, source: .builtIn)
        return Settings(
            newPerDay: newPerDay, maxReviewsPerDay: maxReviews, rolloverHour: rollover, colors: colors,
            configPath: path, configFound: file != nil)
    }

    private static func environmentRollover(_ environment: [String: String]) throws -> Setting<Int>? {
        guard let text = environment[rolloverVariable], !text.isEmpty else { return nil }
        guard let hour = Int(text), ConfigFile.hours.contains(hour) else {
            throw CLIError("\(rolloverVariable)=\(text) must be a whole hour from 0 to 23.", exitCode: ExitStatus.usage)
        }
        return Setting(value: hour, source: .environment(rolloverVariable))
    }
}
