import PostcardsCore

/// Checks a deck's cards for problems a reader cannot see in the format: empty or
/// unanswerable cards, duplicates, answers too long to recall, cards asking several things.
///
/// Errors: empty fields, a cloze without a (valid) deletion, duplicate ids, duplicate
/// fronts within a deck, an answer over `maximumAnswerWords`. Warnings: an answer over
/// `longAnswerWords`, the multi-fact signs of `CardShape`, two chapters sharing an order.
public enum DeckLint {
    /// Past this an answer is hard to recall in one go.
    public static let longAnswerWords = 40
    /// Past this an answer is a paragraph, not a card.
    public static let maximumAnswerWords = 60

    /// The findings for `drafts`, led by the reader's own errors.
    public static func check(drafts: [CardDraft], readerErrors: [DeckError] = []) -> [LintFinding] {
        var findings = readerErrors.map { LintFinding(.error, at: $0.location, $0.sentence) }
        for card in LintCard.group(drafts) {
            findings += check(card)
        }
        findings += duplicateIDs(drafts) + duplicateFronts(drafts) + sharedOrders(drafts)
        return inFileOrder(findings)
    }

    /// Files in the order they were read, each top to bottom, like a compiler's output.
    private static func inFileOrder(_ findings: [LintFinding]) -> [LintFinding] {
        var rank: [String: Int] = [:]
        for finding in findings where rank[finding.location.file] == nil {
            rank[finding.location.file] = rank.count
        }
        func key(_ item: (offset: Int, element: LintFinding)) -> [Int] {
            let location = item.element.location
            return [rank[location.file] ?? 0, location.line, location.column, item.offset]
        }
        return findings.enumerated().sorted { key($0).lexicographicallyPrecedes(key($1)) }.map(\.element)
    }

    /// Reads `paths` and checks what could be read.
    public static func lint(paths: [String]) -> LintReport {
        let result = DeckReader.load(paths: paths)
        return LintReport(
            findings: check(drafts: result.drafts, readerErrors: result.errors), fileCount: result.fileCount,
            cardCount: result.drafts.count, missingInput: DeckErrors(result.errors).isMissingInput)
    }

    /// The words of what the learner must recall: the back, or a cloze's longest hidden part
    /// plus its extra text.
    public static func answerWordCount(_ content: CardContent) -> Int {
        switch content {
        case let .basic(_, back): CardShape.wordCount(back)
        case let .cloze(text, ordinal, extra): CardShape.wordCount(hiddenText(text, ordinal: ordinal) + " " + extra)
        }
    }

    private static func check(_ card: LintCard) -> [LintFinding] {
        var findings: [LintFinding] = []
        let name = "card \"\(card.id)\""
        func add(_ severity: LintFinding.Severity, _ message: String) {
            findings.append(LintFinding(severity, at: card.location, message))
        }
        switch card.content {
        case let .basic(front, back):
            if front.isBlank { add(.error, "\(name) has an empty front") }
            if back.isBlank { add(.error, "\(name) has an empty back") }
        case let .cloze(text, ordinals, _):
            if text.isBlank {
                add(.error, "\(name) has an empty cloze text")
            } else if let problem = clozeProblem(text, ordinals: ordinals) {
                add(.error, "\(name): \(problem)")
            }
        }
        let words = card.answerWords
        if words > maximumAnswerWords {
            add(.error, "\(name) has a \(words)-word answer (at most \(maximumAnswerWords)); split it into several cards")
        } else if words > longAnswerWords {
            add(.warning, "\(name) has a \(words)-word answer (over \(longAnswerWords)); consider shortening or splitting it")
        }
        let signs = CardShape.multiFactSigns(front: card.front, answer: card.answer)
        if !signs.isEmpty {
            add(.warning, "\(name) may ask for several facts (\(signs.joined(separator: "; "))); consider one card per fact")
        }
        return findings
    }

    private static func clozeProblem(_ text: String, ordinals: [Int]) -> String? {
        do throws(Cloze.ParseError) {
            let numbers = try Cloze.numbers(in: text)
            let missing = ordinals.filter { !numbers.contains($0) }
            return missing.isEmpty ? nil : "the cloze text has no deletion \(missing.map(String.init).joined(separator: ", "))"
        } catch {
            switch error {
            case .noDeletions: return "the cloze text has no {{…}} deletion"
            case .emptyDeletion: return "the cloze text has an empty deletion {{}}"
            case .unterminated: return "a cloze deletion is opened with {{ but never closed"
            case .mixedNumbering: return "the cloze text mixes numbered {{c1::…}} and plain {{…}} deletions"
            case .badNumber: return "a cloze deletion has an invalid number"
            }
        }
    }

    private static func duplicateIDs(_ drafts: [CardDraft]) -> [LintFinding] {
        var first: [CardID: SourceLocation] = [:]
        return drafts.compactMap { draft in
            guard let earlier = first[draft.id] else {
                first[draft.id] = draft.source
                return nil
            }
            return LintFinding(.error, at: draft.source, "duplicate card id \"\(draft.id)\"; it is first used at \(earlier)")
        }
    }

    /// Two cards with the same question cannot both be answered right: one of them is
    /// redundant or its question is missing context.
    private static func duplicateFronts(_ drafts: [CardDraft]) -> [LintFinding] {
        var first: [String: CardDraft] = [:]
        return drafts.compactMap { draft in
            let front = draft.content.plainFront.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !front.isEmpty else { return nil }
            let key = draft.id.deck + "\u{0}" + front
            guard let earlier = first[key] else {
                first[key] = draft
                return nil
            }
            // Deletions of one broken cloze text all read alike; that is reported once above.
            let sameCard = earlier.source == draft.source
                && LintCard.baseID(earlier.id.key) == LintCard.baseID(draft.id.key)
            guard !sameCard else { return nil }
            return LintFinding(
                .error, at: draft.source,
                "card \"\(draft.id)\" asks the same question as \"\(earlier.id)\" at \(earlier.source); make the fronts distinct")
        }
    }

    private static func sharedOrders(_ drafts: [CardDraft]) -> [LintFinding] {
        var chapters: [Chapter: SourceLocation] = [:]
        var order: [Chapter] = []
        for draft in drafts where chapters[draft.chapter] == nil {
            chapters[draft.chapter] = SourceLocation(file: draft.source.file, line: 0)
            order.append(draft.chapter)
        }
        var seen: [String: Chapter] = [:]
        return order.compactMap { chapter in
            let key = "\(chapter.deck)\u{0}\(chapter.order)"
            guard let earlier = seen[key] else {
                seen[key] = chapter
                return nil
            }
            return LintFinding(
                .warning, at: chapters[chapter] ?? SourceLocation(file: "", line: 0),
                "chapters \"\(earlier.slug)\" and \"\(chapter.slug)\" share order \(chapter.order); new cards of one will not reliably come before the other")
        }
    }

    static func hiddenText(_ text: String, ordinal: Int) -> String {
        Cloze.answer(text, ordinal: ordinal).compactMap { segment in
            if case let .revealed(answer) = segment { return answer }
            return nil
        }.joined(separator: " ")
    }
}
