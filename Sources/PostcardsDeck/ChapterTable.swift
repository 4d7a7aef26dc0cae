import PostcardsCore

/// The `[deck]` table of a chapter file: which deck, which chapter, and its place.
enum ChapterTable {
    static let allowedKeys = ["name", "chapter", "title", "order"]
    static let firstOrder = 1

    static func read(_ fields: FieldReader, errors: inout [DeckError]) -> Chapter? {
        fields.rejectUnknownKeys(allowed: allowedKeys, errors: &errors)
        let name = nonEmpty("name", fields, errors: &errors)
        let slug = nonEmpty("chapter", fields, errors: &errors)
        let title = nonEmpty("title", fields, errors: &errors)
        let order = fields.integer("order", required: true, errors: &errors)
        var valid = true
        if let slug, !isSlug(slug) {
            valid = false
            let suggestion = slugified(slug)
            let example = suggestion.isEmpty ? "" : ", e.g. chapter = \"\(suggestion)\""
            errors.append(DeckError(
                at: fields.location(of: "chapter"), "chapter \"\(slug)\" is not a valid slug",
                hint: "Use only lowercase letters, digits and '-'\(example)."))
        }
        if let order, order < firstOrder {
            valid = false
            errors.append(DeckError(
                at: fields.location(of: "order"), "order of [deck] must be \(firstOrder) or more, not \(order)",
                hint: "Number chapters 1, 2, 3 … in the order they should be studied."))
        }
        guard valid, let name, let slug, let title, let order else { return nil }
        return Chapter(deck: name, slug: slug, title: title, order: order)
    }

    private static func nonEmpty(_ key: String, _ fields: FieldReader, errors: inout [DeckError]) -> String? {
        guard let text = fields.string(key, required: true, errors: &errors) else { return nil }
        guard !text.isBlank else {
            errors.append(DeckError(
                at: fields.location(of: key), "\(key) of [deck] is empty", hint: "Write a \(key) between the quotes."))
            return nil
        }
        return text
    }

    /// Lowercase ASCII letters, digits and '-', as docs/deck-format.md says.
    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A slug close to what the author wrote: "RL Algorithms" → "rl-algorithms".
    static func slugified(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}

extension String {
    var isBlank: Bool {
        // Nearly every field starts with a visible ASCII character; only others need Unicode's rules.
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return allSatisfy(\.isWhitespace)
    }
}
