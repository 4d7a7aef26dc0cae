import Foundation
import PostcardsCore
import PostcardsStore

/// Review over plain lines: the same session logic as the full-screen reviewer behind a
/// line-oriented adapter, for scripts, pipes and dumb terminals.
struct PlainReviewer {
    /// What the reviewer starts from.
    enum Start {
        case session(ReviewSession)
        /// The first card and the queue's length, known before the queue is loaded: the card
        /// is shown at once, and `load` reads the queue once the user answers the prompt (not
        /// at all when they quit there). `load` must put the same card first.
        case firstCard(Card, total: Int, load: () throws -> ReviewSession)
    }

    let start: Start
    let store: AppDatabase
    let clock: any Clock
    let dayClock: DayClock
    let io: any LineIO

    init(session: ReviewSession, store: AppDatabase, clock: any Clock, dayClock: DayClock, io: any LineIO) {
        self.init(start: .session(session), store: store, clock: clock, dayClock: dayClock, io: io)
    }

    init(start: Start, store: AppDatabase, clock: any Clock, dayClock: DayClock, io: any LineIO) {
        self.start = start
        self.store = store
        self.clock = clock
        self.dayClock = dayClock
        self.io = io
    }

    private enum Step { case next, quit }

    /// Runs until the queue is empty, `q`, or end of input. Every answer is recorded before
    /// the next card is shown.
    func run() throws -> ReviewSession {
        var session: ReviewSession
        // The current card's front is already on screen, and this is what was typed at it.
        var typed: (line: String, shownAt: Date)?
        switch start {
        case let .session(loaded):
            session = loaded
        case let .firstCard(card, total, load):
            showFront(card, position: 1, total: total, isRedrill: false)
            let shownAt = clock.now()
            guard let line = io.readLine(), line.trimmingCharacters(in: .whitespaces) != "q" else {
                return finish(ReviewSession(mode: .scheduled, cards: [], today: dayClock.day(containing: shownAt)), initial: nil)
            }
            session = try load()
            if session.current?.card.id == card.id { typed = (line, shownAt) }
        }
        let initial = session
        while let entry = session.current {
            let revealLine: String
            let shownAt: Date
            if let pending = typed {
                typed = nil
                (revealLine, shownAt) = pending
            } else {
                let position = session.answers.count + 1
                showFront(entry.card, position: position, total: session.answers.count + session.queue.count, isRedrill: entry.isRedrill)
                shownAt = clock.now()
                guard let line = io.readLine() else { break }
                revealLine = line
            }
            switch revealLine.trimmingCharacters(in: .whitespaces) {
            case "q": return finish(session, initial: initial)
            case "u":
                try undo(&session)
                continue
            default: break
            }
            io.write("---\n" + entry.card.content.plainBack + "\n")
            if case .quit = try askGrade(&session, shownAt: shownAt) { return finish(session, initial: initial) }
        }
        return finish(session, initial: initial)
    }

    private func showFront(_ card: Card, position: Int, total: Int, isRedrill: Bool) {
        io.write("[\(position)/\(total)] \(card.chapter) \(card.id.key)\(isRedrill ? " (again)" : "")\n")
        io.write(card.content.plainFront + "\n")
        io.write("(Enter: show answer, u: undo, q: quit) ")
    }

    private func askGrade(_ session: inout ReviewSession, shownAt: Date) throws -> Step {
        let day = dayClock.day(containing: clock.now())
        let outcomes = session.outcomes(on: day)
        let labels = Grade.all.map { "\($0.value):\(outcomes[$0]?.interval ?? 0)d" }.joined(separator: " ")
        while true {
            io.write("\(labels)  (0-5 grade, u undo, q quit) > ")
            guard let line = io.readLine() else { return .quit }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer == "q" { return .quit }
            if answer == "u" {
                try undo(&session)
                return .next
            }
            guard let value = Int(answer), let grade = Grade(value) else {
                io.write("'\(answer)' is not a grade: type a number from 0 (blackout) to 5 (perfect), u or q.\n")
                continue
            }
            let now = clock.now()
            let millis = Int((now.timeIntervalSince(shownAt) * 1000).rounded())
            guard let event = session.answer(grade, at: now, day: dayClock.day(containing: now), answerMillis: millis) else {
                return .next
            }
            let logged = try store.record(event)
            if logged.kind != event.kind {
                io.write("(\(event.card.key) was already reviewed today in another session: "
                    + "this answer is logged as practice and leaves its schedule alone)\n")
            }
            return .next
        }
    }

    private func undo(_ session: inout ReviewSession) throws {
        switch session.undo() {
        case let .answer(event)?:
            if try store.undo(event) {
                io.write("undone: \(event.card.key) (grade \(event.grade.value))\n")
            } else {
                io.write("not undone: \(event.card.key) was answered in another session since, and the log keeps "
                    + "both answers\n")
            }
        case let .skip(card)?:
            io.write("undone: skip of \(card.key)\n")
        case nil:
            io.write("nothing to undo\n")
        }
    }

    /// `initial`: the session as loaded, nil when the user quit before it was.
    private func finish(_ session: ReviewSession, initial: ReviewSession?) -> ReviewSession {
        let newCards = Set((initial?.queue ?? []).filter { $0.schedule.isNew }.map(\.card.id))
        let summary = SessionSummary(answers: session.answers, newCards: newCards)
        io.write("\n" + SummaryText.line(summary) + "\n")
        return session
    }
}

enum SummaryText {
    static func line(_ summary: SessionSummary) -> String {
        let accuracy = summary.accuracy.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
        let seconds = summary.totalMillis / 1000
        return "Session: \(summary.cards) card(s), \(summary.newLearned) new, accuracy \(accuracy), "
            + "\(summary.redrills) re-drill(s), \(seconds / 60)m \(seconds % 60)s."
    }
}
