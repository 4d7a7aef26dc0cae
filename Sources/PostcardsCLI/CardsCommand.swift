import ArgumentParser
import Foundation
import PostcardsCore
import PostcardsStore
import PostcardsTUI

struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "List cards with their schedules; --leeches lists the ones that keep failing."
    )

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("chapter"), help: ArgumentHelp("Only this chapter (repeatable).", valueName: "slug"))
    var chapters: [String] = []

    @Flag(help: "Only leeches (\(StatsReport.leechLapses) or more lapses); without any, the lowest-EF cards.")
    var leeches = false

    func run() throws {
        let context = try database.context()
        let store = try context.openDatabase(readOnly: true)
        let selection = try ChapterSelection.resolve(chapters, in: store)
        let rows: [CardListing.Row]
        if leeches {
            let trouble = try store.leeches(chapters: selection)
            if trouble.allSatisfy({ $0.lapses < StatsReport.leechLapses }) {
                print("No leech (\(StatsReport.leechLapses)+ lapses)" + (trouble.isEmpty ? "." : "; the cards with the lowest EF:"))
            }
            rows = trouble.map(CardListing.Row.init)
        } else {
            rows = try store.cardsWithSchedules()
                .filter { selection?.contains($0.card.chapter) ?? true }
                .map(CardListing.Row.init)
        }
        guard !rows.isEmpty else { return }
        print(CardListing.table(rows).joined(separator: "\n"))
    }
}

/// Cards as aligned columns: id, chapter, lapses, EF, interval, due.
enum CardListing {
    struct Row {
        var id: String
        var chapter: String
        var lapses: String
        var ease: String
        var interval: String
        var due: String

        init(_ card: StatsInput.TroubleCard) {
            id = card.id.key
            chapter = card.chapter
            lapses = String(card.lapses)
            ease = String(format: "%.2f", Double(card.efHundredths) / 100)
            interval = "\(card.interval) d"
            due = card.due.iso
        }

        init(_ export: CardExport) {
            id = export.card.id.key
            chapter = export.card.chapter
            let schedule = export.schedule
            lapses = String(schedule.lapses)
            ease = String(format: "%.2f", schedule.state.ef)
            interval = schedule.isNew ? "new" : "\(schedule.state.interval) d"
            due = schedule.due?.iso ?? "-"
        }
    }

    static func table(_ rows: [Row]) -> [String] {
        let header = ["card", "chapter", "lapses", "ease", "interval", "due"]
        let cells = [header] + rows.map { [$0.id, $0.chapter, $0.lapses, $0.ease, $0.interval, $0.due] }
        let widths = header.indices.map { column in cells.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { column, text in
                // Text columns align left, figures right.
                column < 2 ? text + String(repeating: " ", count: widths[column] - DisplayWidth.of(text))
                    : String(repeating: " ", count: widths[column] - DisplayWidth.of(text)) + text
            }.joined(separator: "  ")
        }
    }
}
