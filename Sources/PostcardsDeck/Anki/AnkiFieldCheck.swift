import PostcardsCore

/// Limits on one field's text, the same for text exports and packages.
enum AnkiFieldCheck {
    /// As for a native deck's fields: a long answer is a few hundred bytes; anything near this
    /// is a pasted document or a runaway quote, which would bloat the collection and not fit
    /// any screen.
    static let maximumBytes = 64 * 1024

    /// Why `text` cannot be a card's field, or nil when it can.
    static func problem(_ text: String) -> String? {
        let bytes = text.utf8.count
        guard bytes <= maximumBytes else {
            return "is \(bytes / 1024) KiB long; a field may hold at most \(maximumBytes / 1024) KiB"
        }
        return nil
    }

    static let tooLongHint = "A card asks one short question: split it into several notes, or look for a quote that is never closed"
}
