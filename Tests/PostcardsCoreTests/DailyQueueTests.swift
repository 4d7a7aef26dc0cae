import Testing
@testable import PostcardsCore

struct DailyQueueTests {
    let today = Day(year: 2026, month: 12, day: 1)
    func id(_ key: String) -> CardID { CardID(deck: "d", key: key) }

    @Test func dueCardsComeFirstMostOverdueFirstThenNewCardsInOrder() {
        let order = DailyQueue.order(
            due: [.init(id: id("late1"), due: today - 1), .init(id: id("late5"), due: today - 5), .init(id: id("now"), due: today)],
            new: [id("n1"), id("n2")], limits: .init(newPerDay: 20), reviewedToday: 0, introducedToday: 0)
        #expect(order.map(\.key) == ["late5", "late1", "now", "n1", "n2"])
    }

    @Test func newCardLimitCountsCardsIntroducedEarlierToday() {
        let order = DailyQueue.order(
            due: [], new: [id("n1"), id("n2"), id("n3")], limits: .init(newPerDay: 3), reviewedToday: 0, introducedToday: 2)
        #expect(order.map(\.key) == ["n1"])
    }

    @Test func reviewLimitCapsDueCards() {
        let order = DailyQueue.order(
            due: [.init(id: id("a"), due: today), .init(id: id("b"), due: today)], new: [],
            limits: .init(newPerDay: 0, reviewsPerDay: 1), reviewedToday: 0, introducedToday: 0)
        #expect(order.map(\.key) == ["a"])
    }
}
