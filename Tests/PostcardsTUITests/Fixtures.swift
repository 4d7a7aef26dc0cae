import Foundation
import PostcardsCore
@testable import PostcardsTUI

/// A small deck and a fixed moment, so every screen is reproducible.
enum Fixtures {
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let dayClock = DayClock(timeZone: utc, rolloverHour: 4)
    /// 2026-12-01 09:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_796_115_600)
    static var today: Day { dayClock.day(containing: start) }

    static let chapters = [
        Chapter(deck: "post-training", slug: "overview", title: "Overview", order: 1),
        Chapter(deck: "post-training", slug: "rl-algorithms", title: "RL algorithms: RLHF, PPO, GRPO", order: 2),
        Chapter(deck: "post-training", slug: "evaluation", title: "Evaluation", order: 3),
    ]

    static func card(_ key: String, chapter: String = "rl-algorithms", _ content: CardContent) -> Card {
        Card(id: CardID(deck: "post-training", key: key), chapter: chapter, content: content)
    }

    static let dpo = card("dpo-loss", .basic(
        front: "What loss does DPO minimise, and what does β control?",
        back: "−log σ(β·log(π_θ(y_w|x)/π_ref(y_w|x)) − β·log(π_θ(y_l|x)/π_ref(y_l|x))). β sets how far the policy may drift from π_ref."))
    static let kl = card("kl-penalty", .basic(
        front: "Which term keeps the policy near the reference in RLHF? 日本語で",
        back: "KL(π‖π_ref) 日本語: the KL penalty β·KL(π‖π_ref), summed ∑ over tokens."))
    static let clip = card("ppo-clip#2", .cloze(
        text: "PPO clips the probability ratio ρ to the interval [{{1 − ε}}, {{1 + ε}}].", ordinal: 2,
        extra: "ε is usually 0.2."))
    static let sft = card("sft-what", chapter: "overview", .basic(front: "What is SFT?", back: "Supervised fine-tuning on demonstrations."))

    /// A reviewed card due today: SM-2 state after two good reviews.
    static let seasoned = CardSchedule(
        state: SM2State(repetitions: 2, interval: 6, efHundredths: 250), due: today, lapses: 0, reviews: 2,
        lastReviewed: today - 6)

    static func session(_ cards: [(Card, CardSchedule)], mode: ReviewSession.Mode = .scheduled) -> ReviewSession {
        ReviewSession(mode: mode, cards: cards, today: today)
    }

    static func model(
        _ cards: [(Card, CardSchedule)] = [(dpo, seasoned), (kl, .new), (clip, .new)],
        size: TerminalSize = TerminalSize(width: 80, height: 24), mode: ReviewSession.Mode = .scheduled,
        median: Double? = 12
    ) -> ReviewModel {
        ReviewModel(
            session: session(cards, mode: mode), size: size, startedAt: start, dayClock: dayClock,
            chapters: chapters, medianSecondsPerCard: median, nextDue: today + 2)
    }

    /// `seconds` after the start.
    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }
}

/// Sends messages the way the runner does, collecting every effect.
struct Driver {
    var model: ReviewModel
    var effects: [Effect] = []
    var clock: Double = 0

    init(_ model: ReviewModel) { self.model = model }

    @discardableResult
    mutating func press(_ keys: Key..., after seconds: Double = 1) -> [Effect] {
        var produced: [Effect] = []
        for key in keys {
            clock += seconds
            produced += update(&model, .key(key, at: Fixtures.at(clock)))
        }
        effects += produced
        return produced
    }

    @discardableResult
    mutating func type(_ text: String, after seconds: Double = 1) -> [Effect] {
        var produced: [Effect] = []
        for character in text { produced += press(.character(character), after: seconds) }
        return produced
    }

    @discardableResult
    mutating func send(_ msg: Msg) -> [Effect] {
        let produced = update(&model, msg)
        effects += produced
        return produced
    }

    var screen: Screen { view(model, size: model.size) }
    var currentKey: String? { model.session.current?.card.id.key }
}
