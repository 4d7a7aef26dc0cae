import GRDB

extension AppDatabase {
    public func metaValue(_ key: String) throws -> String? {
        try reader.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func setMetaValue(_ value: String, for key: String) throws {
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [key, value])
        }
    }
}
