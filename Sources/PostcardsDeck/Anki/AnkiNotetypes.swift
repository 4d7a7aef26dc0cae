import Foundation
import GRDB

/// What the importer needs from a collection's note types and decks, whichever schema
/// stored them.
struct AnkiNotetypes {
    struct Notetype {
        var name: String
        var isCloze: Bool
        var fieldNames: [String]
        var templates: [Template]
    }

    struct Template {
        var ordinal: Int
        var question: String
        var answer: String
    }

    /// Anki's stock type whose cards are masks over an image: nothing a terminal can show.
    static let imageOcclusionName = "Image Occlusion"

    var notetypes: [Int64: Notetype]
    /// Deck id → path (`["Post-training", "RL"]`).
    var decks: [Int64: [String]]

    /// The note kind for a note type: cloze, or front/back from its templates.
    func kind(of notetype: Notetype) -> AnkiNoteKind {
        if notetype.isCloze {
            let template = notetype.templates.first
            let fields = AnkiTemplateFields.clozeFields(
                question: template?.question ?? "", answer: template?.answer ?? "", fieldNames: notetype.fieldNames)
            return .cloze(textField: fields.text, extraField: fields.extra ?? (notetype.fieldNames.count > 1 ? 1 : nil))
        }
        return .standard(notetype.templates.map {
            AnkiTemplateFields.template(ordinal: $0.ordinal, question: $0.question, answer: $0.answer, fieldNames: notetype.fieldNames)
        })
    }

    func isImageOcclusion(_ notetype: Notetype) -> Bool {
        notetype.name.hasPrefix(Self.imageOcclusionName)
    }
}

/// Schema 11 (Anki ≤ 2.1.27, legacy exports, genanki): JSON in `col.models` and `col.decks`.
extension AnkiNotetypes {
    private struct ModelJSON: Decodable {
        var name: String
        var type: Int?
        var flds: [Named]
        var tmpls: [TemplateJSON]
    }

    private struct Named: Decodable {
        var name: String
        var ord: Int?
    }

    private struct TemplateJSON: Decodable {
        var ord: Int?
        var qfmt: String
        var afmt: String
    }

    private struct DeckJSON: Decodable {
        var name: String
    }

    static let clozeModelType = 1

    static func schema11(models: String, decks: String) throws -> AnkiNotetypes {
        let decoder = JSONDecoder()
        let modelMap = try decoder.decode([String: ModelJSON].self, from: Data(models.utf8))
        let deckMap = try decoder.decode([String: DeckJSON].self, from: Data(decks.utf8))
        var notetypes: [Int64: Notetype] = [:]
        for (key, model) in modelMap {
            guard let id = Int64(key) else { continue }
            let fields = model.flds.enumerated().sorted { ($0.element.ord ?? $0.offset) < ($1.element.ord ?? $1.offset) }
            let templates = model.tmpls.enumerated().map { offset, template in
                Template(ordinal: template.ord ?? offset, question: template.qfmt, answer: template.afmt)
            }
            notetypes[id] = Notetype(
                name: model.name, isCloze: model.type == clozeModelType,
                fieldNames: fields.map(\.element.name), templates: templates)
        }
        var deckPaths: [Int64: [String]] = [:]
        for (key, deck) in deckMap {
            guard let id = Int64(key) else { continue }
            deckPaths[id] = AnkiDeckName.path(deck.name, separator: AnkiDeckName.textSeparator)
        }
        return AnkiNotetypes(notetypes: notetypes, decks: deckPaths)
    }
}

/// Schema 18 (Anki ≥ 2.1.28 internally, `collection.anki21b`): tables with protobuf configs.
extension AnkiNotetypes {
    /// `NotetypeConfig.kind` (field 1): 1 = cloze.
    static let notetypeKindField = 1
    static let clozeKind: UInt64 = 1
    /// `TemplateConfig.q_format` (1) and `a_format` (2).
    static let questionFormatField = 1
    static let answerFormatField = 2

    static func schema18(_ db: Database) throws -> AnkiNotetypes {
        var notetypes: [Int64: Notetype] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes") {
            let config = [UInt8](row.optional("config", or: Data()))
            notetypes[try row.required("id")] = Notetype(
                name: try row.required("name"), isCloze: ProtobufReader.varint(notetypeKindField, in: config) == clozeKind,
                fieldNames: [], templates: [])
        }
        // Join from notetypes: exports keep field and template rows of stock types they dropped.
        for row in try Row.fetchAll(db, sql: "SELECT ntid, ord, name FROM fields ORDER BY ntid, ord") {
            let id: Int64 = try row.required("ntid")
            notetypes[id]?.fieldNames.append(try row.required("name"))
        }
        for row in try Row.fetchAll(db, sql: "SELECT ntid, ord, config FROM templates ORDER BY ntid, ord") {
            let id: Int64 = try row.required("ntid")
            let config = [UInt8](row.optional("config", or: Data()))
            notetypes[id]?.templates.append(Template(
                ordinal: try row.required("ord"),
                question: ProtobufReader.string(questionFormatField, in: config) ?? "",
                answer: ProtobufReader.string(answerFormatField, in: config) ?? ""))
        }
        var decks: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM decks") {
            decks[try row.required("id")] = AnkiDeckName.path(try row.required("name"), separator: AnkiDeckName.schema18Separator)
        }
        return AnkiNotetypes(notetypes: notetypes, decks: decks)
    }
}
