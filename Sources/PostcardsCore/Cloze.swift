/// Cloze deletions: `{{answer}}`, `{{answer::hint}}`, or Anki's numbered `{{c2::answer::hint}}`.
///
/// Plain deletions are numbered 1, 2, 3… in order; numbered ones keep their number, so two
/// deletions sharing a number are one card that hides both (as in Anki). Hand-written over
/// Unicode scalars rather than Foundation so a fuzzer's coverage can guide it.
public enum Cloze {
    public struct Deletion: Hashable, Sendable {
        public var number: Int
        public var answer: String
        public var hint: String?
    }

    public enum Segment: Hashable, Sendable {
        case text(String)
        /// The part this card asks for; shows the hint, or an ellipsis.
        case hidden(hint: String?)
        /// The asked-for part after reveal, to be highlighted.
        case revealed(String)
    }

    public enum ParseError: Error, Hashable, Sendable {
        case noDeletions
        case emptyDeletion(offset: Int)
        case unterminated(offset: Int)
        case mixedNumbering(offset: Int)
        case badNumber(offset: Int)
    }

    enum Piece: Hashable {
        case text(String)
        case deletion(Deletion)
    }

    static let maximumNumber = 500

    /// The deletion numbers of a text, ascending; each is one card.
    public static func numbers(in text: String) throws(ParseError) -> [Int] {
        let deletions = try parse(text).compactMap { piece -> Int? in
            if case let .deletion(deletion) = piece { return deletion.number }
            return nil
        }
        guard !deletions.isEmpty else { throw .noDeletions }
        return Array(Set(deletions)).sorted()
    }

    /// The question of card `ordinal`: its deletions hidden, the others shown as answers.
    public static func question(_ text: String, ordinal: Int) -> [Segment] {
        segments(text) { deletion in
            deletion.number == ordinal ? .hidden(hint: deletion.hint) : .text(deletion.answer)
        }
    }

    /// The answer of card `ordinal`: everything shown, its own deletions marked.
    public static func answer(_ text: String, ordinal: Int) -> [Segment] {
        segments(text) { deletion in
            deletion.number == ordinal ? .revealed(deletion.answer) : .text(deletion.answer)
        }
    }

    /// Segments as plain text: `[…]` or `[hint]` for the hidden part.
    public static func plain(_ segments: [Segment], ellipsis: String = "…") -> String {
        segments.map { segment in
            switch segment {
            case let .text(text), let .revealed(text): text
            case let .hidden(hint): "[\(hint ?? ellipsis)]"
            }
        }.joined()
    }

    private static func segments(_ text: String, _ transform: (Deletion) -> Segment) -> [Segment] {
        let pieces = (try? parse(text)) ?? [.text(text)]
        return pieces.map { piece in
            switch piece {
            case let .text(text): .text(text)
            case let .deletion(deletion): transform(deletion)
            }
        }
    }

    static func parse(_ text: String) throws(ParseError) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        var plainCount = 0
        var sawNumbered = false
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else {
                literal.append(scalars[index])
                index += 1
                continue
            }
            let start = index
            guard let close = closingBraces(in: scalars, from: index + 2) else {
                throw .unterminated(offset: start)
            }
            let body = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
            var parts = split(body, on: "::")
            var number: Int?
            if let first = parts.first, isNumberedPrefix(first) {
                guard let value = Int(first.dropFirst()), (1...maximumNumber).contains(value) else {
                    throw .badNumber(offset: start)
                }
                number = value
                parts.removeFirst()
            }
            let answer = parts.first ?? ""
            guard !answer.allSatisfy(\.isWhitespace) else { throw .emptyDeletion(offset: start) }
            let hint = parts.count > 1 ? parts.dropFirst().joined(separator: "::") : nil
            if number != nil { sawNumbered = true }
            if (number != nil && plainCount > 0) || (number == nil && sawNumbered) {
                throw .mixedNumbering(offset: start)
            }
            if number == nil { plainCount += 1 }
            if !literal.isEmpty { pieces.append(.text(String(literal))); literal = .init() }
            pieces.append(.deletion(Deletion(number: number ?? plainCount, answer: answer, hint: hint)))
            index = close + 2
        }
        if !literal.isEmpty { pieces.append(.text(String(literal))) }
        return pieces
    }

    private static func closingBraces(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index + 1 < scalars.count {
            if scalars[index] == "}" && scalars[index + 1] == "}" { return index }
            index += 1
        }
        return nil
    }

    private static func isNumberedPrefix(_ part: String) -> Bool {
        let scalars = part.unicodeScalars
        guard let first = scalars.first, first == "c" || first == "C", scalars.count > 1 else { return false }
        return scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    private static func split(_ text: String, on separator: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        let pattern = Array(separator.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if index + pattern.count <= scalars.count && scalars[index..<(index + pattern.count)].elementsEqual(pattern) {
                parts.append(String(current))
                current = .init()
                index += pattern.count
            } else {
                current.append(scalars[index])
                index += 1
            }
        }
        parts.append(String(current))
        return parts
    }
}
