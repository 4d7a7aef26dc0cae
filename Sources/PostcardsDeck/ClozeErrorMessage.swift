import PostcardsCore

/// Plain-words errors for a cloze text that does not parse, at the offending `{{`.
enum ClozeErrorMessage {
    static func error(_ error: Cloze.ParseError, in fields: FieldReader) -> DeckError {
        let subject = fields.subject
        switch error {
        case .noDeletions:
            return DeckError(
                at: fields.location(of: "cloze"), "cloze of \(subject) has no {{…}} deletion",
                hint: "Wrap each part to hide in double braces, e.g. \"PPO clips ρ to [{{1 − ε}}, {{1 + ε}}]\".")
        case let .emptyDeletion(offset):
            return DeckError(
                at: fields.location(ofScalar: offset, inValueOf: "cloze"), "empty cloze deletion in \(subject)",
                hint: "Put the hidden answer inside the braces, or remove the empty {{}}.")
        case let .unterminated(offset):
            return DeckError(
                at: fields.location(ofScalar: offset, inValueOf: "cloze"),
                "cloze deletion in \(subject) is opened with {{ but never closed",
                hint: "Close it with }}.")
        case let .mixedNumbering(offset):
            return DeckError(
                at: fields.location(ofScalar: offset, inValueOf: "cloze"),
                "\(subject) mixes numbered {{c1::…}} and plain {{…}} deletions",
                hint: "Use one style within a cloze text.")
        case let .badNumber(offset):
            return DeckError(
                at: fields.location(ofScalar: offset, inValueOf: "cloze"),
                "cloze deletion in \(subject) has an invalid number",
                hint: "Number deletions c1, c2, c3 … as in {{c1::answer}}.")
        }
    }
}
