import ArgumentParser
import Foundation
import PostcardsCore
import PostcardsStore

/// Developer tools, left out of `--help`.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Developer tools.",
        shouldDisplay: false,
        subcommands: [GenerateCommand.self, BenchAnswerCommand.self]
    )
}

/// `postcards dev generate --cards 100000 --reviews 1000000 --db PATH`: the synthetic
/// collection docs/performance.md measures against.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic collection (cards in up to 20 chapters, an SM-2 review log) to a new database."
    )
    static let daysPerYear = 365

    @OptionGroup var database: DatabaseOption

    @Option(help: "Cards.") var cards = 100_000
    @Option(help: "Answers in the log (re-drills included).") var reviews = 1_000_000
    @Option(help: "Years of history, ending yesterday.") var years = 3
    @Option(help: "Random seed: the same seed gives the same collection.") var seed: UInt64 = 1

    func validate() throws {
        guard cards > 0, reviews >= 0, years > 0 else { throw ValidationError("--cards and --years must be positive.") }
        guard database.path != nil else { throw ValidationError("--db PATH is required: the collection goes to a new file.") }
    }

    func run() throws {
        let context = try database.context()
        guard !context.databaseExists else {
            throw CLIError("\(context.databasePath) already exists. Give --db a new path.", exitCode: ExitStatus.cannotCreate)
        }
        let synthetic = SyntheticCollection(
            cards: cards, reviews: reviews, days: years * Self.daysPerYear, today: context.today, seed: seed,
            clock: context.dayClock, now: context.clock.now())
        let store: AppDatabase
        do {
            store = try AppDatabase.open(at: context.databasePath)
        } catch let error as StoreError {
            throw CLIError(error.description, exitCode: ExitStatus.cannotCreate)
        }
        try store.importDrafts(synthetic.drafts(), now: context.dayClock.start(of: synthetic.today - synthetic.days), clock: context.dayClock)
        let written = try store.bulkAppend(synthetic.events())
        let due = try store.statsInput(today: context.today, windowDays: 1).chapters.reduce(0) { $0 + $1.due }
        print("wrote \(cards) cards and \(written) answers to \(context.databasePath); \(due) cards due today")
    }
}
