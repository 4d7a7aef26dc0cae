import Foundation
import GRDB
import PostcardsCore

/// Reads the notes, cards and review log of an extracted Anki collection (schema 11 or 18).
enum AnkiCollection {
    /// The first field of the only note in the placeholder `collection.anki2` of modern exports.
    static let placeholderText = "Please update to the latest Anki version"

    static func notes(at database: URL, member: String, file: String, withHistory: Bool) throws(DeckError) -> [AnkiNote] {
        let here = SourceLocation(file: file, line: 0)
        let notes: [AnkiNote]
        do {
            let queue = try DatabaseQueue(path: database.path, configuration: configuration())
            notes = try queue.read { db in try read(db, member: member, file: file, withHistory: withHistory) }
        } catch {
            throw AnkiReadFailure.deckError(error, member: member, file: file)
        }
        guard !notes.isEmpty else {
            throw DeckError(at: here, "\(member) holds no notes", hint: "Export a deck that has cards in it")
        }
        if notes.count == 1, notes[0].field(0).hasPrefix(placeholderText) {
            throw DeckError(at: here, "\(member) only holds Anki's \"please update\" placeholder note",
                            hint: "This package stores its notes in a newer format; export again with \"Support older Anki versions\" ticked")
        }
        return notes
    }

    /// Read-only (unless a test writes a collection), with Anki's `unicase` collation:
    /// schema-18 name columns declare it and SQLite refuses to touch their indexes without it.
    static func configuration(writable: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = !writable
        configuration.prepareDatabase { db in
            db.add(collation: DatabaseCollation("unicase") { lhs, rhs in
                let (left, right) = (lhs.lowercased(), rhs.lowercased())
                return left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
            })
        }
        return configuration
    }

    private static func read(_ db: Database, member: String, file: String, withHistory: Bool) throws -> [AnkiNote] {
        try AnkiCollectionSchema.check(db, AnkiCollectionSchema.common, member: member, file: file)
        if withHistory { try AnkiCollectionSchema.check(db, AnkiCollectionSchema.history, member: member, file: file) }
        let schema = try notetypes(db, member: member, file: file)
        var cardsByNote: [Int64: [(id: Int64, deck: Int64, ordinal: Int)]] = [:]
        let cardRows = try Row.fetchCursor(db, sql: "SELECT id, nid, did, odid, ord FROM cards ORDER BY nid, ord")
        while let row = try cardRows.next() {
            // A card in a filtered deck belongs to its original deck (odid).
            let original: Int64 = row.optional("odid", or: 0)
            let deck: Int64 = original != 0 ? original : try row.required("did")
            cardsByNote[try row.required("nid"), default: []].append((try row.required("id"), deck, try row.required("ord")))
        }
        let history = withHistory ? try answers(db) : [:]
        var notes: [AnkiNote] = []
        // The fields as bytes: read as text, SQLite would replace bad UTF-8 and cut at a NUL.
        let noteRows = try Row.fetchCursor(db, sql: "SELECT id, guid, mid, tags, CAST(flds AS BLOB) AS flds FROM notes ORDER BY id")
        let source = SourceLocation(file: file, line: 0)
        while let row = try noteRows.next() {
            let noteID: Int64 = try row.required("id")
            let guid: String = try row.required("guid")
            let note = "note \(noteID) (GUID \(guid))"
            let mid: Int64 = try row.required("mid")
            guard let notetype = schema.notetypes[mid] else {
                throw DeckError(at: source, "\(note) uses note type \(mid), which the collection does not define",
                                hint: "The collection is damaged; run Tools › Check Database in Anki and export again")
            }
            if schema.isImageOcclusion(notetype) { continue }
            let fields = try AnkiNoteFields.plain(row.optional("flds", or: Data()), note: note, at: source)
            let cards = try (cardsByNote[noteID] ?? []).map { card throws(DeckError) in
                // A card whose deck is gone goes to Anki's default deck, as Check Database does.
                let deck = schema.decks[card.deck] ?? [AnkiDeckName.fallback]
                guard !deck.isEmpty else {
                    throw DeckError(at: source, "card \(card.id) of \(note) is in deck \(card.deck), whose name is empty",
                                    hint: "Rename that deck in Anki and export again")
                }
                return AnkiCard(ordinal: card.ordinal, deck: deck, history: history[card.id] ?? [])
            }
            notes.append(AnkiNote(
                guid: guid, kind: schema.kind(of: notetype), fields: fields,
                tags: AnkiTags.split(row.optional("tags", or: "")),
                cards: cards, source: source, id: noteID))
        }
        return notes
    }

    /// Schema 11 keeps note types as JSON in `col`; schema 18 empties those columns and
    /// uses tables.
    private static func notetypes(_ db: Database, member: String, file: String) throws -> AnkiNotetypes {
        guard let col = try Row.fetchOne(db, sql: "SELECT ver, models, decks FROM col") else {
            throw DeckError(at: SourceLocation(file: file, line: 0), "\(member) is not an Anki collection: its col table is empty",
                            hint: AnkiCollectionSchema.reexport)
        }
        let models: String = col.optional("models", or: "")
        if !models.isEmpty {
            do {
                return try AnkiNotetypes.schema11(models: models, decks: col.optional("decks", or: "{}"))
            } catch let error as DecodingError {
                throw DeckError(at: SourceLocation(file: file, line: 0),
                                "the note types and decks of \(member) (col.models, col.decks) are damaged JSON: \(AnkiJSONFailure.describe(error))",
                                hint: "Run Tools › Check Database in Anki and export again")
            }
        }
        guard try db.tableExists("notetypes") else {
            let version: Int = col.optional("ver", or: 0)
            throw DeckError(at: SourceLocation(file: file, line: 0), "unknown collection schema \(version)",
                            hint: "Export again from a current Anki")
        }
        try AnkiCollectionSchema.check(db, AnkiCollectionSchema.schema18, member: member, file: file)
        return try AnkiNotetypes.schema18(db)
    }

    private static func answers(_ db: Database) throws -> [Int64: [HistoricAnswer]] {
        var result: [Int64: [HistoricAnswer]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, cid, ease, time, type FROM revlog ORDER BY id")
        while let row = try rows.next() {
            let entry = AnkiRevlog(
                id: try row.required("id"), cardID: try row.required("cid"), ease: row.optional("ease", or: 0),
                time: row.optional("time", or: 0), type: row.optional("type", or: 0))
            if let answer = entry.answer { result[entry.cardID, default: []].append(answer) }
        }
        return result
    }
}
