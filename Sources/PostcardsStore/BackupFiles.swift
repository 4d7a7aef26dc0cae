import Foundation

/// Names of backups kept next to a database, e.g. for `postcards.sqlite3`:
/// `postcards.backup-20261201-090000-123.sqlite3` (made by `postcards backup`) and
/// `postcards.auto-backup-20261201-090000-123.sqlite3` (made before a migration).
/// The stamp is UTC and sorts in time order.
public enum BackupFiles {
    /// How many automatic backups to keep; older ones are deleted after a new one is written.
    public static let keptAutomaticBackups = 3

    public enum Kind: String, Sendable {
        case manual = "backup"
        case automatic = "auto-backup"
    }

    /// The path of a new backup of `databasePath` taken at `date`, in the same directory.
    public static func path(for databasePath: String, kind: Kind, at date: Date) -> String {
        let url = URL(fileURLWithPath: databasePath)
        let name = url.lastPathComponent
        return url.deletingLastPathComponent().appending(path: fileName(for: name, kind: kind, stamp: stamp(date))).path
    }

    /// The file name of a backup of a database named `name`.
    public static func fileName(for name: String, kind: Kind, at date: Date) -> String {
        fileName(for: name, kind: kind, stamp: stamp(date))
    }

    /// Existing backups of `databasePath` of one kind, oldest first.
    public static func existing(of databasePath: String, kind: Kind) -> [String] {
        let url = URL(fileURLWithPath: databasePath)
        let directory = url.deletingLastPathComponent()
        let (stem, suffix) = parts(of: url.lastPathComponent)
        let prefix = "\(stem).\(kind.rawValue)-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && $0.count == prefix.count + stampLength + suffix.count }
            .sorted()
            .map { directory.appending(path: $0).path }
    }

    /// The most recent backup of either kind, to name in "restore a backup" advice.
    public static func newest(of databasePath: String) -> String? {
        let all = existing(of: databasePath, kind: .manual) + existing(of: databasePath, kind: .automatic)
        return all.max { stampOf($0) < stampOf($1) }
    }

    /// Deletes all but the newest `keptAutomaticBackups` automatic backups.
    static func pruneAutomatic(of databasePath: String) {
        for old in existing(of: databasePath, kind: .automatic).dropLast(keptAutomaticBackups) {
            try? FileManager.default.removeItem(atPath: old)
        }
    }

    private static let stampLength = "20261201-090000-123".count

    private static func stamp(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let parts = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let text = String(value ?? 0); return text.count < 2 ? "0" + text : text }
        let fraction = String(((millis % 1000) + 1000) % 1000)
        let year = String(parts.year ?? 0)
        return year + two(parts.month) + two(parts.day) + "-" + two(parts.hour) + two(parts.minute) + two(parts.second)
            + "-" + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private static func stampOf(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let (_, suffix) = parts(of: name)
        return String(name.dropLast(suffix.count).suffix(stampLength))
    }

    private static func fileName(for name: String, kind: Kind, stamp: String) -> String {
        let (stem, suffix) = parts(of: name)
        return "\(stem).\(kind.rawValue)-\(stamp)\(suffix)"
    }

    /// `postcards.sqlite3` → (`postcards`, `.sqlite3`); a name without extension keeps it all.
    private static func parts(of name: String) -> (stem: String, suffix: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        return calendar
    }()
}
