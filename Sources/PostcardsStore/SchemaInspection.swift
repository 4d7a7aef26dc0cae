import Foundation
import GRDB

/// What an existing database file holds, read through a read-only connection before any
/// writable one opens it: opening the pool switches the file to WAL and migrating writes
/// tables, neither of which may happen to a file postcards does not own or cannot read.
enum SchemaInspection: Equatable {
    /// No tables yet: migrating creates the schema, there is nothing to back up.
    case fresh
    case current
    /// Every migration applied, but `user_version` not yet written (a collection from before
    /// it was): opening for writing stamps it.
    case currentUnstamped
    /// Some migrations are missing: back up before running them when there are cards to keep.
    case needsMigration(applied: Int, hasCards: Bool)

    static let migrationsTable = "grdb_migrations"

    /// Classifies the file through `connection`, a read-only connection to it: the caller
    /// keeps that connection as the collection's reader when the schema is current, which
    /// spares a second open, its schema parse and its shared-memory set-up.
    static func inspect(_ connection: DatabaseQueue, path: String, migrator: DatabaseMigrator) throws(StoreError) -> SchemaInspection {
        do {
            return try connection.read { db in try classify(db, path: path, migrator: migrator) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.opening(error, path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    private static func classify(_ db: Database, path: String, migrator: DatabaseMigrator) throws -> SchemaInspection {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if tables.isEmpty { return .fresh }
        guard tables.contains(migrationsTable) else { throw StoreError.foreignDatabase(path: path, tables: tables) }
        let known = migrator.migrations
        let applied = try migrator.appliedIdentifiers(db)
        if let unknown = applied.subtracting(known).sorted().first {
            throw StoreError.newerSchema(path: path, detail: "its schema has migration \"\(unknown)\", unknown to this version")
        }
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if userVersion > known.count {
            throw StoreError.newerSchema(
                path: path, detail: "schema version \(userVersion); this version knows up to \(known.count)")
        }
        // Foreign files are refused above; a bare migrations table is one we started and never finished.
        if applied.isEmpty { return .fresh }
        if applied.count == known.count { return userVersion == known.count ? .current : .currentUnstamped }
        // Every schema has had `card`; a collection still being created by another process has none yet.
        let hasCards = (try? Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM card)")) ?? false
        return .needsMigration(applied: applied.count, hasCards: hasCards)
    }
}
