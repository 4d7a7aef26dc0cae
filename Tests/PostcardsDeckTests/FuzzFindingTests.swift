import PostcardsCore
import Testing

@testable import PostcardsDeck

/// Inputs the fuzz targets (Fuzz/, scripts/fuzz.sh) found crashing a reader or breaking its
/// rules, each now a clean error or the right output. The TOML ones made toml++ (the parser
/// before ours) abort the whole process; ours must refuse them at the offending character.
@Suite struct FuzzFindingTests {
    static let headerMessage = "invalid TOML in a table header: a table header must start with its name"
    static let arrayMessage = "invalid TOML in an array: expected a value or the closing ]"

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
        #expect(errors.first?.message.hasPrefix(Self.headerMessage) == true, "\(errors)")
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
        #expect(errors.first?.message.hasPrefix(Self.arrayMessage) == true, "\(errors)")
    }

    /// toml++ read `1979-05-27 1` as the start of a date-time and asserted that it went on.
    /// A digit after a date and a blank can only start its time, so the error is where the
    /// time goes wrong: at the second digit of the hour, or at the `_` inside the day.
    @Test(arguments: [
        ("d = 1979-05-27 1\n", "deck.toml:7:17", "expected two digits for the hour, found the end of the line"),
        ("d = [1979-05-27 1]", "deck.toml:7:18", "expected two digits for the hour, found \"]\""),
        ("d = 1979-05-2_7 2 # note", "deck.toml:7:14", "expected two digits for the day, found \"_\""),
    ])
    func dateFollowedByALoneDigitIsAnErrorNotACrash(line: String, location: String, detail: String) {
        let errors = DeckFixtures.errors(DeckFixtures.deck(line))
        #expect(errors.map(\.location.description) == [location])
        #expect(errors.first?.message == "invalid TOML in a date-time: " + detail)
    }

    /// toml++ asserted that a digit follows the T of a date-time.
    @Test(arguments: [
        ("name = 1979-05-27Tid.2::00Z", "deck.toml:7:19", "\"i\""),
        ("d = 1979-05-27t ", "deck.toml:7:16", "\" \""),
        ("d = [2024-02-29T]", "deck.toml:7:17", "\"]\""),
    ])
    func dateTimeWithoutATimeIsAnErrorNotACrash(line: String, location: String, found: String) {
        let errors = DeckFixtures.errors(DeckFixtures.deck(line))
        #expect(errors.map(\.location.description) == [location])
        #expect(errors.first?.message == "invalid TOML in a date-time: expected a time like 07:32:00 after the T, found \(found)")
    }

    /// `tidy` replaced CRLF, then CR, by Characters; `"\r\r\n"` came out as `"\r\n"`, and a
    /// CR on a card sends the terminal cursor back over the text.
    @Test(arguments: [
        ("a\r\r\nb", "a\n\nb"),
        ("r>3\r\n#\n5\r\n\r\n5sbr\r\n\r\n\r\r\n\r\n\r\n\n>3", "r>3\n#\n5\n\n5sbr\n\n\n\n\n\n\n>3"),
        ("\r\r", ""),
    ])
    func tidyTurnsEveryCarriageReturnIntoALineEnd(text: String, tidied: String) {
        #expect(HTMLText.tidy(text) == tidied)
        #expect(!HTMLText.tidy(text).unicodeScalars.contains("\r"))
    }

    @Test func lookalikesInsideStringsCommentsAndValidValuesAreNotSyntaxErrors() {
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
        let errors = DeckFixtures.errors(text)
        #expect(errors.map(\.message) == ["unknown key \"quoted-header\" in card \"a\""])
    }

    @Test func nestingBeyondTheParsersLimitIsItsOwnErrorNotAStackOverflow() {
        let depth = 100_000
        let text = DeckFixtures.deck("s = " + String(repeating: "[", count: depth) + "\n")
        let errors = DeckFixtures.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("invalid TOML") == true)
    }

    @Test func spacedArrayHeaderSaysHowToWriteOne() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"F\"\nback = \"B\"\n[ [cards]]\n")
        let errors = DeckFixtures.errors(text)
        #expect(errors.map(\.location.description) == ["deck.toml:11:3"])
        #expect(errors.first?.message
            == "invalid TOML in a table header: an array of tables is written [[name]], with no space between the brackets")
    }
}
