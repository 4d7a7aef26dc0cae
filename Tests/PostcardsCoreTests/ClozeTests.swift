import Testing
@testable import PostcardsCore

struct ClozeTests {
    @Test func eachPlainDeletionIsItsOwnCard() throws {
        #expect(try Cloze.numbers(in: "PPO clips ρ to [{{1 − ε}}, {{1 + ε}}]") == [1, 2])
    }

    @Test func questionHidesItsDeletionAndShowsTheOthers() {
        let text = "PPO clips ρ to [{{1 − ε}}, {{1 + ε}}]"
        #expect(Cloze.plain(Cloze.question(text, ordinal: 2)) == "PPO clips ρ to [1 − ε, […]]")
        #expect(Cloze.answer(text, ordinal: 2).contains(.revealed("1 + ε")))
    }

    @Test func hintReplacesTheEllipsis() {
        #expect(Cloze.plain(Cloze.question("{{Paris::capital}} is in France", ordinal: 1)) == "[capital] is in France")
    }

    @Test func ankiNumberedDeletionsSharingANumberAreOneCard() throws {
        let text = "{{c1::a}} and {{c2::b}} and {{c1::c}}"
        #expect(try Cloze.numbers(in: text) == [1, 2])
        #expect(Cloze.plain(Cloze.question(text, ordinal: 1), ellipsis: "...") == "[...] and b and [...]")
    }

    @Test func emptyDeletionMissingDeletionAndUnterminatedAreErrors() {
        #expect(throws: Cloze.ParseError.emptyDeletion(offset: 2)) { try Cloze.numbers(in: "a {{}}") }
        #expect(throws: Cloze.ParseError.noDeletions) { try Cloze.numbers(in: "no deletions") }
        #expect(throws: Cloze.ParseError.unterminated(offset: 0)) { try Cloze.numbers(in: "{{open") }
    }
}
