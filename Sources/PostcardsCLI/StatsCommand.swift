import ArgumentParser
import Foundation
import PostcardsCore
import PostcardsStore
import PostcardsTUI

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "How learning is going: today, chapters, forecast, calendar, true retention, distributions.",
        discussion: "--json prints one JSON object described in docs/stats.md and nothing else."
    )
    static let maximumDays = 3650

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("chapter"), help: ArgumentHelp("Only this chapter (repeatable).", valueName: "slug"))
    var chapters: [String] = []

    @Option(help: "Days of the look-back windows and of the forecast.")
    var days: Int = StatsReport.defaultWindowDays

    @Flag(help: "Print the figures as one JSON object instead of the dashboard.")
    var json = false

    func validate() throws {
        guard (1...Self.maximumDays).contains(days) else {
            throw ValidationError("--days must be between 1 and \(Self.maximumDays), not \(days).")
        }
    }

    func run() throws {
        let context = try database.context()
        let store = try context.openDatabase(readOnly: true)
        let selection = try ChapterSelection.resolve(chapters, in: store)
        let input = try store.statsInput(today: context.today, windowDays: days, chapters: selection)
        let report = StatsReport(input, timeZone: context.dayClock.timeZone)
        if json {
            print(report.json.rendered())
            return
        }
        let output = TerminalOutput.detect()
        let text = StatsDashboard.render(report, width: output.width, unicode: output.unicode).map(output.render)
        print(text.joined(separator: "\n"))
    }
}

/// `--chapter` values checked against the collection, so a typo is an error rather than
/// an empty report.
enum ChapterSelection {
    static func resolve(_ slugs: [String], in store: AppDatabase) throws -> Set<String>? {
        guard !slugs.isEmpty else { return nil }
        let known = try store.chapters().map(\.slug)
        let unknown = slugs.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw CLIError(
                "no chapter \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in the collection. "
                    + "Chapters: \(known.joined(separator: ", ")).",
                exitCode: ExitStatus.usage)
        }
        return Set(slugs)
    }
}
