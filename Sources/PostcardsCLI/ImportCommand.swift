import ArgumentParser
import Foundation
import PostcardsCore
import PostcardsDeck
import PostcardsStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import deck files or directories: all of them or nothing.",
        discussion: "Re-importing unchanged files changes nothing; edited cards keep their progress."
    )

    @OptionGroup var database: DatabaseOption

    @Argument(help: "Deck files (.toml), directories of them, or Anki exports (.apkg, .colpkg, .txt, .tsv, .csv).")
    var paths: [String]

    @Flag(help: "Print the plan and write nothing.")
    var dryRun = false

    @Flag(help: "Remove cards the source no longer has, with their state (their review log stays).")
    var prune = false

    @Flag(help: "Also import the review history of Anki packages (answers already imported are skipped).")
    var withHistory = false

    func run() throws {
        let context = try database.context()
        let feed = { (add: (CardDraft) throws -> Void) throws in
            try ImportSources.feed(paths: paths, withHistory: withHistory, into: add)
        }
        let summary: ImportSummary
        if dryRun {
            // A dry run against a collection that does not exist yet plans against an empty one.
            let store = context.databaseExists ? try context.openDatabase(readOnly: true) : try AppDatabase.inMemory()
            summary = try store.previewImport(from: feed)
        } else {
            summary = try context.openDatabase()
                .importCards(prune: prune, now: context.clock.now(), clock: context.dayClock, from: feed)
        }
        print(ImportReport.lines(for: summary, prune: prune, dryRun: dryRun).joined(separator: "\n"))
        if withHistory && !dryRun { print("history: \(summary.addedAnswers) answer(s) added") }
    }
}

/// The summary as the user reads it, the same for `--dry-run` and a real import.
enum ImportReport {
    static func lines(for summary: ImportSummary, prune: Bool, dryRun: Bool) -> [String] {
        var lines: [String] = []
        if dryRun { lines.append("dry run: nothing written") }
        if !summary.vanished.isEmpty {
            let verb = prune ? "removed" : "kept (use --prune to remove)"
            lines.append("\(summary.vanished.count) card(s) no longer in the source, \(verb):")
            lines += summary.vanished.prefix(20).map { "  \($0.deck)/\($0.key)" }
            if summary.vanished.count > 20 { lines.append("  … and \(summary.vanished.count - 20) more") }
        }
        lines.append("added \(summary.added), updated \(summary.updated), unchanged \(summary.unchanged)")
        return lines
    }
}
