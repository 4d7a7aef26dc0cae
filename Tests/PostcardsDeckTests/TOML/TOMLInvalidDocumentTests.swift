import Testing

@testable import PostcardsDeck

/// Invalid TOML is refused at the offending character (line:column, columns in scalars),
/// with a message that says what was expected there.
@Suite struct TOMLInvalidDocumentTests {
    /// (document, position, part of the message)
    static let redefinitions: [(String, String, String)] = [
        ("a = 1\na = 2", "2:1", "key \"a\" is defined twice"),
        ("\"a\" = 1\na = 2", "2:1", "key \"a\" is defined twice"),
        ("a = {x = 1, x = 2}", "1:13", "key \"x\" is defined twice"),
        ("[a]\n[a]", "2:2", "table [a] is defined twice"),
        ("[a.b]\n[a]\n[a]", "3:2", "table [a] is defined twice"),
        ("[a]\nb = 1\n[a.b]", "3:4", "a.b is already a whole number, not a table"),
        ("a.b = 1\n[a]", "2:2", "table a is already defined by dotted keys"),
        ("[fruit]\napple.color = \"red\"\n[fruit.apple]", "3:8", "fruit.apple is already defined by dotted keys"),
        ("[fruit]\napple.taste.sweet = true\n[fruit.apple.taste]", "3:14", "already defined by dotted keys"),
        ("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", "4:3", "b.c is a table with a [header] of its own, so dotted keys cannot add to it"),
        ("a = [1]\n[[a]]", "2:3", "a is already an array written with [ ], so [[a]] cannot add to it"),
        ("[a]\n[[a]]", "2:3", "a is already a table, so [[a]] cannot add to it"),
        ("[[a]]\n[a]", "2:2", "a is an array of tables; add an element with [[a]]"),
        ("a = {b = 1}\na.c = 2", "2:1", "a is an inline table, which cannot be added to"),
        ("a = {b = 1}\n[a.c]", "2:2", "a is already an inline table"),
        ("a = {b = 1}\n[a]", "2:2", "a is an inline table"),
        ("a = {b = {c = 1}, b.d = 2}", "1:19", "b is an inline table"),
        ("a = 1\na.b = 2", "2:1", "a is already a whole number, not a table"),
        ("a = [{b = 1}]\n[a.c]", "2:2", "a is already an array written with [ ]"),
        ("a = \"x\"\n[a.b]", "2:2", "a is already a string, not a table"),
        ("[a]\nb = 1\n[[a.b]]", "3:5", "a.b is already a whole number"),
    ]

    static let strings: [(String, String, String)] = [
        (#"s = "\q""#, "1:6", #""\q" is not an escape"#),
        (#"s = "\x41""#, "1:6", #""\x" is not an escape"#),
        (#"s = "\u12G4""#, "1:10", #""\u12G4" needs 4 hexadecimal digits"#),
        (#"s = "\U0001F6""#, "1:14", "needs 8 hexadecimal digits"),
        (#"s = "\uD800""#, "1:6", "is not a Unicode scalar value"),
        (#"s = "\U00110000""#, "1:6", "is not a Unicode scalar value"),
        ("s = \"\"\"a\\  x\"\"\"", "1:9", "is not an escape"),
        ("s = \"abc", "1:9", "in a string: expected a closing quote before the end of the file"),
        ("s = \"abc\nx = 1", "1:9", "expected a closing quote before the end of the line"),
        ("s = 'abc\nx = 1", "1:9", "expected a closing quote before the end of the line"),
        ("s = \"\"\"abc\n", "2:1", "expected closing triple quotes before the end of the file"),
        ("s = '''abc''", "1:13", "expected closing triple quotes before the end of the file"),
        ("s = \"a\u{7}b\"", "1:7", "the control character U+0007 must be escaped"),
        ("s = 'a\u{7F}b'", "1:7", "the control character U+007F must be escaped"),
        ("s = \"\"\"a\u{1}\"\"\"", "1:9", "the control character U+0001"),
        ("s = '''\na\u{1B}'''", "2:2", "the control character U+001B"),
        ("s = \"\"\"a\rb\"\"\"", "1:9", "a carriage return (CR) must be followed by a line feed"),
        ("# comment \u{7}", "1:11", "a comment may not hold the control character U+0007"),
        ("a = 1\rb = 2", "1:6", "a carriage return (CR) must be followed by a line feed"),
        ("\"\"\"a\"\"\" = 1", "1:1", "a key may not be a multi-line string"),
    ]

    static let numbers: [(String, String, String)] = [
        ("n = 01", "1:5", "a number may not start with a zero"),
        ("n = 01.5", "1:5", "a number may not start with a zero"),
        ("n = 1__2", "1:6", "an underscore in a number must sit between two digits"),
        ("n = 1_", "1:6", "an underscore in a number must sit between two digits"),
        ("n = _1", "1:5", "expected a value after =, found \"_1\""),
        ("n = 0x", "1:7", "expected a hexadecimal digit, found the end of the file"),
        ("n = 0xG", "1:7", "expected a hexadecimal digit"),
        ("n = 0b102", "1:9", "unexpected \"2\" after 0b10"),
        ("n = 0o8", "1:7", "expected a octal digit"),
        ("n = +0x1F", "1:5", "a hexadecimal number may not have a sign"),
        ("n = 9223372036854775808", "1:5", "the integer does not fit in 64 bits"),
        ("n = -9223372036854775809", "1:5", "the integer does not fit in 64 bits"),
        ("n = 0x8000000000000000", "1:5", "the integer does not fit in 64 bits"),
        ("n = 1.", "1:7", "expected a decimal digit after the decimal point"),
        ("n = 1.e5", "1:7", "expected a decimal digit after the decimal point"),
        ("n = .5", "1:5", "expected a value after ="),
        ("n = 1e", "1:7", "expected a decimal digit after the exponent's e"),
        ("n = 1e_5", "1:7", "expected a decimal digit after the exponent's e"),
        ("n = 1.5.3", "1:8", "in a number: unexpected \".\" after 1.5"),
        ("n = 12abc", "1:7", "unexpected \"a\" after 12"),
        ("n = infinity", "1:5", "expected a value after =, found \"infinity\""),
        ("n = 1 2", "1:7", "expected the end of the line, found \"2\""),
    ]

    static let dates: [(String, String, String)] = [
        ("d = 1979-13-01", "1:10", "there is no month 13"),
        ("d = 1979-00-01", "1:10", "there is no month 0"),
        ("d = 1979-02-29", "1:13", "day 29 is not in month 2 of 1979, which has 28 days"),
        ("d = 1900-02-29", "1:13", "day 29 is not in month 2 of 1900"),
        ("d = 1979-04-31", "1:13", "day 31 is not in month 4"),
        ("d = 1979-05-00", "1:13", "day 0 is not in month 5"),
        ("d = 1979-5-27", "1:11", "expected two digits for the month, found \"-\""),
        ("t = 24:00:00", "1:5", "24 is not a valid hour"),
        ("t = 07:60:00", "1:8", "60 is not a valid minute"),
        ("t = 07:32:61", "1:11", "61 is not a valid second"),
        ("t = 07:32", "1:10", "expected \":\" after the minute"),
        ("d = 1979-05-27T07:32:00+25:00", "1:25", "25 is not a valid offset hours"),
        ("d = 1979-05-27T07:32:00+01", "1:27", "expected \":\" between the offset's hours and minutes"),
        ("d = 1979-05-27T07:32:00.", "1:25", "expected a digit after the decimal point of the seconds"),
        ("d = 1979-05-27T", "1:16", "in a date-time: expected a time like 07:32:00 after the T, found the end of the file"),
        ("d = 1979-05-27 07:32:00X", "1:24", "in a date-time: unexpected \"X\" after 1979-05-27 07:32:00"),
    ]

    static let syntax: [(String, String, String)] = [
        ("a = ", "1:5", "expected a value after =, found the end of the file"),
        ("a =\nb = 1", "1:4", "expected a value after =, found the end of the line"),
        ("a = hello", "1:5", "expected a value after =, found \"hello\""),
        ("a = truee", "1:5", "found \"truee\""),
        ("a = TRUE", "1:5", "found \"TRUE\""),
        ("a \"b\"", "1:3", "in a key: expected = after the key \"a\""),
        ("a", "1:2", "expected = after the key \"a\""),
        ("= 1", "1:1", "in a key: expected a key, found \"=\""),
        ("a.= 1", "1:3", "expected a key after the dot"),
        ("a = 1 b = 2", "1:7", "expected the end of the line, found \"b\""),
        ("[a", "1:3", "in a table header: expected ] to close the header \"a\""),
        ("[[a]", "1:4", "expected ]] to close the header \"a\""),
        ("[[a] ]", "1:4", "expected ]] to close the header"),
        ("[a.]", "1:4", "in a table header: expected a key after the dot"),
        ("[]", "1:2", "in a table header: a table header must start with its name, found \"]\""),
        ("[ [a]]", "1:3", "an array of tables is written [[name]], with no space between the brackets"),
        ("[a] b = 1", "1:5", "expected the end of the line"),
        ("a = [1 2]", "1:8", "in an array: expected a comma or the closing ], found \"2\""),
        ("a = [,]", "1:6", "in an array: expected a value or the closing ], found \",\""),
        ("a = [1,,]", "1:8", "expected a value or the closing ]"),
        ("a = [1", "1:7", "expected a comma or the closing ], found the end of the file"),
        ("a = {b = 1,}", "1:12", "in an inline table: expected a key after the comma (TOML allows no trailing comma here)"),
        ("a = {b = 1\n}", "1:11", "in an inline table: expected a comma or the closing } on the same line, found the end of the line"),
        ("a = {\nb = 1}", "1:6", "expected a key on the same line, found the end of the line"),
        ("a = {b = }", "1:10", "in an inline table: expected a value, found \"}\""),
        ("a = é", "1:5", "expected a value after =, found \"é\""),
        ("a = [\u{2028}]", "1:6", "expected a value or the closing ], found U+2028"),
    ]

    @Test(arguments: redefinitions + strings)
    func redefinitionsAndBadStringsAreRefusedWhereTheyAre(text: String, position: String, message: String) throws {
        let failure = try #require(TOMLTesting.failure(text), "accepted: \(text.debugDescription)")
        #expect(failure.position == position, "\(text.debugDescription): \(failure.message)")
        #expect(failure.message.contains(message), "\(text.debugDescription): \(failure.message)")
        #expect(failure.message.hasPrefix("invalid TOML"))
    }

    @Test(arguments: numbers + dates + syntax)
    func badNumbersDatesAndSyntaxAreRefusedWhereTheyAre(text: String, position: String, message: String) throws {
        let failure = try #require(TOMLTesting.failure(text), "accepted: \(text.debugDescription)")
        #expect(failure.position == position, "\(text.debugDescription): \(failure.message)")
        #expect(failure.message.contains(message), "\(text.debugDescription): \(failure.message)")
        #expect(failure.message.hasPrefix("invalid TOML"))
    }

    @Test func redefinitionNamesTheFirstDefinition() throws {
        do {
            _ = try TOMLTesting.parse("[deck]\nname = 1\n\n[deck]\n")
            Issue.record("accepted a table defined twice")
        } catch {
            #expect(TOMLTesting.position(of: error.offset, in: "[deck]\nname = 1\n\n[deck]\n") == "4:2")
            #expect(error.related == 0)
        }
    }

    /// Past the limit it is an error at the bracket that goes too deep, never a stack overflow.
    @Test(arguments: ["[", "{a=", "[{a="])
    func nestingBeyondTheLimitIsRefusedAtTheBracketThatGoesTooDeep(opening: String) throws {
        let deep = "a = " + String(repeating: opening, count: 100_000)
        let failure = try #require(TOMLTesting.failure(deep))
        #expect(failure.message == "invalid TOML: arrays and inline tables may nest at most \(TOMLParser.maximumDepth) deep")
        // Each repetition opens `levels` brackets, the first at its start.
        let levels = opening.filter { $0 == "[" || $0 == "{" }.count
        let column = "a = ".count + 1 + TOMLParser.maximumDepth / levels * opening.count
        #expect(failure.position == "1:\(column)")
    }

    @Test func nestingUpToTheLimitIsAccepted() {
        let depth = TOMLParser.maximumDepth
        let text = "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(TOMLTesting.failure(text) == nil)
    }

    @Test func dottedKeysBeyondTheLimitAreRefused() throws {
        let parts = TOMLParser.maximumDepth + 1
        let key = (1...parts).map { _ in "a" }.joined(separator: ".")
        let failure = try #require(TOMLTesting.failure(key + " = 1"))
        #expect(failure.message.contains("at most \(TOMLParser.maximumDepth) dotted parts"))
        #expect(failure.position == "1:\(2 * parts - 1)")
        let header = try #require(TOMLTesting.failure("[" + key + "]"))
        #expect(header.message.contains("dotted parts"))
    }
}
