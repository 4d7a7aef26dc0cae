import Foundation

/// Reads which fields an Anki card template shows, so any note type (not only the stock
/// ones) maps to front/back: the question's fields are the front, the fields the answer
/// adds are the back. "Basic (and reversed card)" card 2 shows `{{Back}}` and answers
/// with `{{Front}}`, so it comes out reversed without knowing its name.
enum AnkiTemplateFields {
    struct Reference: Equatable {
        var field: String
        var filters: [String]
        /// `{{#Field}}` / `{{^Field}}`: shown only when the field is (not) empty.
        var isCondition: Bool
    }

    static let typeInFilter = "type"
    static let clozeFilter = "cloze"

    /// Every `{{…}}` that names something, in order (section ends and comments skipped).
    static func references(in template: String) -> [Reference] {
        var references: [Reference] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let body = rest[open.upperBound..<close.lowerBound].trimmingSpaces
            rest = rest[close.upperBound...]
            guard let first = body.first, first != "/", first != "!" else { continue }
            if first == "#" || first == "^" {
                references.append(Reference(field: String(body.dropFirst()).trimmingSpaces, filters: [], isCondition: true))
                continue
            }
            var parts = body.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            let field = parts.removeLast()
            references.append(Reference(field: field, filters: parts.map { $0.lowercased() }, isCondition: false))
        }
        return references
    }

    /// The front and back fields of a template; falls back to Front → Back (or its reverse
    /// for ordinal 1) when the question shows no field of the note type.
    static func template(ordinal: Int, question: String, answer: String, fieldNames: [String]) -> AnkiTemplate {
        let questionReferences = references(in: question)
        let front = unique(questionReferences.filter { !$0.isCondition && !$0.filters.contains(typeInFilter) }
            .compactMap { index(of: $0.field, in: fieldNames) })
        guard !front.isEmpty else {
            var fallback = ordinal == AnkiTemplate.reverse.ordinal ? AnkiTemplate.reverse : AnkiTemplate.forward
            fallback.ordinal = ordinal
            return fallback
        }
        let back = unique(references(in: answer).filter { !$0.isCondition }
            .compactMap { index(of: $0.field, in: fieldNames) }
            .filter { !front.contains($0) })
        let condition = questionReferences.first { $0.isCondition }.flatMap { index(of: $0.field, in: fieldNames) }
        return AnkiTemplate(ordinal: ordinal, front: front, back: back, condition: condition)
    }

    /// The cloze text field (the one the question shows through `cloze:`) and the extra
    /// field the answer adds (Back Extra in Anki's stock type).
    static func clozeFields(question: String, answer: String, fieldNames: [String]) -> (text: Int, extra: Int?) {
        let text = references(in: question).first { $0.filters.contains(clozeFilter) }
            .flatMap { index(of: $0.field, in: fieldNames) } ?? 0
        let extra = references(in: answer).first { !$0.isCondition && !$0.filters.contains(clozeFilter) }
            .flatMap { index(of: $0.field, in: fieldNames) }
            .flatMap { $0 == text ? nil : $0 }
        return (text, extra)
    }

    /// Anki matches field names exactly; accept a case-only difference too.
    static func index(of name: String, in fieldNames: [String]) -> Int? {
        fieldNames.firstIndex(of: name) ?? fieldNames.firstIndex { $0.lowercased() == name.lowercased() }
    }

    private static func unique(_ indices: [Int]) -> [Int] {
        var seen = Set<Int>()
        return indices.filter { seen.insert($0).inserted }
    }
}
