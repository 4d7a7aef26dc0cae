import PostcardsCore
import Testing

@testable import PostcardsDeck

/// Inputs the fuzz targets (Fuzz/, scripts/fuzz.sh) found crashing a reader, each now a clean
/// error. Before the fixes these did not fail: they aborted the whole test process.
@Suite struct FuzzFindingTests {
    static let headerMessage = "invalid TOML: a table header must start with its name"
    static let arrayMessage = "invalid TOML in an array: expected a value, a comma or the closing ]"
    static let dateMessage = "invalid TOML: a date followed by a number is not a value"

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
        #expect(errors.first?.message == Self.headerMessage)
    }

    /// toml++ asserted when an array element started with a value terminator it does not
    /// skip: `}` or a Unicode line break; inside inline tables and nested arrays too.
    @Test(arguments: [
        ("s = [}]", "deck.toml:7:6"),
        ("s = [1, }", "deck.toml:7:9"),
        ("s = [\n  \"a\",\n  [ }]]", "deck.toml:9:5"),
        ("s = { t = [}] }", "deck.toml:7:12"),
        ("s = [\u{2028}]", "deck.toml:7:6"),
        ("s = [\u{85}]", "deck.toml:7:6"),
    ])
    func arrayElementStartingWithATerminatorIsAnErrorNotACrash(line: String, location: String) {
        let errors = DeckFixtures.errors(DeckFixtures.deck(line + "\n"))
        #expect(errors.map(\.location.description) == [location])
        #expect(errors.first?.message == Self.arrayMessage)
    }

    /// toml++ read `1979-05-27 1` as the start of a date-time and asserted that it went on.
    @Test(arguments: [
        ("d = 1979-05-27 1\n", "deck.toml:7:17"),
        ("d = [1979-05-27 1]", "deck.toml:7:18"),
        ("d = 1979-05-2_7 2 # note", "deck.toml:7:18"),
    ])
    func dateFollowedByALoneDigitIsAnErrorNotACrash(line: String, location: String) {
        let errors = DeckFixtures.errors(DeckFixtures.deck(line))
        #expect(errors.map(\.location.description) == [location])
        #expect(errors.first?.message == Self.dateMessage)
    }

    /// toml++ asserted that a digit follows the T of a date-time.
    @Test(arguments: [
        ("name = 1979-05-27Tid.2::00Z", "deck.toml:7:19"),
        ("d = 1979-05-27t ", "deck.toml:7:16"),
        ("d = [2024-02-29T]", "deck.toml:7:17"),
    ])
    func dateTimeWithoutATimeIsAnErrorNotACrash(line: String, location: String) {
        let errors = DeckFixtures.errors(DeckFixtures.deck(line))
        #expect(errors.map(\.location.description) == [location])
        #expect(errors.first?.message == "invalid TOML: a date-time needs a time after its T")
    }

    @Test func guardIgnoresLookalikesInsideStringsCommentsAndValidValues() {
        let text = DeckFixtures.deck(#"""
            [[cards]]
            id = "a"
            front = """
            [=] and [}] are text here
            """
            back = '[é] 1979-05-27 1 '
            tags = [ # [}] in a comment
              "x", 'y',
            ]

            ["cards"."quoted-header"]
            when = 1979-05-27 07:32:00
            days = [1979-05-27, 1979-05-28 ]
            stamps = [1979-05-27T07:32:00Z, 1979-05-27t07:32:00.5+01:00]
            nested = { a = [ [ 1 ], { b = 2 } ] }
            """#)
        let hazards = [Self.headerMessage, Self.arrayMessage, Self.dateMessage]
        #expect(!DeckFixtures.errors(text).contains { hazards.contains($0.message) })
    }

    @Test func nestingBeyondTheParsersLimitIsItsOwnErrorNotAStackOverflow() {
        let depth = 100_000
        let text = DeckFixtures.deck("s = " + String(repeating: "[", count: depth) + "\n")
        let errors = DeckFixtures.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("invalid TOML") == true)
    }

    @Test func spacedArrayHeaderIsLeftToTheTOMLParsersOwnError() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"F\"\nback = \"B\"\n[ [cards]]\n")
        let errors = DeckFixtures.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("invalid TOML") == true)
        #expect(errors.first?.message != Self.headerMessage)
    }
}
