import PostcardsCore
import Testing

@testable import PostcardsDeck

/// Inputs the fuzz targets (Fuzz/, scripts/fuzz.sh) found crashing or hanging a reader, each
/// now a clean error. Before the fix these did not fail: they aborted the test process.
@Suite struct FuzzFindingTests {
    /// toml++ asserted on a header name starting with anything but a key character or quote.
    @Test(arguments: [
        ("[=]", "deck.toml:7:2"),
        ("[é]", "deck.toml:7:2"),
        ("[ .]", "deck.toml:7:3"),
        ("[[ ,]]", "deck.toml:7:4"),
        ("[[[cards]]]", "deck.toml:7:3"),
        ("[\ncards]", "deck.toml:7:2"),
        ("  [#]", "deck.toml:7:4"),
    ])
    func tableHeaderWithoutANameIsAnErrorNotACrash(header: String, location: String) {
        let errors = DeckFixtures.errors(DeckFixtures.deck(header + "\n"))
        #expect(errors.map(\.location.description) == [location])
        #expect(errors.first?.message == "a table header must start with its name")
    }

    @Test func headerCheckIgnoresBracketsInsideStringsAndArrays() throws {
        let text = DeckFixtures.deck(#"""
            [[cards]]
            id = "a"
            front = """
            [=] is not a header here
            """
            back = '[é]'
            tags = [
              "x",
            ]

            ["cards"."quoted-is-fine"]
            """#)
        let errors = DeckFixtures.errors(text)
        #expect(!errors.contains { $0.message == "a table header must start with its name" })
    }

    @Test func spacedArrayHeaderIsLeftToTheTOMLParsersOwnError() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"F\"\nback = \"B\"\n[ [cards]]\n")
        let errors = DeckFixtures.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("invalid TOML") == true)
    }
}
