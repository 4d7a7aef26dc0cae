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
        let drafts = try ImportSources.drafts(paths: paths, withHistory: withHistory)
        // A dry run against a collection that does not exist yet plans against an empty one.
        let store = dryRun && !context.databaseExists ? try AppDatabase.inMemory() : try context.openDatabase(readOnly: dryRun)
        let (plan, added) = dryRun
            ? (try store.plan(drafts), 0)
            : try store.importDrafts(drafts, prune: prune, now: context.clock.now(), clock: context.dayClock)
        print(ImportReport.lines(for: plan, prune: prune, dryRun: dryRun).joined(separator: "\n"))
        if withHistory && !dryRun { print("history: \(added) answer(s) added") }
    }
}

/// The plan as the user reads it, the same for `--dry-run` and a real import.
enum ImportReport {
    static func lines(for plan: ImportPlan, prune: Bool, dryRun: Bool) -> [String] {
        var lines: [String] = []
        if dryRun { lines.append("dry run: nothing written") }
        if !plan.vanished.isEmpty {
            let verb = prune ? "removed" : "kept (use --prune to remove)"
            lines.append("\(plan.vanished.count) card(s) no longer in the source, \(verb):")
            lines += plan.vanished.prefix(20).map { "  \($0.deck)/\($0.key)" }
            if plan.vanished.count > 20 { lines.append("  … and \(plan.vanished.count - 20) more") }
        }
        lines.append("added \(plan.added.count), updated \(plan.updated.count), unchanged \(plan.unchanged.count)")
        return lines
    }
}
