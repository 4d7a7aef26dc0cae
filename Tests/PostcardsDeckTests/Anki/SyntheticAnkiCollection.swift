import Foundation
import GRDB
import ZIPFoundation
@testable import PostcardsDeck

/// Small Anki collections written from scratch, for note types and situations the real
/// fixtures do not contain (cloze, reversed cards, filtered decks, schema 18 with cloze).
/// Only the columns the importer reads exist; Anki's real tables have more.
struct SyntheticAnkiCollection {
    struct Note {
        var id: Int64
        var guid: String
        var notetype: Int64
        var tags: String
        var fields: [String]
    }

    struct Card {
        var id: Int64
        var note: Int64
        var deck: Int64
        var originalDeck: Int64 = 0
        var ordinal: Int
    }

    struct Answer {
        var id: Int64
        var card: Int64
        var ease: Int
        var time: Int
        var type: Int
    }

    struct Notetype {
        var id: Int64
        var name: String
        var isCloze: Bool
        var fields: [String]
        /// (question, answer) per template ordinal.
        var templates: [(String, String)]
    }

    var notetypes: [Notetype] = []
    var decks: [Int64: String] = [:]
    var notes: [Note] = []
    var cards: [Card] = []
    var revlog: [Answer] = []

    /// Writes a schema-11 collection (note types and decks as JSON in `col`).
    func writeSchema11(to url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE col (id INTEGER PRIMARY KEY, ver INTEGER, models TEXT, decks TEXT)")
            try db.execute(sql: "INSERT INTO col VALUES (1, 11, ?, ?)", arguments: [try modelsJSON(), try decksJSON()])
            try writeNotesCardsRevlog(db)
        }
    }

    /// Writes a schema-18 collection: tables with protobuf configs and `COLLATE unicase` names.
    func writeSchema18(to url: URL) throws {
        let queue = try DatabaseQueue(path: url.path, configuration: AnkiCollection.configuration(writable: true))
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE col (id INTEGER PRIMARY KEY, ver INTEGER, models TEXT, decks TEXT);
                CREATE TABLE notetypes (id INTEGER PRIMARY KEY, name TEXT COLLATE unicase, config BLOB);
                CREATE TABLE fields (ntid INTEGER, ord INTEGER, name TEXT COLLATE unicase, config BLOB, PRIMARY KEY (ntid, ord));
                CREATE TABLE templates (ntid INTEGER, ord INTEGER, name TEXT COLLATE unicase, config BLOB, PRIMARY KEY (ntid, ord));
                CREATE TABLE decks (id INTEGER PRIMARY KEY, name TEXT COLLATE unicase);
                CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
                INSERT INTO col VALUES (1, 18, '', '');
                """)
            for notetype in notetypes {
                let config: [UInt8] = notetype.isCloze ? [0x08, 0x01] : []
                try db.execute(sql: "INSERT INTO notetypes VALUES (?, ?, ?)", arguments: [notetype.id, notetype.name, Data(config)])
                for (ordinal, name) in notetype.fields.enumerated() {
                    try db.execute(sql: "INSERT INTO fields VALUES (?, ?, ?, x'')", arguments: [notetype.id, ordinal, name])
                }
                for (ordinal, template) in notetype.templates.enumerated() {
                    let config = Self.protobufString(1, template.0) + Self.protobufString(2, template.1) + [0x40, 0x05]
                    try db.execute(sql: "INSERT INTO templates VALUES (?, ?, ?, ?)",
                                   arguments: [notetype.id, ordinal, "Card \(ordinal + 1)", Data(config)])
                }
            }
            for (id, name) in decks {
                try db.execute(sql: "INSERT INTO decks VALUES (?, ?)",
                               arguments: [id, name.replacingOccurrences(of: "::", with: "\u{1F}")])
            }
            try writeNotesCardsRevlog(db)
        }
    }

    /// Zips `members` (name → file contents) into a package at `url`.
    static func zip(_ members: [(String, Data)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, data) in members {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    /// A schema-11 package with this collection as `collection.anki2` (as genanki writes).
    func package(at url: URL) throws {
        let database = url.deletingLastPathComponent().appendingPathComponent(UUID().uuidString + ".anki2")
        defer { try? FileManager.default.removeItem(at: database) }
        try writeSchema11(to: database)
        try Self.zip([("collection.anki2", Data(contentsOf: database)), ("media", Data("{}".utf8))], to: url)
    }

    private func writeNotesCardsRevlog(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT, mid INTEGER, tags TEXT, flds TEXT);
            CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER, did INTEGER, odid INTEGER, ord INTEGER);
            CREATE TABLE revlog (id INTEGER PRIMARY KEY, cid INTEGER, ease INTEGER, time INTEGER, type INTEGER);
            """)
        for note in notes {
            try db.execute(sql: "INSERT INTO notes VALUES (?, ?, ?, ?, ?)",
                           arguments: [note.id, note.guid, note.notetype, note.tags, note.fields.joined(separator: "\u{1F}")])
        }
        for card in cards {
            try db.execute(sql: "INSERT INTO cards VALUES (?, ?, ?, ?, ?)",
                           arguments: [card.id, card.note, card.deck, card.originalDeck, card.ordinal])
        }
        for answer in revlog {
            try db.execute(sql: "INSERT INTO revlog VALUES (?, ?, ?, ?, ?)",
                           arguments: [answer.id, answer.card, answer.ease, answer.time, answer.type])
        }
    }

    private func modelsJSON() throws -> String {
        var models: [String: Any] = [:]
        for notetype in notetypes {
            models[String(notetype.id)] = [
                "name": notetype.name, "type": notetype.isCloze ? 1 : 0,
                "flds": notetype.fields.enumerated().map { ["name": $0.element, "ord": $0.offset] },
                "tmpls": notetype.templates.enumerated().map { ["ord": $0.offset, "qfmt": $0.element.0, "afmt": $0.element.1] },
            ]
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: models), as: UTF8.self)
    }

    private func decksJSON() throws -> String {
        let json = Dictionary(uniqueKeysWithValues: decks.map { (String($0.key), ["name": $0.value]) })
        return String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
    }

    static func protobufString(_ field: UInt8, _ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var length = bytes.count
        var varint: [UInt8] = []
        repeat {
            varint.append(UInt8(length & 0x7F) | (length > 0x7F ? 0x80 : 0))
            length >>= 7
        } while length > 0
        return [field << 3 | 2] + varint + bytes
    }
}

extension SyntheticAnkiCollection.Notetype {
    static let basic = SyntheticAnkiCollection.Notetype(id: 10, name: "Basic", isCloze: false, fields: ["Front", "Back"],
                                templates: [("{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}")])
    static let reversed = SyntheticAnkiCollection.Notetype(
        id: 11, name: "Basic (and reversed card)", isCloze: false, fields: ["Front", "Back"],
        templates: [("{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"), ("{{Back}}", "{{FrontSide}}<hr id=answer>{{Front}}")])
    static let cloze = SyntheticAnkiCollection.Notetype(id: 12, name: "Cloze", isCloze: true, fields: ["Text", "Back Extra"],
                                templates: [("{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")])
    static let imageOcclusion = SyntheticAnkiCollection.Notetype(id: 13, name: "Image Occlusion", isCloze: true, fields: ["Occlusion", "Image"],
                                         templates: [("{{cloze:Occlusion}}{{Image}}", "{{cloze:Occlusion}}")])
}
