import Foundation
import PostcardsCore
import PostcardsDeck
import PostcardsStore
import ShippedDeck

/// Keeps the collection's copy of the deck compiled into the binary up to date: imported on
/// first run, updated (progress kept) when a new binary ships changed cards.
enum ShippedDeckSync {
    static let metaKey = "shipped_deck"

    static func apply(to database: AppDatabase, now: Date, clock: DayClock) throws {
        let fingerprint = ShippedDeck.fingerprint
        guard try database.metaValue(metaKey) != fingerprint else { return }
        let drafts: [CardDraft]
        do {
            drafts = try DeckReader.read(files: ShippedDeck.files.map { DeckSourceFile(file: $0.path, text: $0.text) })
        } catch {
            throw CLIError("the built-in deck is damaged (\(error)). Rebuild postcards from a clean checkout.",
                           exitCode: ExitStatus.software)
        }
        // Planned inside the write: two first runs at once must not both add the deck.
        try database.importDrafts(drafts, now: now, clock: clock)
        try database.setMetaValue(fingerprint, for: metaKey)
    }
}
