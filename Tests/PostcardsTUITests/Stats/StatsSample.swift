import Foundation
import PostcardsCore

/// A report with every section populated, from numbers chosen by hand, for golden tests.
enum StatsSample {
    static let today = Day(year: 2026, month: 11, day: 27)
    static let chapters: [(slug: String, title: String, total: Int)] = [
        ("overview", "Post-Training Overview", 39),
        ("sft-lora", "Core Techniques I: Supervised Fine-Tuning & LoRA", 55),
        ("rl-algorithms", "Core Techniques II: RL Algorithms — RLHF, PPO, GRPO", 50),
        ("evaluation", "Evaluation as the North Star", 52),
        ("data", "Data-Driven Post-Training", 47),
        ("production", "Production Considerations", 53),
    ]

    static var input: StatsInput {
        var answers: [StatsInput.DayAnswers] = []
        // Studied most days for ~5 months with a few gaps; a daily load that grows and wobbles.
        for ago in 0..<150 where ago % 11 != 5 && !(40...43).contains(ago) {
            let load = 8 + (150 - ago) / 6 + (ago * 7) % 13
            let day = today - ago
            answers.append(.init(day: day, kind: .review, grade: Grade(5)!, answers: load / 2, young: load / 4, mature: load / 8))
            answers.append(.init(day: day, kind: .review, grade: Grade(4)!, answers: load / 3, young: load / 6, mature: load / 10))
            answers.append(.init(day: day, kind: .review, grade: Grade(3)!, answers: load / 8, young: load / 16))
            answers.append(.init(day: day, kind: .review, grade: Grade(1)!, answers: load / 9, young: load / 20, mature: load / 30))
            answers.append(.init(day: day, kind: .drill, grade: Grade(4)!, answers: load / 9))
        }
        let stages: [(new: Int, learning: Int, young: Int, due: Int)] = [(0, 3, 12, 4), (5, 6, 24, 7), (20, 8, 14, 5), (40, 4, 8, 2), (47, 0, 0, 0), (53, 0, 0, 0)]
        let chapterCards = zip(chapters, stages).map { chapter, stage in
            StatsInput.ChapterCards(
                deck: "Post-training", slug: chapter.slug, title: chapter.title, total: chapter.total, new: stage.new,
                learning: stage.learning, young: stage.young, mature: chapter.total - stage.new - stage.learning - stage.young,
                due: stage.due, leeches: chapter.slug == "rl-algorithms" ? 1 : 0)
        }
        let retention = [(120, 109), (160, 139), (90, 71), (30, 26)]
        let quarterBase = (Int(DayClock(timeZone: TimeZone(identifier: "UTC")!).start(of: today).timeIntervalSince1970) / 900) - 16
        return StatsInput(
            today: today, windowDays: 30, answers: answers,
            activity: .init(cards: 37, answerMillis: 296_400, newLearned: 8, pendingRedrills: 2),
            chapters: chapterCards,
            chapterRetention: zip(chapters, retention).map { .init(deck: "Post-training", slug: $0.slug, reviews: $1.0, passed: $1.1) },
            dueByDay: Dictionary(uniqueKeysWithValues: (1...30).map { (today + $0, ($0 * 17) % 23 + ($0 == 1 ? 12 : 0)) }),
            cardsByInterval: [1: 17, 6: 26, 15: 21, 16: 8, 38: 40, 41: 19, 95: 24, 240: 9],
            cardsByEase: [130: 3, 146: 2, 176: 5, 198: 9, 212: 14, 236: 22, 250: 60, 260: 48, 270: 21],
            quarterHours: (0..<96).map { .init(quarter: quarterBase + $0 * 7, answers: 5 + ($0 * 5) % 17, scheduling: 4 + $0 % 5, passed: 3 + $0 % 5) },
            trouble: [
                .init(id: CardID(deck: "Post-training", key: "ppo-clip-range#2"), chapter: "rl-algorithms", lapses: 9, efHundredths: 130, interval: 1, due: today + 1),
                .init(id: CardID(deck: "Post-training", key: "dpo-loss"), chapter: "rl-algorithms", lapses: 4, efHundredths: 132, interval: 6, due: today + 4),
                .init(id: CardID(deck: "Post-training", key: "lora-rank-alpha"), chapter: "sft-lora", lapses: 3, efHundredths: 146, interval: 15, due: today + 9),
            ])
    }

    static var report: StatsReport { StatsReport(input, timeZone: TimeZone(identifier: "UTC")!) }
}
