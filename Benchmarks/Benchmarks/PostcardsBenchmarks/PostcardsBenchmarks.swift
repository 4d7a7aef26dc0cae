import Benchmark
import Foundation
import GRDB
import PostcardsCore
import PostcardsDeck
import PostcardsStore
import ShippedDeck

/// In-process figures for the hot paths. The ones that need a big collection read the
/// synthetic one scripts/bench.sh generates (100k cards, 1M answers), at
/// $POSTCARDS_BENCH_DB or /tmp/postcards-bench/synthetic.sqlite3; without it they are left
/// out and a note says how to make it.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(5),
        maxIterations: 1_000)

    Benchmark("SM-2: six outcomes of 1000 states") { benchmark in
        let states = Fixtures.states
        for _ in benchmark.scaledIterations {
            for state in states { blackHole(SM2.outcomes(state)) }
        }
    }

    Benchmark("Deck: parse the shipped deck") { benchmark in
        let files = ShippedDeck.files.map { DeckSourceFile(file: $0.path, text: $0.text) }
        for _ in benchmark.scaledIterations {
            blackHole(try DeckReader.read(files: files))
        }
    }

    guard let collection = Fixtures.collection else {
        print("""
            Replay, queue and stats benchmarks skipped: no synthetic collection at \(Fixtures.collectionPath).
            Make it with scripts/bench.sh, or: postcards dev generate --db \(Fixtures.collectionPath)
            """)
        return
    }
    let slow = Benchmark.Configuration(maxDuration: .seconds(10), maxIterations: 20)

    Benchmark("Replay: 1M answers into schedules", configuration: slow) { benchmark, events in
        for _ in benchmark.scaledIterations { blackHole(Replay.schedules(events)) }
    } setup: {
        try collection.allEvents()
    }

    // `doctor` is SQLite's integrity check plus the replay; timing both on the same
    // connection tells the replay's share, which the 1 s target is about.
    Benchmark("Doctor: integrity check and replay of 1M answers", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try collection.checkHealth()) }
    }

    Benchmark("Doctor: SQLite's integrity check alone", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try collection.writer.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") })
        }
    }

    Benchmark("Queue: today's due and new cards from 100k", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try collection.dueQueue(on: Fixtures.today, limits: DailyQueue.Limits()))
        }
    }

    Benchmark("Queue: order the due cards (pure)") { benchmark, due in
        for _ in benchmark.scaledIterations {
            blackHole(DailyQueue.order(
                due: due, new: [], limits: DailyQueue.Limits(), reviewedToday: 0, introducedToday: 0))
        }
    } setup: {
        try collection.dueQueue(on: Fixtures.today, limits: DailyQueue.Limits(newPerDay: 0)).map {
            DailyQueue.DueCard(id: $0.0.id, due: $0.1.due ?? Fixtures.today)
        }
    }

    Benchmark("Stats: aggregate queries on 1M answers", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try collection.statsInput(today: Fixtures.today)) }
    }

    Benchmark("Stats: report from the aggregates (pure)") { benchmark, input in
        for _ in benchmark.scaledIterations { blackHole(StatsReport(input, timeZone: Fixtures.timeZone)) }
    } setup: {
        try collection.statsInput(today: Fixtures.today)
    }
}

/// Inputs shared by the benchmarks.
enum Fixtures {
    /// The instant scripts/bench.sh generates the collection at, so "today" has due cards.
    static let now = ISO8601DateFormatter().date(from: "2026-11-27T15:00:00Z") ?? Date()
    static let timeZone = TimeZone(identifier: "UTC") ?? .current
    static let today = DayClock(timeZone: timeZone).day(containing: now)
    static let stateCount = 1_000

    /// States a card passes through: every repetition count, interval and EF in range.
    static let states: [SM2State] = (0..<stateCount).map { index in
        SM2State(
            repetitions: index % 12, interval: 1 + (index * 37) % 400,
            efHundredths: SM2State.minimumEF + (index * 13) % (SM2State.initialEF + 50 - SM2State.minimumEF))
    }

    static let collectionPath = ProcessInfo.processInfo.environment["POSTCARDS_BENCH_DB"]
        ?? "/tmp/postcards-bench/synthetic.sqlite3"

    static let collection: AppDatabase? = FileManager.default.fileExists(atPath: collectionPath)
        ? try? AppDatabase.open(at: collectionPath, readOnly: true)
        : nil
}
