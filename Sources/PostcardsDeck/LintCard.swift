import PostcardsCore

/// A card as its author wrote it: the drafts of one cloze text (`id#1`, `id#2` …) taken
/// together, so a problem with the text is reported once, not once per deletion.
struct LintCard {
    enum Content {
        case basic(front: String, back: String)
        case cloze(text: String, ordinals: [Int], extra: String)
    }

    var id: String
    var location: SourceLocation
    var content: Content
    /// The most words any of its drafts asks the learner to recall.
    var answerWords: Int

    /// The question, for multi-fact checks; a cloze text has none of its own.
    var front: String? {
        if case let .basic(front, _) = content { return front }
        return nil
    }

    /// The text shown as the answer, for multi-fact checks: the back, or a cloze's extra.
    var answer: String {
        switch content {
        case let .basic(_, back): back
        case let .cloze(_, _, extra): extra
        }
    }

    static func group(_ drafts: [CardDraft]) -> [LintCard] {
        var cards: [LintCard] = []
        for draft in drafts {
            let words = DeckLint.answerWordCount(draft.content)
            switch draft.content {
            case let .basic(front, back):
                cards.append(LintCard(
                    id: draft.id.key, location: draft.source, content: .basic(front: front, back: back), answerWords: words))
            case let .cloze(text, ordinal, extra):
                let base = baseID(draft.id.key)
                if var last = cards.last, last.id == base, last.location == draft.source,
                    case let .cloze(lastText, ordinals, lastExtra) = last.content, lastText == text, lastExtra == extra
                {
                    last.content = .cloze(text: text, ordinals: ordinals + [ordinal], extra: extra)
                    last.answerWords = max(last.answerWords, words)
                    cards[cards.count - 1] = last
                } else {
                    cards.append(LintCard(
                        id: base, location: draft.source, content: .cloze(text: text, ordinals: [ordinal], extra: extra),
                        answerWords: words))
                }
            }
        }
        return cards
    }

    /// `ppo-clip#2` → `ppo-clip`.
    static func baseID(_ key: String) -> String {
        guard let hash = key.lastIndex(of: "#") else { return key }
        return String(key[..<hash])
    }
}
