import GRDB

extension StoreError {
    /// The collection at `path` as damaged, when `error` is SQLite finding it malformed.
    ///
    /// The open-time checks read the header and the schema, not every page: a file damaged in
    /// the middle of a table opens fine and fails only on the query that reaches the bad page,
    /// in whichever command runs it. SQLite's own text ("database disk image is malformed")
    /// says nothing about what to do, so such an error becomes the same `damaged` message.
    public static func damage(in error: any Error, path: String) -> StoreError? {
        guard let error = error as? DatabaseError, [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) else {
            return nil
        }
        return .damaged(path: path, detail: error.message ?? "malformed", newestBackup: BackupFiles.newest(of: path))
    }
}
