import Foundation
import PostcardsCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// One seeded run: random keys into the full-screen reviewer, then SIGKILL to the postcards
/// process (not tmux), then the log and `doctor` are checked against what the screen showed.
struct TUICrashRun {
    enum KillMoment: CaseIterable {
        /// Straight after a grade key: the record races the kill.
        case rightAfterGrade
        /// A random 0–5 ms after a random key: anywhere in the record, the undo or the redraw.
        case shortlyAfterKey
        /// Once the screen has settled after the last key.
        case settled
    }

    enum Action: Equatable {
        case reveal, grade(Int), skip, undo
        /// A grade before the answer is shown: the reviewer must refuse it.
        case gradeTooEarly(Int)
    }

    struct Answer: Equatable, CustomStringConvertible {
        var card: String
        var grade: Int
        var description: String { "\(card)=\(grade)" }
    }

    /// What the screen has shown as done, newest last (what `u` takes back first).
    enum Done: Equatable {
        case answer(Answer)
        case skip(String)
    }

    /// Where a run's kill fell, for the suite's tally.
    struct Outcome {
        var moment: KillMoment
        var answersShown: Int
        /// For a grade in flight: whether the log had it.
        var inFlightGradeLogged: Bool?
    }

    let template: E2EFixture
    let seed: UInt64

    @discardableResult
    func perform() throws -> Outcome {
        var random = SeededRandom(seed: seed)
        let killAt = Int.random(in: 1...TUICrashDurabilityTests.maximumStepsBeforeKill, using: &random)
        let moment = KillMoment.allCases.randomElement(using: &random) ?? .settled
        let fixture = try E2EFixture(copying: template)
        defer { fixture.remove() }
        let session = try fixture.startReview()
        var screen = try session.waitFor("the first card") { Face(screen: $0, chapter: fixture.chapter) != nil }
        let pid = try session.panePID()
        var done: [Done] = []
        var inFlight: (action: Action, card: String)?
        var keys: [String] = []
        for step in 1...killAt {
            if ReviewScreenReading.isSummary(screen) { break }
            let face = try Self.face(on: screen, fixture)
            let card = face.card
            let revealed = face.revealed
            let last = step == killAt
            var action = Self.choose(revealed: revealed, using: &random)
            if last, moment == .rightAfterGrade {
                if !revealed {
                    try session.send("Space")
                    keys.append("Space")
                    screen = try session.waitFor("the answer of \(card)") {
                        Face(screen: $0, chapter: fixture.chapter) == Face(card: card, revealed: true)
                    }
                }
                action = .grade(Int.random(in: 0...5, using: &random))
            }
            let key = Self.key(for: action)
            try session.send(key)
            keys.append(key)
            if last, moment != .settled {
                if moment == .shortlyAfterKey { usleep(UInt32.random(in: 0...TUICrashDurabilityTests.maximumPauseMicros, using: &random)) }
                inFlight = (action, card)
                break
            }
            screen = try Self.waitForOutcome(of: action, on: card, done: &done, session: session, chapter: fixture.chapter)
        }
        Glibc.kill(pid, SIGKILL)
        try session.waitForExit()
        let context = "seed \(seed), kill after \(killAt) steps (\(moment)), keys \(keys.joined(separator: " "))"
        let logged = try Self.expectIntact(fixture, done: done, inFlight: inFlight, context: context)
        let shown = done.filter { if case .answer = $0 { true } else { false } }.count
        var outcome = Outcome(moment: moment, answersShown: shown)
        if case .grade? = inFlight?.action { outcome.inFlightGradeLogged = logged > shown }
        return outcome
    }

    static func face(on screen: String, _ fixture: E2EFixture) throws -> Face {
        guard let face = Face(screen: screen, chapter: fixture.chapter) else {
            throw Subprocess.Failure(description: "no whole card on the screen:\n\(screen)")
        }
        return face
    }

    /// Mostly the keys of an ordinary review; now and then a skip, an undo or a grade too early.
    static func choose(revealed: Bool, using random: inout SeededRandom) -> Action {
        let roll = Int.random(in: 0..<10, using: &random)
        switch roll {
        case 0: return .undo
        case 1: return .skip
        case 2 where !revealed: return .gradeTooEarly(Int.random(in: 0...5, using: &random))
        default: return revealed ? .grade(Int.random(in: 0...5, using: &random)) : .reveal
        }
    }

    static func key(for action: Action) -> String {
        switch action {
        case .reveal: "Space"
        case let .grade(grade), let .gradeTooEarly(grade): "\(grade)"
        case .skip: "s"
        case .undo: "u"
        }
    }

    /// Waits until the screen shows the key's effect, and only then counts it as done: the
    /// reviewer draws after performing the answer's record, so what is drawn is on disk.
    /// Every wait ends on a whole frame (see `Face`), as the next key is chosen from it.
    static func waitForOutcome(
        of action: Action, on card: String, done: inout [Done], session: TmuxSession, chapter: String
    ) throws -> String {
        let face = { (screen: String) in Face(screen: screen, chapter: chapter) }
        let placeAfter = { (count: Int) in { (screen: String) in
            ReviewScreenReading.isSummary(screen) || (ReviewScreenReading.counter(screen) == count + 1 && face(screen) != nil)
        } }
        switch action {
        case .reveal:
            return try session.waitFor("the answer of \(card)") { face($0) == Face(card: card, revealed: true) }
        case .gradeTooEarly:
            let refused = "Show the answer first"
            return try session.waitFor("\"\(refused)\" on \(card)") { $0.contains(refused) && face($0) == Face(card: card, revealed: false) }
        case let .grade(grade):
            done.append(.answer(Answer(card: card, grade: grade)))
            let placed = placeAfter(done.count)
            // The next card (the same one again, when it is re-drilled at once) starts hidden;
            // the counter alone is drawn first and can sit above the graded card's answer.
            return try session.waitFor("the card after \(card) graded \(grade)") {
                placed($0) && (ReviewScreenReading.isSummary($0) || face($0)?.revealed == false)
            }
        case .skip:
            done.append(.skip(card))
            let placed = placeAfter(done.count)
            return try session.waitFor("the skip of \(card)") { $0.contains("Skipped \(card) for today") && placed($0) }
        case .undo:
            let notice: String
            switch done.popLast() {
            case let .answer(answer)?: notice = "Took back grade \(answer.grade) of \(answer.card)"
            case let .skip(skipped)?: notice = "Brought back \(skipped)"
            case nil: notice = "Nothing to undo."
            }
            let placed = placeAfter(done.count)
            return try session.waitFor(notice) { $0.contains(notice) && placed($0) }
        }
    }

    /// The log holds exactly the answers shown as recorded, plus or minus the one key in flight.
    /// Returns the number of answers logged.
    static func expectIntact(_ fixture: E2EFixture, done: [Done], inFlight: (action: Action, card: String)?, context: String) throws -> Int {
        let logged = try fixture.exportedReviews().map {
            Answer(card: $0["card"] as? String ?? "?", grade: $0["grade"] as? Int ?? -1)
        }
        let shown = done.compactMap { if case let .answer(answer) = $0 { answer } else { nil } }
        var allowed = [shown]
        switch inFlight?.action {
        case let .grade(grade)?:
            // The kill may land before or after the answer's commit.
            if let card = inFlight?.card { allowed.append(shown + [Answer(card: card, grade: grade)]) }
        case .undo?:
            if case .answer? = done.last { allowed.append(Array(shown.dropLast())) }
        default: break
        }
        let flying = inFlight.map { "\($0.action) on \($0.card)" } ?? "nothing"
        #expect(allowed.contains(logged), "\(context): log \(logged), shown as recorded \(shown), in flight \(flying)")
        let doctor = try fixture.run(["doctor"])
        #expect(doctor.status == 0, "\(context): \(doctor.stdout) \(doctor.stderr)")
        #expect(doctor.stdout.contains("integrity: ok"), "\(context): \(doctor.stdout)")
        #expect(doctor.stdout.contains("all equal to the replay"), "\(context): \(doctor.stdout)")
        return logged.count
    }
}
