import Foundation
import PostcardsCore
import PostcardsStore
import PostcardsTUI
import Testing
@testable import PostcardsCLI

/// A terminal that plays scripted events and keeps every screen drawn, with the log as it
/// stood at each draw.
final class ScriptedTerminal: Terminal {
    var events: [TerminalEvent]
    var size: TerminalSize
    private(set) var screens: [Screen] = []
    private(set) var logCountAtDraw: [Int] = []
    private(set) var restored = false
    let store: AppDatabase

    init(_ events: [TerminalEvent], store: AppDatabase, size: TerminalSize = TerminalSize(width: 80, height: 24)) {
        self.events = events
        self.store = store
        self.size = size
    }

    func nextEvent() -> TerminalEvent {
        guard !events.isEmpty else { return .endOfInput }
        let event = events.removeFirst()
        if case let .resize(newSize) = event { size = newSize }
        return event
    }

    func draw(_ screen: Screen) {
        screens.append(screen)
        logCountAtDraw.append((try? store.allEvents().count) ?? -1)
    }

    func restore() { restored = true }
}

struct TUIReviewRunnerTests {
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let dayClock = DayClock(timeZone: utc, rolloverHour: 4)
    static let now = Date(timeIntervalSince1970: 1_796_115_600) // 2026-12-01T09:00:00Z
    static let chapter = Chapter(deck: "Deck", slug: "one", title: "One", order: 1)

    static func store(_ keys: [String]) throws -> AppDatabase {
        let store = try AppDatabase.inMemory()
        let drafts = keys.map {
            CardDraft(id: CardID(deck: "Deck", key: $0), chapter: chapter, content: .basic(front: "front \($0)", back: "back \($0)"),
                      source: SourceLocation(file: "deck.toml", line: 1))
        }
        try store.importDrafts(drafts, now: now, clock: dayClock)
        return store
    }

    static func run(_ keys: [Key], store: AppDatabase) throws -> (ScriptedTerminal, ReviewModel) {
        let terminal = ScriptedTerminal(keys.map(TerminalEvent.key), store: store)
        let today = dayClock.day(containing: now)
        let session = try ReviewCommand.makeSession(store: store, today: today, cram: false, chapters: [], limits: .init())
        let runner = TUIReviewRunner(
            store: store, clock: FixedClock(now), dayClock: dayClock, limits: .init(), terminal: terminal)
        return (terminal, try runner.run(session, chapters: []))
    }

    static func chars(_ text: String) -> [Key] { text.map(Key.character) }

    @Test func eachAnswerIsInTheLogBeforeTheNextCardIsDrawn() throws {
        let store = try Self.store(["a", "b", "c"])
        let (terminal, _) = try Self.run(Self.chars(" 5 4 3q"), store: store)
        // Draws: first card, revealed, next card (1 logged), revealed, next (2), revealed, re-drill (3).
        #expect(terminal.logCountAtDraw == [0, 0, 1, 1, 2, 2, 3])
        #expect(try store.allEvents().map(\.grade.value) == [5, 4, 3])
        #expect(terminal.screens[2].text.contains("front b"))
    }

    @Test func undoDeletesTheLogRowAndRestoresTheCardsState() throws {
        let store = try Self.store(["a", "b"])
        _ = try Self.run(Self.chars(" 5 2uu 4q"), store: store)
        let events = try store.allEvents()
        #expect(events.map(\.card.key) == ["a"])
        #expect(events.map(\.grade.value) == [4])
        #expect(try store.checkHealth().isHealthy)
    }

    @Test func aSkippedCardStaysAwayForTheRestOfTheDayUnlessTheSkipIsUndone() throws {
        let store = try Self.store(["a", "b", "c"])
        _ = try Self.run(Self.chars("ssuq"), store: store)
        let (_, later) = try Self.run(Self.chars("q"), store: store)
        #expect(later.session.queue.map(\.card.id.key) == ["b", "c"], "a stays buried; the undone skip of b does not")
        let tomorrow = Self.dayClock.day(containing: Self.now) + 1
        #expect(try store.buriedCards(on: tomorrow).isEmpty)
        #expect(try store.allEvents().isEmpty)
    }

    @Test func chapterChangeReloadsTheQueueFromTheStore() throws {
        let store = try Self.store(["a", "b"])
        let (terminal, model) = try Self.run(Self.chars("c") + [.space, .enter], store: store)
        #expect(model.selectedChapters.isEmpty, "ticking the only chapter means all chapters")
        #expect(terminal.screens.last?.text.contains("front a") == true)
    }

    @Test func finishingTheQueueShowsTheSummaryWithTheStoresOutlook() throws {
        let store = try Self.store(["a"])
        let (terminal, model) = try Self.run(Self.chars(" 5"), store: store)
        #expect(model.phase == .summary)
        #expect(model.summaryFacts == SummaryFacts(dueTomorrow: 1, dueNextSevenDays: 1, streakDays: 1))
        #expect(terminal.screens.last?.text.contains("Due tomorrow    1") == true)
    }

    @Test func emptyQueueOffersCramAndEnterStartsIt() throws {
        let store = try Self.store(["a"])
        _ = try Self.run(Self.chars(" 5"), store: store)
        let (terminal, model) = try Self.run([.enter, .space, .character("3")], store: store)
        #expect(terminal.screens[0].text.contains("Nothing due today"))
        #expect(terminal.screens[0].text.contains("2026-12-02 (tomorrow)"))
        #expect(model.session.mode == .cram)
        #expect(try store.allEvents().last?.kind == .cram)
    }

    @Test func statisticsWithoutAProviderSayWhereToLook() throws {
        let store = try Self.store(["a"])
        let (terminal, _) = try Self.run(Self.chars("t"), store: store)
        #expect(terminal.screens.last?.text.contains("Statistics are not available") == true)
    }
}

struct ReviewScreenChoiceTests {
    @Test func aTerminalWithAUsableTermGetsTheFullScreen() {
        #expect(ReviewScreenChoice.choose(plainFlag: false, environment: ["TERM": "xterm-256color"],
                                          inputIsTerminal: true, outputIsTerminal: true) == .fullScreen)
    }

    @Test func pipesAndDumbTerminalsFallBackToPlainWithANote() {
        for (term, input, output) in [("xterm", false, true), ("xterm", true, false), ("dumb", true, true), ("", true, true)] {
            let choice = ReviewScreenChoice.choose(plainFlag: false, environment: ["TERM": term], inputIsTerminal: input, outputIsTerminal: output)
            guard case let .plain(note?) = choice else { Issue.record("expected plain with a note for TERM=\(term)"); continue }
            #expect(note.contains("plain mode"))
        }
    }

    @Test func askingForPlainNeedsNoNote() {
        #expect(ReviewScreenChoice.choose(plainFlag: true, environment: ["TERM": "xterm"], inputIsTerminal: true, outputIsTerminal: true)
            == .plain(note: nil))
    }
}
