import Foundation
import PostcardsCore
import PostcardsStore

/// Everything a command needs from its environment: the database, the clock and the
/// study-day calendar, resolved from flags, environment variables and defaults.
struct AppContext {
    static let databaseFileName = "postcards.sqlite3"

    let databasePath: String
    let clock: any Clock
    let dayClock: DayClock
    /// Flags over environment over the config file over defaults.
    let settings: Settings

    init(
        databaseFlag: String?, overrides: Settings.Overrides = .none,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        databasePath = try Self.resolveDatabasePath(flag: databaseFlag, environment: environment)
        clock = try Self.clock(from: environment)
        settings = try Settings.resolve(overrides, environment: environment)
        dayClock = DayClock(timeZone: .current, rolloverHour: settings.rolloverHour.value)
    }

    var today: Day { dayClock.day(containing: clock.now()) }

    /// Opens the collection and brings the shipped deck up to date.
    var databaseExists: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// `readOnly` commands never write to an existing collection, so they skip the
    /// shipped-deck update too; a new collection is created with the shipped deck in it.
    func openDatabase(readOnly: Bool = false) throws -> AppDatabase {
        let readOnly = readOnly && databaseExists
        let database: AppDatabase
        do {
            database = try AppDatabase.open(at: databasePath, readOnly: readOnly, clock: clock)
        } catch let error as StoreError {
            throw CLIError(error)
        }
        if !readOnly {
            try ShippedDeckSync.apply(to: database, now: clock.now(), clock: dayClock)
        }
        return database
    }

    /// `--db`, then `POSTCARDS_DB`, then `$XDG_DATA_HOME/postcards/`, then `~/.local/share/postcards/`.
    static func resolveDatabasePath(flag: String?, environment: [String: String]) throws -> String {
        if let explicit = flag ?? environment["POSTCARDS_DB"], !explicit.isEmpty {
            let parent = URL(fileURLWithPath: explicit).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError(
                    "the database directory \(parent) does not exist. Create it, or choose another --db path.",
                    exitCode: ExitStatus.cannotCreate)
            }
            return explicit
        }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        let directory = base + "/postcards"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CLIError(
                "cannot create the data directory \(directory): \(error.localizedDescription). Set --db or POSTCARDS_DB to a writable place.",
                exitCode: ExitStatus.cannotCreate)
        }
        return directory + "/" + databaseFileName
    }

    /// `POSTCARDS_NOW` (ISO-8601) starts the clock at that instant; otherwise the system clock.
    static func clock(from environment: [String: String]) throws -> any Clock {
        guard let text = environment["POSTCARDS_NOW"], !text.isEmpty else { return SystemClock() }
        guard let date = parseInstant(text) else {
            throw CLIError(
                "POSTCARDS_NOW=\(text) is not an ISO-8601 instant. Use e.g. 2026-12-01T09:30:00+01:00 or 2026-12-01T08:30:00Z.",
                exitCode: ExitStatus.usage)
        }
        return AdvancingClock(startingAt: date)
    }

    static func parseInstant(_ text: String) -> Date? { InternetInstant.parse(text) }
}
