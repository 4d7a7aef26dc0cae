import Foundation
import PostcardsCore

/// Applies a message to the model and returns the work the runner must do, in order.
/// Pure: no I/O, no clock; every instant comes inside the message.
public func update(_ model: inout ReviewModel, _ msg: Msg) -> [Effect] {
    switch msg {
    case let .resize(size):
        model.size = size
        ScrollKeys.clampOverlay(&model)
        if size.isLargeEnough { model.cardScroll = CardScreen.clampedScroll(model) }
        return []
    case let .paste(text):
        if model.size.isLargeEnough { model.status = PasteNotice.text(characters: text.count) }
        return []
    case let .tick(instant):
        model.advanceClock(to: instant)
        return []
    case let .sessionLoaded(session, chapters, nextDue, instant):
        model.advanceClock(to: instant)
        model.replaceSession(session, chapters: chapters, nextDue: nextDue, at: instant)
        return model.phase == .summary ? [.loadSummaryFacts] : []
    case let .summaryFacts(facts):
        model.summaryFacts = facts
        return []
    case let .statsLoaded(lines):
        if case .stats = model.overlay { model.overlay = .stats(ScrollPanel(lines: lines)) }
        return []
    case let .key(key, instant):
        model.advanceClock(to: instant)
        model.status = nil
        if !model.size.isLargeEnough {
            // Nothing the user could see would change; only leaving makes sense.
            return ReviewKeys.isQuit(key) ? [.quit] : []
        }
        if model.overlay != nil { return OverlayKeys.handle(key, in: &model) }
        return ReviewKeys.handle(key, at: instant, in: &model)
    }
}

/// Keys on the main screen (a card, the summary or the empty queue).
enum ReviewKeys {
    static func isQuit(_ key: Key) -> Bool { key == .escape || key == .character("q") }

    static func handle(_ key: Key, at instant: Date, in model: inout ReviewModel) -> [Effect] {
        if isQuit(key) { return [.quit] }
        switch key.character {
        case "?": model.overlay = .help(scroll: 0); return []
        case "c":
            model.overlay = .chapterPicker(ChapterPicker(selected: model.selectedChapters))
            return []
        case "t": model.overlay = .stats(ScrollPanel()); return [.loadStats]
        case "u": return undo(at: instant, in: &model)
        default: break
        }
        switch model.phase {
        case .card: return cardKey(key, at: instant, in: &model)
        case .summary: return key == .enter ? [.quit] : []
        case .emptyQueue: return key == .enter ? [.startCram(chapters: model.selectedChapters)] : []
        }
    }

    private static func cardKey(_ key: Key, at instant: Date, in model: inout ReviewModel) -> [Effect] {
        if key == .enter || key == .space {
            model.revealed = true
            return []
        }
        if key == .down || key == .character("j") || key == .up || key == .character("k") {
            model.cardScroll += key == .down || key == .character("j") ? 1 : -1
            model.cardScroll = CardScreen.clampedScroll(model)
            return []
        }
        if key == .character("s") {
            guard let card = model.session.current?.card.id else { return [] }
            model.withSession { $0.skip() }
            model.presentCard(at: instant)
            model.status = "Skipped \(card.key) for today (u brings it back)."
            return [.bury(card)] + finishedEffects(model)
        }
        guard let digit = key.character?.wholeNumberValue, let grade = Grade(digit) else { return [] }
        guard model.revealed else {
            model.status = "Show the answer first (space), then grade it 0–5."
            return []
        }
        let millis = Int((instant.timeIntervalSince(model.shownAt) * 1000).rounded())
        let day = model.dayClock.day(containing: instant)
        guard let event = model.withSession({ $0.answer(grade, at: instant, day: day, answerMillis: millis) }) else {
            return []
        }
        model.presentCard(at: instant)
        return [.record(event)] + finishedEffects(model)
    }

    private static func finishedEffects(_ model: ReviewModel) -> [Effect] {
        model.phase == .summary ? [.loadSummaryFacts] : []
    }

    private static func undo(at instant: Date, in model: inout ReviewModel) -> [Effect] {
        let undone = model.withSession { $0.undo() }
        switch undone {
        case let .answer(event)?:
            model.presentCard(at: instant)
            model.summaryFacts = nil
            model.status = "Took back grade \(event.grade.value) of \(event.card.key)."
            return [.undo(event)]
        case let .skip(card)?:
            model.presentCard(at: instant)
            model.summaryFacts = nil
            model.status = "Brought back \(card.key)."
            return [.unbury(card)]
        case nil:
            model.status = "Nothing to undo."
            return []
        }
    }
}
