import ArgumentParser
import PostcardsDeck

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check deck files for mistakes and for cards that will be hard to learn.",
        discussion: """
            Errors (exit 65): anything import would reject, empty fields, a cloze without a \
            deletion, duplicate ids or fronts, answers over \(DeckLint.maximumAnswerWords) words. \
            Warnings (exit 0): answers over \(DeckLint.longAnswerWords) words and cards that seem \
            to ask for several facts. Nothing is written to the collection.
            """
    )

    @Argument(help: "Deck files (.toml) or directories of them.")
    var paths: [String]

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let report = DeckLint.lint(paths: paths)
        for finding in report.findings { print(finding) }
        print(report.summary)
        if report.missingInput {
            throw CLIError("nothing to lint at \(paths.joined(separator: " ")) (see above).", exitCode: ExitStatus.noInput)
        }
        let failures = report.errorCount + (strict ? report.warningCount : 0)
        guard failures == 0 else {
            throw CLIError("the deck has problems to fix (see above).", exitCode: ExitStatus.dataError)
        }
    }
}
