import PostcardsCore

/// An Anki note as both readers (text and `.apkg`) hand it to the mapping: fields already
/// plain text, the cards it has, and where each card's deck and history come from.
struct AnkiNote: Equatable {
    /// Anki's note GUID; nil for a text file without a GUID column (the key then comes from
    /// the first field, which is also how Anki matches such notes).
    var guid: String?
    var kind: AnkiNoteKind
    /// Plain text, in note type order (Basic: Front, Back; Cloze: Text, Back Extra).
    var fields: [String]
    var tags: [String]
    var cards: [AnkiCard]
    var source: SourceLocation
    /// The note's id in a package, for messages; text files have none.
    var id: Int64?

    func field(_ index: Int) -> String { fields.indices.contains(index) ? fields[index] : "" }
}

/// One card of a note.
struct AnkiCard: Equatable {
    /// Template ordinal (0 = "Card 1"); for cloze notes, the deletion number minus one.
    var ordinal: Int
    /// Anki deck path: `["Post-training", "RL"]` for "Post-training::RL".
    var deck: [String]
    var history: [HistoricAnswer]
}

enum AnkiNoteKind: Equatable {
    /// Front/back cards, one per template (Basic, Basic (and reversed card), …).
    case standard([AnkiTemplate])
    /// One card per deletion number of the text field.
    case cloze(textField: Int, extraField: Int?)
}

/// Which fields a template shows on the question and which it adds on the answer.
struct AnkiTemplate: Equatable {
    var ordinal: Int
    var front: [Int]
    var back: [Int]
    /// A field that must be non-empty for the card to exist (`{{#Add Reverse}}…`).
    var condition: Int?

    /// Card 1 of Basic: Front → Back.
    static let forward = AnkiTemplate(ordinal: 0, front: [0], back: [1])
    /// Card 2 of "Basic (and reversed card)": Back → Front.
    static let reverse = AnkiTemplate(ordinal: 1, front: [1], back: [0])
}
