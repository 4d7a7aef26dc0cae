import Foundation

/// Measures of a card's text that predict how well it is remembered: answer length, and
/// signs that one card asks for several facts (the "minimum information principle":
/// a card that asks two things is forgotten as soon as either is).
///
/// The multi-fact signs are heuristics, so they only ever warn:
/// - an answer of `sentenceLimit` or more sentences (a sentence ends in `.`, `!` or `?`
///   before a space or the end; `e.g.`, `i.e.`, `vs.`, `et al.`, `Dr.` and list numbers such as
///   `2.` do not end one);
/// - an answer with `semicolonLimit` or more semicolons (a list of three or more clauses);
/// - an answer with `listItemLimit` or more list items (lines starting `-`, `*`, `•`, `1.`
///   or `1)`, or inline markers `(1)`, `(2)` …);
/// - a front that asks two questions: two question marks, or "and" followed by a question
///   word ("What is X, and why …?").
enum CardShape {
    static let sentenceLimit = 3
    static let semicolonLimit = 2
    static let listItemLimit = 3

    private static let abbreviations: Set<String> = [
        "e.g.", "i.e.", "vs.", "etc.", "al.", "cf.", "approx.", "fig.", "eq.", "dr.", "no.", "resp.",
    ]
    private static let questionWords: Set<String> = ["what", "why", "how", "which", "when", "where", "who", "whom", "whose"]

    /// Whitespace-separated tokens holding a letter or digit, so a lone `—` or `=` is not a
    /// word but a formula such as `σ(β·Δ)` is one.
    static func wordCount(_ text: String) -> Int {
        words(text).count { token in token.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) } }
    }

    static func sentenceCount(_ text: String) -> Int {
        let tokens = words(text)
        var count = 0
        for token in tokens where endsSentence(token) { count += 1 }
        if let last = tokens.last, !endsSentence(last) { count += 1 }
        return count
    }

    static func listItemCount(_ text: String) -> Int {
        let lineItems = text.split(whereSeparator: \.isNewline).count { line in
            let token = line.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            return ["-", "*", "•"].contains(token) || isListNumber(token)
        }
        let inlineItems = words(text).count { token in
            token.hasPrefix("(") && token.hasSuffix(")") && token.dropFirst().dropLast().allSatisfy(\.isNumber)
                && token.count > 2
        }
        return max(lineItems, inlineItems)
    }

    /// Why an answer or front looks like several facts, in plain words; empty if it does not.
    static func multiFactSigns(front: String?, answer: String) -> [String] {
        var signs: [String] = []
        let sentences = sentenceCount(answer)
        if sentences >= sentenceLimit { signs.append("the answer has \(sentences) sentences") }
        let semicolons = answer.count { $0 == ";" }
        if semicolons >= semicolonLimit { signs.append("the answer lists \(semicolons + 1) clauses separated by ';'") }
        let items = listItemCount(answer)
        if items >= listItemLimit { signs.append("the answer is a list of \(items) items") }
        if let front, asksTwoQuestions(front) { signs.append("the front asks two questions") }
        return signs
    }

    static func asksTwoQuestions(_ front: String) -> Bool {
        if front.count(where: { $0 == "?" }) >= 2 { return true }
        let tokens = words(front).map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        return zip(tokens, tokens.dropFirst()).contains { $0 == "and" && questionWords.contains($1) }
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func endsSentence(_ token: String) -> Bool {
        let closing = token.trimmingCharacters(in: CharacterSet(charactersIn: "\"')]”’"))
        guard let last = closing.last, ".!?".contains(last) else { return false }
        let bare = closing.trimmingCharacters(in: CharacterSet(charactersIn: "\"'([“‘"))
        return !abbreviations.contains(bare.lowercased()) && !isListNumber(bare)
    }

    private static func isListNumber(_ token: String) -> Bool {
        guard let last = token.last, last == "." || last == ")" else { return false }
        let digits = token.dropLast()
        return !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }
}
