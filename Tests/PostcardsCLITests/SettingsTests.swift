import Foundation
import PostcardsCore
import Testing
@testable import PostcardsCLI

struct SettingsTests {
    /// A fresh `$XDG_CONFIG_HOME` holding `config` as `postcards/config.toml` (none when nil).
    static func environment(_ config: String?, extra: [String: String] = [:]) throws -> [String: String] {
        let home = FileManager.default.temporaryDirectory.appending(path: "postcards-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appending(path: "postcards"), withIntermediateDirectories: true)
        if let config { try Data(config.utf8).write(to: home.appending(path: "postcards/config.toml")) }
        return ["XDG_CONFIG_HOME": home.path].merging(extra) { $1 }
    }

    @Test func withoutAFileEverySettingIsItsDefault() throws {
        let settings = try Settings.resolve(environment: try Self.environment(nil))
        #expect(settings.newPerDay == Setting(value: 20, source: .builtIn))
        #expect(settings.maxReviewsPerDay == Setting(value: nil, source: .builtIn))
        #expect(settings.rolloverHour == Setting(value: 4, source: .builtIn))
        #expect(settings.colors == Setting(value: true, source: .builtIn))
        #expect(!settings.configFound)
    }

    @Test func fileValuesCarryTheirLine() throws {
        let environment = try Self.environment("# mine\nnew_per_day = 5\n\nmax_reviews_per_day = 100\nrollover_hour = 3\ncolors = false\n")
        let settings = try Settings.resolve(environment: environment)
        let path = ConfigFile.path(environment: environment)
        #expect(settings.newPerDay == Setting(value: 5, source: .file(SourceLocation(file: path, line: 2))))
        #expect(settings.maxReviewsPerDay.value == 100)
        #expect(settings.rolloverHour == Setting(value: 3, source: .file(SourceLocation(file: path, line: 5))))
        #expect(settings.colors.value == false)
        #expect(settings.limits == DailyQueue.Limits(newPerDay: 5, reviewsPerDay: 100))
    }

    @Test func flagsBeatEnvironmentWhichBeatsTheFile() throws {
        let environment = try Self.environment(
            "new_per_day = 5\nrollover_hour = 3\ncolors = true\n", extra: ["POSTCARDS_ROLLOVER_HOUR": "6", "NO_COLOR": "1"])
        let fromEnvironment = try Settings.resolve(environment: environment)
        #expect(fromEnvironment.rolloverHour == Setting(value: 6, source: .environment("POSTCARDS_ROLLOVER_HOUR")))
        #expect(fromEnvironment.colors == Setting(value: false, source: .environment("NO_COLOR")))
        let overrides = Settings.Overrides(newPerDay: 9, rolloverHour: 2, colors: true)
        let fromFlags = try Settings.resolve(overrides, environment: environment)
        #expect(fromFlags.newPerDay == Setting(value: 9, source: .flag("--new")))
        #expect(fromFlags.rolloverHour == Setting(value: 2, source: .flag("--rollover-hour")))
        #expect(fromFlags.colors == Setting(value: true, source: .flag("--color")))
    }

    @Test(arguments: [
        ("new_per_day = 5\nnew_per_dya = 3\n", ":2:", "unknown setting \"new_per_dya\" (did you mean new_per_day?)"),
        ("rollover_hour = 24\n", ":1:", "a whole hour from 0 to 23"),
        ("colors = \"yes\"\n", ":1:", "true or false"),
        ("new_per_day = -1\n", ":1:", "0 or more"),
        ("new_per_day = 5\ncolors = tru\n", ":2:", "not valid TOML"),
    ])
    func aBadFileIsAnErrorNamingFileAndLine(config: String, line: String, message: String) throws {
        let environment = try Self.environment(config)
        let path = ConfigFile.path(environment: environment)
        do {
            _ = try Settings.resolve(environment: environment)
            Issue.record("expected an error for \(config)")
        } catch let error as CLIError {
            #expect(error.message.hasPrefix(path + line), "\(error.message)")
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.exitCode == ExitStatus.configuration)
        }
    }

    @Test func configCommandPrintsEachValueWithItsSource() throws {
        let environment = try Self.environment("new_per_day = 7\n")
        let text = ConfigCommand.text(try Settings.resolve(environment: environment))
        let path = ConfigFile.path(environment: environment)
        #expect(text == """
            # config file: \(path)
            new_per_day         = 7          # \(path):1:1
            max_reviews_per_day = unlimited  # default
            rollover_hour       = 4          # default
            colors              = true       # default

            """)
    }
}
