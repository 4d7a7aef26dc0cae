/// The commands that open the collection: `runMain` needs the path to name a collection that
/// turns out to be damaged only after it was opened.
protocol OpensCollection {
    var database: DatabaseOption { get }
}

extension OpensCollection {
    /// The path the command opened, resolved as `AppContext` resolves it; nil when it cannot be.
    var collectionPath: String? { try? database.context().databasePath }
}

extension BackupCommand: OpensCollection {}
extension CardsCommand: OpensCollection {}
extension DoctorCommand: OpensCollection {}
extension ExportCommand: OpensCollection {}
extension ImportCommand: OpensCollection {}
extension ReviewCommand: OpensCollection {}
extension StatsCommand: OpensCollection {}
extension GenerateCommand: OpensCollection {}
extension BenchAnswerCommand: OpensCollection {}
