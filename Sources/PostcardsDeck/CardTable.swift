import PostcardsCore

/// One `[[cards]]` table, checked: an id and either front/back or a cloze text.
struct ParsedCard: Hashable, Sendable {
    enum Content: Hashable, Sendable {
        case basic(front: String, back: String)
        case cloze(text: String, numbers: [Int], extra: String)
    }

    var id: String
    /// The `[[cards]]` header: where the card starts.
    var location: SourceLocation
    var idLocation: SourceLocation
    var content: Content
    var tags: [String]
}

enum CardTable {
    static let allowedKeys = ["id", "front", "back", "cloze", "tags"]

    /// Reads one card, or nil after adding every problem it has to `errors`.
    static func read(_ base: FieldReader, ordinal: Int, errors: inout [DeckError]) -> ParsedCard? {
        var fields = base
        fields.name = .card(ordinal: ordinal)
        let errorsBefore = errors.count
        let id = readID(fields, errors: &errors)
        if let id { fields.name = .cardWithID(id) }
        fields.rejectUnknownKeys(allowed: allowedKeys, errors: &errors)
        let tags = fields.strings("tags", errors: &errors)
        let content = fields.has("cloze") ? readCloze(fields, errors: &errors) : readBasic(fields, errors: &errors)
        guard errors.count == errorsBefore, let id, let content else { return nil }
        return ParsedCard(
            id: id, location: fields.headerLocation, idLocation: fields.location(of: "id"), content: content, tags: tags)
    }

    /// Ids may use letters, digits, '-', '_' and '.': safe in file names, URLs and shells,
    /// and free of '#', which cloze cards use to number their deletions.
    static func isValidID(_ id: String) -> Bool {
        // By bytes: every allowed character is ASCII, so any byte of another character fails.
        !id.isEmpty
            && id.utf8.allSatisfy {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
            }
    }

    private static func readID(_ fields: FieldReader, errors: inout [DeckError]) -> String? {
        guard fields.has("id") else {
            errors.append(DeckError(
                at: fields.headerLocation, "\(fields.subject) has no id",
                hint: "Add id = \"a-stable-name\" under this header; progress is kept by id."))
            return nil
        }
        guard let id = fields.string("id", required: true, errors: &errors) else { return nil }
        guard !id.isEmpty else {
            errors.append(DeckError(
                at: fields.location(of: "id"), "id of \(fields.subject) is empty",
                hint: "Write a stable name between the quotes, e.g. id = \"dpo-loss\"; progress is kept by id."))
            return nil
        }
        guard isValidID(id) else {
            errors.append(DeckError(
                at: fields.location(of: "id"), "id \"\(id)\" may only use letters, digits, '-', '_' and '.'",
                hint: "Rename it, e.g. id = \"\(ChapterTable.slugified(id))\"."))
            return nil
        }
        return id
    }

    private static func readBasic(_ fields: FieldReader, errors: inout [DeckError]) -> ParsedCard.Content? {
        guard fields.has("front") else {
            errors.append(DeckError(
                at: fields.headerLocation, "\(fields.subject) has neither front nor cloze",
                hint: "Add front = \"…\" and back = \"…\", or cloze = \"… {{answer}} …\"."))
            return nil
        }
        let front = nonEmpty("front", fields, required: true, errors: &errors)
        let back = nonEmpty("back", fields, required: true, errors: &errors)
        guard let front, let back else { return nil }
        return .basic(front: front, back: back)
    }

    private static func readCloze(_ fields: FieldReader, errors: inout [DeckError]) -> ParsedCard.Content? {
        if fields.has("front") {
            errors.append(DeckError(
                at: fields.location(of: "front"), "\(fields.subject) has both front and cloze",
                hint: "Keep front and back for a question card, or cloze (with an optional back) for a cloze card."))
        }
        let extra = fields.has("back") ? fields.string("back", required: false, errors: &errors) : ""
        guard let text = nonEmpty("cloze", fields, required: true, errors: &errors), let extra else { return nil }
        do throws(Cloze.ParseError) {
            return .cloze(text: text, numbers: try Cloze.numbers(in: text), extra: extra)
        } catch {
            errors.append(ClozeErrorMessage.error(error, in: fields))
            return nil
        }
    }

    private static func nonEmpty(
        _ key: String, _ fields: FieldReader, required: Bool, errors: inout [DeckError]
    ) -> String? {
        guard let text = fields.string(key, required: required, errors: &errors) else { return nil }
        guard !text.isBlank else {
            errors.append(DeckError(
                at: fields.location(of: key), "\(key) of \(fields.subject) is empty",
                hint: "Write the \(key) text between the quotes."))
            return nil
        }
        return text
    }
}
