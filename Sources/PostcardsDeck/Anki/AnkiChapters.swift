import Foundation
import PostcardsCore

/// Anki deck `A::B::C` → deck `A`, chapter from `B`; `C` and below become a tag.
///
/// Cards directly in `A` go to chapter `main` (titled `A`). Chapters are ordered the way
/// Anki shows the deck tree and gathers new cards: `main` first, then sub-decks by name,
/// case-insensitively. Slugs are the sub-deck name in lowercase ASCII letters and digits
/// joined by `-` (accents dropped); a name with none of those gets `chapter-<hash>`, and a
/// slug taken by an earlier chapter of the deck gets `-2`, `-3`, … in that order.
struct AnkiChapters {
    static let topLevelSlug = "main"
    static let deeperLevelSeparator = "::"

    private var chapters: [ChapterKey: Chapter] = [:]

    struct ChapterKey: Hashable {
        var deck: String
        /// Nil for cards directly in the top-level deck.
        var subdeck: String?
    }

    init(deckPaths: some Sequence<[String]>) {
        var names: [String: Set<String?>] = [:]
        var previous: [String]?
        // Neighbouring cards nearly always share a deck: skip the hashing for repeats.
        for path in deckPaths where path != previous {
            names[path[0], default: []].insert(path.count > 1 ? path[1] : nil)
            previous = path
        }
        for (deck, subdecks) in names {
            var taken = Set<String>()
            for (position, subdeck) in Self.ankiOrder(subdecks).enumerated() {
                let base = subdeck.map(AnkiSlug.slug) ?? Self.topLevelSlug
                var slug = base
                var suffix = 2
                while !taken.insert(slug).inserted {
                    slug = "\(base)-\(suffix)"
                    suffix += 1
                }
                chapters[ChapterKey(deck: deck, subdeck: subdeck)] =
                    Chapter(deck: deck, slug: slug, title: subdeck ?? deck, order: position + 1)
            }
        }
    }

    /// The chapter of a deck path given to `init`.
    func chapter(for path: [String]) -> Chapter {
        let key = ChapterKey(deck: path[0], subdeck: path.count > 1 ? path[1] : nil)
        return chapters[key] ?? Chapter(deck: path[0], slug: Self.topLevelSlug, title: path[0], order: 1)
    }

    /// The tag that keeps sub-decks below the chapter (`C::D`), or nil. Tags cannot hold
    /// spaces (they are space-separated), so spaces in deck names become `_`, as in Anki.
    static func deeperLevelTag(for path: [String]) -> String? {
        guard path.count > 2 else { return nil }
        return path.dropFirst(2)
            .map { AnkiTags.split($0).joined(separator: "_") }
            .joined(separator: deeperLevelSeparator)
    }

    private static func ankiOrder(_ subdecks: Set<String?>) -> [String?] {
        subdecks.sorted { lhs, rhs in
            switch (lhs, rhs) {
            case (nil, _): return rhs != nil
            case (_, nil): return false
            case let (left?, right?):
                let (foldedLeft, foldedRight) = (left.lowercased(), right.lowercased())
                return foldedLeft == foldedRight ? left < right : foldedLeft < foldedRight
            }
        }
    }
}

/// Slugs and stable short hashes for names that become keys.
enum AnkiSlug {
    static let maximumLength = 40

    /// A chapter slug; never empty.
    static func slug(_ name: String) -> String {
        let words = asciiWords(name)
        return words.isEmpty ? "chapter-\(hash(name))" : words
    }

    /// Lowercase ASCII letters and digits of a name joined by `-`, at most `limit` long;
    /// empty when it has none.
    static func asciiWords(_ name: String, limit: Int = maximumLength) -> String {
        // Folding goes through Foundation; most names are ASCII and skip it.
        let folded = name.utf8.allSatisfy { $0 < 0x80 }
            ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug = String.UnicodeScalarView()
        var length = 0
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let lower = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
            guard ("a"..."z").contains(lower) || ("0"..."9").contains(lower) else {
                pendingDash = true
                continue
            }
            let needsDash = pendingDash && length > 0
            if length + (needsDash ? 2 : 1) > limit { break }
            if needsDash { slug.append("-"); length += 1 }
            slug.append(lower)
            length += 1
            pendingDash = false
        }
        return String(slug)
    }

    /// 8 hex digits of FNV-1a over the UTF-8 bytes: stable across runs and platforms,
    /// unlike `Hasher`, which is seeded per process.
    static func hash(_ text: String) -> String {
        let offsetBasis: UInt32 = 2_166_136_261
        let prime: UInt32 = 16_777_619
        var value = offsetBasis
        for byte in text.utf8 {
            value = (value ^ UInt32(byte)) &* prime
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
