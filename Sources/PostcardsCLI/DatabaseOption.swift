import ArgumentParser

/// `--db PATH`, shared by every command that opens the collection.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "Database file (default: $POSTCARDS_DB, else $XDG_DATA_HOME/postcards/postcards.sqlite3).",
        valueName: "path"))
    var path: String?

    func context(_ overrides: Settings.Overrides = .none) throws -> AppContext {
        try AppContext(databaseFlag: path, overrides: overrides)
    }
}
