import Foundation
import PostcardsCore
import PostcardsStore

/// Review over plain lines: the same session logic as the full-screen reviewer behind a
/// line-oriented adapter, for scripts, pipes and dumb terminals.
struct PlainReviewer {
    let session: ReviewSession
    let store: AppDatabase
    let clock: any Clock
    let dayClock: DayClock
    let io: any LineIO

    private enum Step { case next, quit }

    /// Runs until the queue is empty, `q`, or end of input. Every answer is recorded before
    /// the next card is shown.
    func run() throws -> ReviewSession {
        var session = self.session
        while let entry = session.current {
            let position = session.answers.count + 1
            let total = session.answers.count + session.queue.count
            io.write("[\(position)/\(total)] \(entry.card.chapter) \(entry.card.id.key)\(entry.isRedrill ? " (again)" : "")\n")
            io.write(entry.card.content.plainFront + "\n")
            let shownAt = clock.now()
            io.write("(Enter: show answer, u: undo, q: quit) ")
            guard let revealLine = io.readLine() else { break }
            switch revealLine.trimmingCharacters(in: .whitespaces) {
            case "q": return finish(session)
            case "u":
                try undo(&session)
                continue
            default: break
            }
            io.write("---\n" + entry.card.content.plainBack + "\n")
            if case .quit = try askGrade(&session, shownAt: shownAt) { return finish(session) }
        }
        return finish(session)
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

    private func finish(_ session: ReviewSession) -> ReviewSession {
        let newCards = Set(self.session.queue.filter { $0.schedule.isNew }.map(\.card.id))
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
