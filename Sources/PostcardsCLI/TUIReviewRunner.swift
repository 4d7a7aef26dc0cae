import Foundation
import PostcardsCore
import PostcardsStore
import PostcardsCurses
import PostcardsTUI

/// Runs the full-screen review: read an event, update the model, perform the effects
/// against the store, draw. Every answer is recorded before the next card is drawn.
struct TUIReviewRunner {
    /// Days ahead the summary counts due cards for.
    static let outlookDays = 7

    let store: AppDatabase
    let clock: any Clock
    let dayClock: DayClock
    let limits: DailyQueue.Limits
    let terminal: any Terminal
    /// The statistics overlay's lines for a terminal size (they should fit in
    /// `size.panelContentWidth`); nil shows a short notice instead.
    var statistics: ((TerminalSize) throws -> [Line])? = nil

    /// Reviews until the user quits or input ends; returns the final model (for the caller's summary line).
    func run(_ session: ReviewSession, chapters: Set<String>) throws -> ReviewModel {
        let today = dayClock.day(containing: clock.now())
        var model = ReviewModel(
            session: session, size: terminal.size, startedAt: clock.now(), dayClock: dayClock,
            chapters: try store.chapters(), selectedChapters: chapters,
            medianSecondsPerCard: try store.medianAnswerMillis().map { Double($0) / 1000 },
            nextDue: try store.nextDueDay(after: today))
        terminal.draw(view(model, size: model.size))
        while true {
            let msg: Msg
            switch terminal.nextEvent() {
            case let .key(key): msg = .key(key, at: clock.now())
            case let .resize(size): msg = .resize(size)
            case let .paste(text): msg = .paste(text)
            case .endOfInput: return model
            }
            if try perform(update(&model, msg), on: &model) == .quit { return model }
            terminal.draw(view(model, size: model.size))
        }
    }

    private enum Outcome { case carryOn, quit }

    /// Performs effects in order, feeding the runner's answers back into the model.
    private func perform(_ effects: [Effect], on model: inout ReviewModel) throws -> Outcome {
        var pending = effects[...]
        while let effect = pending.popFirst() {
            switch effect {
            case let .record(event):
                try store.record(event)
            case let .undo(event):
                try store.undoLatestAnswer(of: event.card)
            case .quit:
                return .quit
            case let .bury(card):
                try store.bury(card, on: model.today)
            case let .unbury(card):
                try store.unbury(card, on: model.today)
            case let .changeChapters(chapters):
                pending += try load(mode: model.session.mode, chapters: chapters, into: &model)
            case let .startCram(chapters):
                pending += try load(mode: .cram, chapters: chapters, into: &model)
            case .loadSummaryFacts:
                pending += update(&model, .summaryFacts(try summaryFacts(today: model.today)))
            case .loadStats:
                pending += update(&model, .statsLoaded(try statistics?(model.size) ?? Self.noStatistics))
            }
        }
        return .carryOn
    }

    static let noStatistics = [
        Line("Statistics are not available in this build."),
        Line("Run `postcards export reviews` to analyse the review log."),
    ]

    private func load(mode: ReviewSession.Mode, chapters: Set<String>, into model: inout ReviewModel) throws -> [Effect] {
        let now = clock.now()
        let today = dayClock.day(containing: now)
        let session = try ReviewCommand.makeSession(
            store: store, today: today, cram: mode == .cram, chapters: chapters.sorted(), limits: limits)
        return update(&model, .sessionLoaded(session, chapters: chapters, nextDue: try store.nextDueDay(after: today), at: now))
    }

    private func summaryFacts(today: Day) throws -> SummaryFacts {
        let outlook = try store.outlook(after: today, days: Self.outlookDays)
        return SummaryFacts(
            dueTomorrow: outlook.dueByDay[today + 1] ?? 0,
            dueNextSevenDays: outlook.dueByDay.values.reduce(0, +),
            streakDays: outlook.streak)
    }
}

extension TUIReviewRunner {
    /// Reviews on the real terminal through ncurses, giving it back to the shell on every
    /// way out. Returns false when the terminal cannot be taken over (the caller falls back
    /// to plain mode).
    static func runFullScreen(_ session: ReviewSession, chapters: [String], store: AppDatabase, context: AppContext) throws -> Bool {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(colors: context.settings.colors.value)
        } catch {
            return false
        }
        let model: ReviewModel
        do {
            defer { terminal.restore() }
            var runner = TUIReviewRunner(
                store: store, clock: context.clock, dayClock: context.dayClock, limits: context.settings.limits,
                terminal: terminal
            )
            // `t`: the same dashboard as `postcards stats`, fitted to the overlay.
            runner.statistics = { size in
                let input = try store.statsInput(
                    today: context.today, windowDays: StatsReport.defaultWindowDays,
                    chapters: chapters.isEmpty ? nil : Set(chapters))
                let report = StatsReport(input, timeZone: context.dayClock.timeZone)
                return StatsDashboard.render(report, width: size.panelContentWidth, unicode: TerminalOutput.localeIsUTF8(ProcessInfo.processInfo.environment))
            }
            model = try runner.run(session, chapters: Set(chapters))
        }
        if !model.allAnswers.isEmpty {
            print(SummaryText.line(model.summary))
        }
        return true
    }
}
