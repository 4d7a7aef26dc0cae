import Foundation
import PostcardsCore

/// A reproducible collection for performance measurements: `cards` cards in up to
/// `maximumChapters` chapters (one per `cardsPerChapter` cards), introduced in course order over `days` days, each reviewed
/// when due (sometimes a few days late) with grades from a per-card difficulty, failed
/// cards re-drilled the same day; about half of today's reviews are already done by `now`.
/// The same seed gives the same log.
struct SyntheticCollection {
    static let deck = "synthetic"
    static let maximumChapters = 20
    static let cardsPerChapter = 100
    /// Answers are spread over the waking day, from this hour after the rollover.
    static let firstHourAfterRollover = 4
    static let wakingHours = 16
    static let secondsPerHour = 3600
    /// Share of the cards due today already reviewed by `now`.
    static let doneToday = 0.15
    /// Today's answers end this long before `now`, re-drills included.
    static let todayMargin = 600.0

    var cards: Int
    /// Answers wanted; the log has exactly this many when the model can reach it.
    var reviews: Int
    var days: Int
    var today: Day
    var seed: UInt64
    var clock: DayClock
    var now: Date

    var chapterCount: Int { min(Self.maximumChapters, max(1, cards / Self.cardsPerChapter)) }

    var chapters: [Chapter] {
        (1...chapterCount).map { Chapter(deck: Self.deck, slug: "chapter-\($0)", title: "Synthetic chapter \($0)", order: $0) }
    }

    func drafts() -> [CardDraft] {
        let chapters = chapters
        return (0..<cards).map { index in
            CardDraft(
                id: id(index), chapter: chapters[index * chapterCount / max(1, cards)],
                content: .basic(front: "Synthetic question \(index)", back: "Answer \(index)"),
                source: SourceLocation(file: "synthetic", line: index + 1))
        }
    }

    func id(_ index: Int) -> CardID { CardID(deck: Self.deck, key: "card-\(index)") }

    /// The log in time order. Finds how forgetful the learner must be (a scale on every
    /// failure probability) for the model to give at least `reviews` answers, then drops
    /// surplus same-day re-drills (which never move a schedule) so the count is exact.
    func events() -> [ReviewEvent] {
        let starts = dayStarts()
        var low = 0.0, high = SyntheticGrades.maximumForgetfulness
        let iterations = 30
        for _ in 0..<iterations {
            let middle = (low + high) / 2
            if count(forgetfulness: middle, starts: starts) >= reviews { high = middle } else { low = middle }
        }
        var events: [ReviewEvent] = []
        events.reserveCapacity(reviews + cards)
        for index in 0..<cards { simulate(index, forgetfulness: high, starts: starts) { events.append($0) } }
        events.sort { ($0.at, $0.kind == .drill ? 1 : 0) < ($1.at, $1.kind == .drill ? 1 : 0) }
        var surplus = events.count - reviews
        // Drop the oldest re-drills, so the recent days (and today) keep every answer.
        events.removeAll { event in
            guard surplus > 0, event.kind == .drill else { return false }
            surplus -= 1
            return true
        }
        return events
    }

    private func count(forgetfulness: Double, starts: [Date]) -> Int {
        var total = 0
        for index in 0..<cards { simulate(index, forgetfulness: forgetfulness, starts: starts) { _ in total += 1 } }
        return total
    }

    private func dayStarts() -> [Date] { (0...days).map { clock.start(of: today - days + $0) } }

    /// One card's answers, in order; cards are introduced at an even pace over the span.
    private func simulate(_ index: Int, forgetfulness: Double, starts: [Date], emit: (ReviewEvent) -> Void) {
        // Each card's stream starts at a scrambled point, so neighbouring cards do not share draws.
        var scrambler = SeededRandom(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        var random = SeededRandom(seed: scrambler.next())
        let first = today - days
        var day = first + index * days / max(1, cards)
        let difficulty = random.unit()
        let card = id(index)
        var schedule = CardSchedule.new
        let elapsedToday = now.timeIntervalSince(starts[days]) - Self.todayMargin
        while day < today || (day == today && elapsedToday > 0 && random.unit() < Self.doneToday) {
            let start = starts[day - first]
            var second = day == today
                ? Double(random.next() % UInt64(elapsedToday))
                : Double((Self.firstHourAfterRollover + Int(random.next() % UInt64(Self.wakingHours))) * Self.secondsPerHour)
            func answer(_ grade: Grade, _ kind: ReviewKind) {
                second += Double(1 + random.next() % 20)
                let millis = 2000 + Int(random.next() % 14000)
                emit(ReviewEvent(card: card, at: start.addingTimeInterval(second), day: day, grade: grade, kind: kind,
                                 answerMillis: millis, after: schedule.state))
            }
            let grade = SyntheticGrades.review(
                difficulty: difficulty, learning: schedule.state.repetitions < 2, forgetfulness: forgetfulness, &random)
            schedule = schedule.applying(grade, on: day)
            answer(grade, .review)
            var drill = grade
            while drill.needsRedrill {
                drill = SyntheticGrades.drill(&random)
                answer(drill, .drill)
            }
            day = (schedule.due ?? day + 1) + SyntheticGrades.lateness(&random)
        }
    }
}

/// The grade model: harder cards and cards still being learnt fail more often.
enum SyntheticGrades {
    static let baseFailure = 0.04
    static let difficultyFailure = 0.12
    static let learningFailure = 0.06
    static let maximumForgetfulness = 4.0
    static let lateShare = 0.15
    static let maximumLateness: UInt64 = 4

    static func review(difficulty: Double, learning: Bool, forgetfulness: Double, _ random: inout SeededRandom) -> Grade {
        let failure = forgetfulness * (baseFailure + difficultyFailure * difficulty + (learning ? learningFailure : 0))
        let draw = random.unit()
        let value: Int
        if draw < failure {
            value = Int(random.next() % 3)
        } else {
            let pass = random.unit()
            value = pass < 0.45 * (1 - difficulty) ? 5 : (pass < 0.88 ? 4 : 3)
        }
        return Grade(value) ?? Grade.all[0]
    }

    static func drill(_ random: inout SeededRandom) -> Grade {
        Grade.all[random.unit() < 0.75 ? 4 : 3]
    }

    static func lateness(_ random: inout SeededRandom) -> Int {
        random.unit() < lateShare ? 1 + Int(random.next() % maximumLateness) : 0
    }
}
