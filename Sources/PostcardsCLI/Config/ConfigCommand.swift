import ArgumentParser
import Foundation

/// `postcards config`: the effective settings and where each came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings and where each comes from."
    )

    @OptionGroup var overrides: SettingsOptions

    func run() throws {
        let settings = try Settings.resolve(overrides.values, environment: ProcessInfo.processInfo.environment)
        print(Self.text(settings), terminator: "")
    }

    static func text(_ settings: Settings) -> String {
        let rows: [(String, String, SettingSource)] = [
            ("new_per_day", "\(settings.newPerDay.value)", settings.newPerDay.source),
            ("max_reviews_per_day", settings.maxReviewsPerDay.value.map(String.init) ?? "unlimited", settings.maxReviewsPerDay.source),
            ("rollover_hour", "\(settings.rolloverHour.value)", settings.rolloverHour.source),
            ("colors", "\(settings.colors.value)", settings.colors.source),
        ]
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        var text = "# config file: \(settings.configPath)\(settings.configFound ? "" : " (not present)")\n"
        for (name, value, source) in rows {
            let padName = String(repeating: " ", count: nameWidth - name.count)
            let padValue = String(repeating: " ", count: valueWidth - value.count)
            text += "\(name)\(padName) = \(value)\(padValue)  # \(source)\n"
        }
        return text
    }
}

/// Flags that override the config file, shared by `review` and `config`.
struct SettingsOptions: ParsableArguments {
    @Option(name: .customLong("new"), help: "New cards per day (config: new_per_day).")
    var newPerDay: Int?

    @Option(name: .customLong("max-reviews"), help: "Most scheduling reviews per day (config: max_reviews_per_day).")
    var maxReviewsPerDay: Int?

    @Option(name: .customLong("rollover-hour"), help: "Local hour a new study day starts, 0–23 (config: rollover_hour).")
    var rolloverHour: Int?

    @Flag(inversion: .prefixedNo, help: "Colours in the full-screen reviewer (config: colors; NO_COLOR turns them off).")
    var color: Bool?

    func validate() throws {
        if let newPerDay, newPerDay < 0 { throw ValidationError("--new must be 0 or more.") }
        if let maxReviewsPerDay, maxReviewsPerDay < 0 { throw ValidationError("--max-reviews must be 0 or more.") }
        if let rolloverHour, !ConfigFile.hours.contains(rolloverHour) {
            throw ValidationError("--rollover-hour must be a whole hour from 0 to 23.")
        }
    }

    var values: Settings.Overrides {
        Settings.Overrides(newPerDay: newPerDay, maxReviewsPerDay: maxReviewsPerDay, rolloverHour: rolloverHour, colors: color)
    }
}
