import GRDB
import PostcardsCore

/// The tables and columns the importer reads, checked before any query so that a file from
/// another program (or a damaged one) is named as such instead of failing on a query.
enum AnkiCollectionSchema {
    /// Both schemas keep notes, cards and `col`; schema 18 leaves `col.models` empty.
    static let common: [(table: String, columns: [String])] = [
        ("col", ["ver", "models", "decks"]),
        ("notes", ["id", "guid", "mid", "tags", "flds"]),
        ("cards", ["id", "nid", "did", "odid", "ord"]),
    ]
    static let history: [(table: String, columns: [String])] = [("revlog", ["id", "cid", "ease", "time", "type"])]
    static let schema18: [(table: String, columns: [String])] = [
        ("notetypes", ["id", "name", "config"]),
        ("fields", ["ntid", "ord", "name"]),
        ("templates", ["ntid", "ord", "config"]),
        ("decks", ["id", "name"]),
    ]

    static func check(_ db: Database, _ tables: [(table: String, columns: [String])], member: String, file: String) throws {
        for (table, columns) in tables {
            guard try db.tableExists(table) else {
                throw DeckError(at: SourceLocation(file: file, line: 0),
                                "\(member) is not an Anki collection: it has no \(table) table", hint: reexport)
            }
            let present = Set(try db.columns(in: table).map { $0.name.lowercased() })
            let missing = columns.filter { !present.contains($0) }
            guard missing.isEmpty else {
                throw DeckError(at: SourceLocation(file: file, line: 0),
                                "\(member) is not an Anki collection: its \(table) table lacks \(missing.joined(separator: ", "))",
                                hint: reexport)
            }
        }
    }

    static let reexport = "The file is damaged or not made by Anki; export it again from Anki"
}
