import ArgumentParser
import PostcardsStore

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database file and that replaying the review log gives the cached card states."
    )

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Recompute every card's cached state from the review log.")
    var rebuild = false

    func run() throws {
        let context = try database.context()
        let store = try context.openDatabase(readOnly: !rebuild)
        do {
            try check(store)
        } catch {
            guard let damage = StoreError.damage(in: error, path: context.databasePath) else { throw error }
            // The other checks stop at the first bad page; SQLite's own check still lists them.
            let problems = (try? store.integrityProblems()) ?? []
            print("integrity: \(problems.isEmpty ? "the file cannot be read" : problems.prefix(20).joined(separator: "; "))")
            throw CLIError(damage)
        }
    }

    private func check(_ store: AppDatabase) throws {
        if rebuild {
            let written = try store.rebuildStates()
            try store.rebuildStatsCaches()
            print("rebuilt the state of \(written) card(s) and the statistics summaries from the review log")
        }
        let report = try store.checkHealth()
        print("integrity: \(report.integrityProblems.isEmpty ? "ok" : report.integrityProblems.joined(separator: "; "))")
        print("review log: \(report.events) answer(s), \(report.logMismatches == 0 ? "every row follows SM-2" : "\(report.logMismatches) row(s) disagree with SM-2")")
        if report.cacheMismatches.isEmpty {
            print("card states: \(report.cards) card(s), all equal to the replay of the log")
        } else {
            print("card states: \(report.cacheMismatches.count) of \(report.cards) differ from the replay of the log:")
            for id in report.cacheMismatches.prefix(20) { print("  \(id.deck)/\(id.key)") }
            print("run `postcards doctor --rebuild` to recompute them from the log")
        }
        let statsProblems = try store.statsCacheProblems()
        print("statistics summaries: \(statsProblems.isEmpty ? "equal to the review log" : statsProblems.joined(separator: "; "))")
        guard report.isHealthy && statsProblems.isEmpty else { throw CLIError("the database has problems (see above).", exitCode: ExitStatus.dataError) }
    }
}
