import PostcardsCore

/// Which column of a text file means what, checked once against the header and first row.
struct AnkiTextLayout {
    let file: String
    let columnCount: Int
    /// 0-based indices.
    let guid: Int?
    let notetype: Int?
    let deck: Int?
    let tags: Int?
    /// Columns that are note fields, in field order.
    let fields: [Int]
    let isHTML: Bool

    init(header: AnkiTextHeader, separator: UInt8, firstRecord: DelimitedText.Record, file: String) throws(DeckError) {
        self.file = file
        isHTML = header.isHTML ?? false
        if let line = header.columnNamesLine {
            columnCount = line.unicodeScalars.split(separator: Unicode.Scalar(separator), omittingEmptySubsequences: false).count
        } else {
            columnCount = firstRecord.fields.count
        }
        let at = SourceLocation(file: file, line: firstRecord.line)
        if header.isPresent {
            guid = try Self.index(header.guidColumn, "guid column", count: columnCount, at: at)
            notetype = try Self.index(header.notetypeColumn, "notetype column", count: columnCount, at: at)
            deck = try Self.index(header.deckColumn, "deck column", count: columnCount, at: at)
            tags = try Self.index(header.tagsColumn, "tags column", count: columnCount, at: at)
        } else {
            guard AnkiTextFile.headerlessColumns.contains(columnCount) else {
                throw DeckError(
                    at: at, "expected 2 or 3 columns (front, back, tags) but the first row has \(columnCount)",
                    hint: "Quote fields that contain the separator, or describe the columns with Anki's header lines (#separator:, #columns:, #tags column:)")
            }
            (guid, notetype, deck) = (nil, nil, nil)
            tags = columnCount == AnkiTextFile.headerlessColumns.upperBound ? columnCount - 1 : nil
        }
        let special = Set([guid, notetype, deck, tags].compactMap { $0 })
        fields = (0..<columnCount).filter { !special.contains($0) }
        guard !fields.isEmpty else {
            throw DeckError(at: at, "no column is left for the note's fields", hint: "Check the #… column: header lines")
        }
    }

    /// What rows share, worked out once per distinct value (a 100k-row file has a handful).
    struct Cache {
        var deckPaths: [String: [String]] = [:]
        var kinds: [String: AnkiNoteKind] = [:]
    }

    func note(
        from record: DelimitedText.Record, header: AnkiTextHeader, defaultDeck: String, cache: inout Cache
    ) throws(DeckError) -> AnkiNote {
        let at = SourceLocation(file: file, line: record.line)
        guard record.fields.count == columnCount else {
            throw DeckError(
                at: at, "this row has \(record.fields.count) fields but the file has \(columnCount) columns",
                hint: "Quote fields that contain the separator or a line break (\"…\"), and give every row the same number of fields")
        }
        // Plain text is never longer than its source: a field over the limit as written is
        // refused before converting megabytes of it.
        if !isHTML, let column = fields.first(where: { record.fields[$0].utf8.count > AnkiFieldCheck.maximumBytes }),
           let problem = AnkiFieldCheck.problem(record.fields[column]) {
            throw DeckError(at: at, "the field in column \(column + 1) \(problem)", hint: AnkiFieldCheck.tooLongHint)
        }
        let values = fields.map { text(record.fields[$0]) }
        for (value, column) in zip(values, fields) {
            if let problem = AnkiFieldCheck.problem(value) {
                throw DeckError(at: at, "the field in column \(column + 1) \(problem)", hint: AnkiFieldCheck.tooLongHint)
            }
        }
        let notetypeName = notetype.map { record.fields[$0] } ?? header.notetype
        let deckName = deck.map { record.fields[$0] } ?? header.deck ?? defaultDeck
        let deckPath = cache.deckPaths[deckName] ?? AnkiDeckName.path(deckName, separator: AnkiDeckName.textSeparator)
        cache.deckPaths[deckName] = deckPath
        guard !deckPath.isEmpty else {
            let place = deck.map { "column \($0 + 1)" } ?? "#deck:"
            throw DeckError(
                at: at, "this row's deck name (\(place)) is \(deckName.isEmpty ? "empty" : "only \"::\" separators")",
                hint: "Name the deck, e.g. Languages::French; rows of a file without a deck column go to a deck named after the file")
        }
        var tagList = header.tags
        if let tags { tagList += AnkiTags.split(record.fields[tags]) }
        let guidValue = guid.map { record.fields[$0] }
        if let guidValue, guidValue.isEmpty {
            throw DeckError(at: at, "this row has an empty GUID", hint: "Give every note a GUID, or drop the #guid column: header")
        }
        // A named note type means the same for every row; an unnamed one depends on the text.
        let kind = notetypeName.flatMap { cache.kinds[$0] } ?? AnkiTextLayout.kind(notetype: notetypeName, fields: values)
        if let notetypeName { cache.kinds[notetypeName] = kind }
        let ordinals = try Self.cardOrdinals(kind: kind, fields: values, at: at)
        guard !ordinals.isEmpty else {
            throw DeckError(at: at, "this row's front (its first field) is empty", hint: "Fill it in or delete the row")
        }
        let cards = ordinals.map { AnkiCard(ordinal: $0, deck: deckPath, history: []) }
        return AnkiNote(guid: guidValue, kind: kind, fields: values, tags: tagList, cards: cards, source: at)
    }

    private func text(_ value: String) -> String { isHTML ? HTMLText.plain(value) : HTMLText.tidy(value) }

    /// A text file names its note type but has no templates: recognise Anki's stock types by
    /// name, and a note without one by its content (`{{c1::…}}` means cloze).
    static func kind(notetype: String?, fields: [String]) -> AnkiNoteKind {
        let name = notetype?.lowercased() ?? ""
        if name.contains("cloze") || (notetype == nil && AnkiClozeText.hasNumberedDeletion(fields.first ?? "")) {
            return .cloze(textField: 0, extraField: fields.count > 1 ? 1 : nil)
        }
        if name.contains("reverse") {
            let optionalField = 2
            var reverse = AnkiTemplate.reverse
            if name.contains("optional") { reverse.condition = optionalField }
            return .standard([.forward, reverse])
        }
        return .standard([.forward])
    }

    /// Cards Anki would generate: templates whose question is not empty, or the cloze numbers.
    static func cardOrdinals(kind: AnkiNoteKind, fields: [String], at: SourceLocation) throws(DeckError) -> [Int] {
        let value = { (index: Int) in fields.indices.contains(index) ? fields[index] : "" }
        switch kind {
        case let .standard(templates):
            return templates.filter { template in
                template.front.contains { !value($0).isEmpty } && template.condition.map { !value($0).isEmpty } != false
            }.map(\.ordinal)
        case let .cloze(textField, _):
            guard let numbers = try? Cloze.numbers(in: value(textField)) else {
                throw DeckError(at: at, "this cloze note has no valid deletion such as {{c1::answer}}",
                                hint: "Number every deletion ({{c1::…}}, {{c2::…::hint}}) and close each with }}")
            }
            return numbers.map { $0 - 1 }
        }
    }
}

private extension AnkiTextLayout {
    static func index(_ column: Int?, _ name: String, count: Int, at: SourceLocation) throws(DeckError) -> Int? {
        guard let column else { return nil }
        guard column <= count else {
            throw DeckError(at: at, "#\(name):\(column) names a column the file does not have (it has \(count))")
        }
        return column - 1
    }
}
