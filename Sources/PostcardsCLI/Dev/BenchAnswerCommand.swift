import ArgumentParser
import Foundation
import PostcardsCore
import PostcardsStore
import PostcardsTUI

/// `postcards dev bench-answer`: times answering a card and showing the next one through the
/// full-screen runner's own code path (update, record in the store, view), against the
/// collection at `--db`. Hidden: a measurement for docs/performance.md, not a user feature.
struct BenchAnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-answer",
        abstract: "Time answer-to-next-card latency of the full-screen reviewer.",
        shouldDisplay: false
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: "Cards to answer.")
    var answers = 200

    func run() throws {
        let context = try database.context()
        let store = try context.openDatabase()
        let setupStart = ContinuousClock.now
        let session = try ReviewCommand.makeSession(
            store: store, today: context.today, cram: false, chapters: [], limits: DailyQueue.Limits(newPerDay: 0))
        let setup = ContinuousClock.now - setupStart
        guard session.queue.count >= answers else {
            throw CLIError("only \(session.queue.count) cards are due; ask for fewer --answers.", exitCode: ExitStatus.usage)
        }
        let terminal = BenchTerminal(answers: answers)
        _ = try TUIReviewRunner(
            store: store, clock: context.clock, dayClock: context.dayClock, limits: context.settings.limits, terminal: terminal
        ).run(session, chapters: [])
        print("cards: \(try store.cardCount()), queue: \(session.queue.count), loading the queue: \(setup)")
        print(Self.report("answer → next card (update, record, view)", terminal.latencies))
        print(Self.report("of which update + view alone", Self.screenOnly(session, context: context, answers: answers)))
    }

    /// The same keys through update and view with no store, to separate screen work from the disk write.
    static func screenOnly(_ session: ReviewSession, context: AppContext, answers: Int) -> [Duration] {
        var model = ReviewModel(
            session: session, size: TerminalSize(width: 80, height: 24), startedAt: context.clock.now(), dayClock: context.dayClock)
        var latencies: [Duration] = []
        for _ in 0..<answers {
            _ = update(&model, .key(.space, at: context.clock.now()))
            _ = view(model, size: model.size).text
            let start = ContinuousClock.now
            _ = update(&model, .key(.character("4"), at: context.clock.now()))
            _ = view(model, size: model.size).text
            latencies.append(ContinuousClock.now - start)
        }
        return latencies
    }

    static func report(_ label: String, _ latencies: [Duration]) -> String {
        let millis = latencies.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 }.sorted()
        guard let last = millis.last else { return "\(label): no samples" }
        func percentile(_ p: Double) -> Double { millis[min(millis.count - 1, Int(Double(millis.count) * p))] }
        return String(format: "%@ over %d answers: median %.2f ms, p95 %.2f ms, max %.2f ms",
                      label, millis.count, percentile(0.5), percentile(0.95), last)
    }
}

/// Presses space then 4 for each card, timing from the grade key to the next drawn screen.
private final class BenchTerminal: Terminal {
    let size = TerminalSize(width: 80, height: 24)
    private var remaining: Int
    private var revealNext = true
    private var gradedAt: ContinuousClock.Instant?
    private(set) var latencies: [Duration] = []

    init(answers: Int) { remaining = answers }

    func nextEvent() -> TerminalEvent {
        if revealNext {
            guard remaining > 0 else { return .endOfInput }
            revealNext = false
            return .key(.space)
        }
        revealNext = true
        remaining -= 1
        gradedAt = ContinuousClock.now
        return .key(.character("4"))
    }

    func draw(_ screen: Screen) {
        // Build the text as a terminal adapter would walk it.
        _ = screen.text
        if let start = gradedAt {
            latencies.append(ContinuousClock.now - start)
            gradedAt = nil
        }
    }

    func restore() {}
}
