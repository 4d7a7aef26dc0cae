import ArgumentParser
import Foundation
import PostcardsCore
import PostcardsStore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review today's cards (the default command)."
    )

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Line-oriented mode for scripts and dumb terminals (automatic when stdin or stdout is not a terminal).")
    var plain = false

    @OptionGroup var settings: SettingsOptions

    @Option(name: .customLong("chapter"), help: "Only this chapter (repeatable).")
    var chapters: [String] = []

    @Flag(help: "Practise cards regardless of due dates; the schedule is not changed.")
    var cram = false

    func run() throws {
        let context = try database.context(settings.values)
        let store = try context.openDatabase()
        let today = context.today
        let load = {
            try Self.makeSession(
                store: store, today: today, cram: cram, chapters: chapters, limits: context.settings.limits)
        }
        var loaded: ReviewSession?
        switch ReviewScreenChoice.current(plainFlag: plain) {
        case .fullScreen:
            let session = try load()
            if try TUIReviewRunner.runFullScreen(session, chapters: chapters, store: store, context: context) { return }
            loaded = session
            FileHandle.standardError.write(Data("postcards: this terminal cannot show the full screen, so reviewing in plain mode (--plain).\n".utf8))
        case let .plain(note?):
            FileHandle.standardError.write(Data((note + "\n").utf8))
        case .plain(nil):
            break
        }
        let reviewer = { (start: PlainReviewer.Start) in
            PlainReviewer(start: start, store: store, clock: context.clock, dayClock: context.dayClock, io: StandardIO())
        }
        // Today's whole queue reads a card row per due card; the first card and the count
        // need only the earliest due day and an index, so plain mode shows them first.
        if loaded == nil, !cram, chapters.isEmpty,
           let start = try store.queueStart(on: today, limits: context.settings.limits, buried: try store.buriedCards(on: today)) {
            _ = try reviewer(.firstCard(start.card, total: start.total, load: load)).run()
            return
        }
        let session = try loaded ?? load()
        if session.isFinished {
            print(try Self.emptyQueueMessage(store: store, today: today, chapters: chapters))
            return
        }
        _ = try reviewer(.session(session)).run()
    }

    static func makeSession(
        store: AppDatabase, today: Day, cram: Bool, chapters: [String], limits: DailyQueue.Limits
    ) throws -> ReviewSession {
        let filter = chapters.isEmpty ? nil : Set(chapters)
        if let filter {
            let known = Set(try store.chapters().map(\.slug))
            if let unknown = filter.subtracting(known).sorted().first {
                throw CLIError(
                    "no chapter '\(unknown)'. Chapters: \(known.sorted().joined(separator: ", ")).",
                    exitCode: ExitStatus.usage)
            }
        }
        if cram {
            return ReviewSession(mode: .cram, cards: try store.cramQueue(chapters: filter), today: today)
        }
        // Cards skipped earlier today stay away until tomorrow.
        let buried = try store.buriedCards(on: today)
        let cards = try store.dueQueue(on: today, limits: limits, chapters: filter).filter { !buried.contains($0.0.id) }
        return ReviewSession(
            mode: .scheduled, cards: cards, today: today,
            alreadyReviewed: try store.cardsReviewed(on: today))
    }

    static func emptyQueueMessage(store: AppDatabase, today: Day, chapters: [String]) throws -> String {
        guard let next = try store.nextDueDay(after: today) else {
            return "Nothing to review. Import a deck with `postcards import PATH`, or practise with `postcards review --cram`."
        }
        let days = next - today
        return "Nothing due today. Next review \(next.iso) (in \(days) day\(days == 1 ? "" : "s")). Practise anyway with `postcards review --cram`."
    }
}
