import Testing

@testable import PostcardsDeck

/// Valid TOML 1.0 parses to the values it means: the examples of the TOML 1.0.0
/// specification, section by section, and a few edge cases around them.
@Suite struct TOMLValidDocumentTests {
    static let keys: [(String, String)] = [
        ("key = \"value\"", #"{key = "value"}"#),
        ("bare_key = 1\nbare-key = 2\n1234 = 3", "{bare_key = 1, bare-key = 2, 1234 = 3}"),
        (
            #""127.0.0.1" = 1"# + "\n" + #""character encoding" = 2"# + "\n" + #""ʎǝʞ" = 3"# + "\n" + #"'key2' = 4"#
                + "\n" + #"'quoted "value"' = 5"#,
            #"{"127.0.0.1" = 1, "character encoding" = 2, "ʎǝʞ" = 3, key2 = 4, "quoted \"value\"" = 5}"#
        ),
        (#""" = "blank""#, #"{"" = "blank"}"#),
        ("'' = 1", #"{"" = 1}"#),
        (
            "name = \"Orange\"\nphysical.color = \"orange\"\nphysical.shape = \"round\"\nsite.\"google.com\" = true",
            #"{name = "Orange", physical = {color = "orange", shape = "round"}, site = {"google.com" = true}}"#
        ),
        (
            "fruit.name = \"banana\"\nfruit. color = \"yellow\"\nfruit . flavor = \"banana\"",
            #"{fruit = {name = "banana", color = "yellow", flavor = "banana"}}"#
        ),
        (
            "apple.type = \"fruit\"\norange.type = \"fruit\"\napple.skin = \"thin\"",
            #"{apple = {type = "fruit", skin = "thin"}, orange = {type = "fruit"}}"#
        ),
        ("3.14159 = \"pi\"", #"{3 = {14159 = "pi"}}"#),
        ("true = 1\ninf = 2", "{true = 1, inf = 2}"),
        ("\tkey\t=\t\"v\"\t# tabs are blanks", #"{key = "v"}"#),
    ]

    static let strings: [(String, String)] = [
        (
            #"str = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF.""#,
            #"{str = "I\'m a string. \"You can quote me\". Name\tJosé\nLocation\tSF."}"#
        ),
        (#"s = "\b\f\r\\ \U0001F600 \u0041""#, #"{s = "\u{08}\u{0C}\r\\ 😀 A"}"#),
        ("str1 = \"\"\"\nRoses are red\nViolets are blue\"\"\"", #"{str1 = "Roses are red\nViolets are blue"}"#),
        (
            "str2 = \"\"\"\nThe quick brown \\\n\n\n  fox jumps over \\\n    the lazy dog.\"\"\"",
            #"{str2 = "The quick brown fox jumps over the lazy dog."}"#
        ),
        (
            "str3 = \"\"\"\\\n       The quick brown \\\n       fox jumps over \\  \n       the lazy dog.\\\n       \"\"\"",
            #"{str3 = "The quick brown fox jumps over the lazy dog."}"#
        ),
        (
            #"str4 = """Here are two quotation marks: "". Simple enough.""""#,
            #"{str4 = "Here are two quotation marks: \"\". Simple enough."}"#
        ),
        (#"str5 = """Here are three quotation marks: ""\".""""#, #"{str5 = "Here are three quotation marks: \"\"\"."}"#),
        (
            #"str7 = """"This," she said, "is just a pointless statement."""""#,
            #"{str7 = "\"This,\" she said, \"is just a pointless statement.\""}"#
        ),
        (#"winpath = 'C:\Users\nodejs\templates'"#, #"{winpath = "C:\\Users\\nodejs\\templates"}"#),
        (#"quoted = 'Tom "Dubs" Preston-Werner'"#, #"{quoted = "Tom \"Dubs\" Preston-Werner"}"#),
        (#"regex = '<\i\c*\s*>'"#, #"{regex = "<\\i\\c*\\s*>"}"#),
        (#"regex2 = '''I [dw]on't need \d{2} apples'''"#, #"{regex2 = "I [dw]on\'t need \\d{2} apples"}"#),
        (
            "lines = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''",
            #"{lines = "The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n"}"#
        ),
        (#"quot15 = '''Here are fifteen quotation marks: """""""""""""""'''"#, #"{quot15 = "Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\""}"#),
        (#"apos15 = "Here are fifteen apostrophes: '''''''''''''''""#, #"{apos15 = "Here are fifteen apostrophes: \'\'\'\'\'\'\'\'\'\'\'\'\'\'\'"}"#),
        (#"str = ''''That,' she said, 'is still pointless.''''"#, #"{str = "\'That,\' she said, \'is still pointless.\'"}"#),
        ("tab = \"a\tb\"\nnon_ascii = \"日本 ∇_θ\"", #"{tab = "a\tb", non_ascii = "日本 ∇_θ"}"#),
        ("empty = \"\"\nempty2 = ''\nempty3 = \"\"\"\"\"\"\nempty4 = ''''''", #"{empty = "", empty2 = "", empty3 = "", empty4 = ""}"#),
    ]

    static let numbers: [(String, String)] = [
        (
            "int1 = +99\nint2 = 42\nint3 = 0\nint4 = -17\nint5 = 1_000\nint6 = 5_349_221\nint7 = 53_49_221\nint8 = 1_2_3_4_5",
            "{int1 = 99, int2 = 42, int3 = 0, int4 = -17, int5 = 1000, int6 = 5349221, int7 = 5349221, int8 = 12345}"
        ),
        (
            "hex1 = 0xDEADBEEF\nhex2 = 0xdeadbeef\nhex3 = 0xdead_beef\noct1 = 0o01234567\noct2 = 0o755\nbin1 = 0b11010110",
            "{hex1 = 3735928559, hex2 = 3735928559, hex3 = 3735928559, oct1 = 342391, oct2 = 493, bin1 = 214}"
        ),
        (
            "max = 9223372036854775807\nmin = -9223372036854775808\nzero = -0\nplus = +0\nhexmax = 0x7FFFFFFFFFFFFFFF",
            "{max = 9223372036854775807, min = -9223372036854775808, zero = 0, plus = 0, hexmax = 9223372036854775807}"
        ),
        (
            "flt1 = +1.0\nflt2 = 3.1415\nflt3 = -0.01\nflt4 = 5e+22\nflt5 = 1e06\nflt6 = -2E-2\nflt7 = 6.626e-34",
            "{flt1 = 1.0, flt2 = 3.1415, flt3 = -0.01, flt4 = 5e+22, flt5 = 1000000.0, flt6 = -0.02, flt7 = 6.626e-34}"
        ),
        ("flt8 = 224_617.445_991_228\nzero = 0.0\nexp0 = 0e0\nneg = -0.0", "{flt8 = 224617.445991228, zero = 0.0, exp0 = 0.0, neg = -0.0}"),
        (
            "sf1 = inf\nsf2 = +inf\nsf3 = -inf\nsf4 = nan\nsf5 = +nan\nsf6 = -nan",
            "{sf1 = inf, sf2 = inf, sf3 = -inf, sf4 = nan, sf5 = nan, sf6 = nan}"
        ),
        ("bool1 = true\nbool2 = false", "{bool1 = true, bool2 = false}"),
    ]

    static let dates: [(String, String)] = [
        (
            "odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z",
            "{odt1 = odt(1979-05-27T07:32:00Z), odt2 = odt(1979-05-27T00:32:00-07:00), odt3 = odt(1979-05-27T00:32:00.999999-07:00), odt4 = odt(1979-05-27 07:32:00Z)}"
        ),
        (
            "ldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27T00:32:00.999999\nld1 = 1979-05-27\nlt1 = 07:32:00\nlt2 = 00:32:00.999999",
            "{ldt1 = ldt(1979-05-27T07:32:00), ldt2 = ldt(1979-05-27T00:32:00.999999), ld1 = ld(1979-05-27), lt1 = lt(07:32:00), lt2 = lt(00:32:00.999999)}"
        ),
        (
            "leap = 2024-02-29\nleap400 = 2000-02-29\nlower = 1979-05-27t07:32:00z\nleapsecond = 1990-12-31T23:59:60Z\nend = 1979-12-31",
            "{leap = ld(2024-02-29), leap400 = ld(2000-02-29), lower = odt(1979-05-27t07:32:00z), leapsecond = odt(1990-12-31T23:59:60Z), end = ld(1979-12-31)}"
        ),
        ("d = [1979-05-27, 07:32:00 ] # dates in arrays", "{d = [ld(1979-05-27), lt(07:32:00)]}"),
    ]

    static let arrays: [(String, String)] = [
        (
            "integers = [ 1, 2, 3 ]\ncolors = [ \"red\", \"yellow\", \"green\" ]\nnested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]",
            #"{integers = [1, 2, 3], colors = ["red", "yellow", "green"], nested_arrays_of_ints = [[1, 2], [3, 4, 5]]}"#
        ),
        (
            "nested_mixed_array = [ [ 1, 2 ], [\"a\", \"b\", \"c\"] ]\nstring_array = [ \"all\", 'strings', \"\"\"are the same\"\"\", '''type''' ]",
            #"{nested_mixed_array = [[1, 2], ["a", "b", "c"]], string_array = ["all", "strings", "are the same", "type"]}"#
        ),
        ("numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]", "{numbers = [0.1, 0.2, 0.5, 1, 2, 5]}"),
        (
            "contributors = [\n  \"Foo Bar <foo@example.com>\",\n  { name = \"Baz Qux\", email = \"bazqux@example.com\" }\n]",
            #"{contributors = ["Foo Bar <foo@example.com>", {name = "Baz Qux", email = "bazqux@example.com"}]}"#
        ),
        ("integers2 = [\n  1, 2, 3\n]\nintegers3 = [\n  1,\n  2, # this is ok\n]", "{integers2 = [1, 2, 3], integers3 = [1, 2]}"),
        ("empty = []\nspaced = [ ]\ncommented = [ # nothing\n]", "{empty = [], spaced = [], commented = []}"),
    ]

    static let tables: [(String, String)] = [
        (
            "[table-1]\nkey1 = \"some string\"\nkey2 = 123\n\n[table-2]\nkey1 = \"another string\"\nkey2 = 456",
            #"{table-1 = {key1 = "some string", key2 = 123}, table-2 = {key1 = "another string", key2 = 456}}"#
        ),
        ("[dog.\"tater.man\"]\ntype.name = \"pug\"", #"{dog = {"tater.man" = {type = {name = "pug"}}}}"#),
        ("[a.b.c]\n[ d.e.f ]\n[ g .  h  . i ]\n[ j . \"ʞ\" . 'l' ]", #"{a = {b = {c = {}}}, d = {e = {f = {}}}, g = {h = {i = {}}}, j = {"ʞ" = {l = {}}}}"#),
        ("[x.y.z.w]\n[x]\nk = 1", "{x = {y = {z = {w = {}}}, k = 1}}"),
        (
            "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true",
            #"{fruit = {apple = {color = "red", taste = {sweet = true}, texture = {smooth = true}}}}"#
        ),
        ("[fruit.apple]\n[animal]\n[fruit.orange]", "{fruit = {apple = {}, orange = {}}, animal = {}}"),
        ("top = 1\n[t]\nk = 2", "{top = 1, t = {k = 2}}"),
        ("[a.b.c]\nz = 9\n[a]\nb.x = 1", "{a = {b = {c = {z = 9}, x = 1}}}"),
        (
            "name = { first = \"Tom\", last = \"Preston-Werner\" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = \"pug\" }\nempty = {}",
            #"{name = {first = "Tom", last = "Preston-Werner"}, point = {x = 1, y = 2}, animal = {type = {name = "pug"}}, empty = {}}"#
        ),
        (
            "[[products]]\nname = \"Hammer\"\nsku = 738594937\n\n[[products]]  # empty table within the array\n\n[[products]]\nname = \"Nail\"\nsku = 284758393\n\ncolor = \"gray\"",
            #"{products = [{name = "Hammer", sku = 738594937}, {}, {name = "Nail", sku = 284758393, color = "gray"}]}"#
        ),
        (
            "[[fruits]]\nname = \"apple\"\n\n[fruits.physical]  # subtable\ncolor = \"red\"\nshape = \"round\"\n\n"
                + "[[fruits.varieties]]  # nested array of tables\nname = \"red delicious\"\n\n[[fruits.varieties]]\n"
                + "name = \"granny smith\"\n\n\n[[fruits]]\nname = \"banana\"\n\n[[fruits.varieties]]\nname = \"plantain\"",
            #"{fruits = [{name = "apple", physical = {color = "red", shape = "round"}, varieties = [{name = "red delicious"}, {name = "granny smith"}]}, {name = "banana", varieties = [{name = "plantain"}]}]}"#
        ),
        (
            "points = [ { x = 1, y = 2, z = 3 },\n  { x = 7, y = 8, z = 9 },\n  { x = 2, y = 4, z = 8 } ]",
            "{points = [{x = 1, y = 2, z = 3}, {x = 7, y = 8, z = 9}, {x = 2, y = 4, z = 8}]}"
        ),
        ("[[a]]\n[a.b]\nc = 1\n[[a]]\n[a.b]\nc = 2", "{a = [{b = {c = 1}}, {b = {c = 2}}]}"),
        ("[[a.b]]\n[a]\nk = 1", "{a = {b = [{}], k = 1}}"),
    ]

    static let layout: [(String, String)] = [
        (
            "# This is a full-line comment\nkey = \"value\"  # This is a comment at the end of a line\nanother = \"# This is not a comment\"",
            ##"{key = "value", another = "# This is not a comment"}"##
        ),
        ("", "{}"),
        ("# only a comment, with ünïcode and\ttab\n\n   \n", "{}"),
        ("a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\nc = '''\r\nz\r\n'''\r\n# comment\r\n[t]\r\n", #"{a = 1, b = "x\ny", c = "z\n", t = {}}"#),
        ("a = 1 # no newline at the end", "{a = 1}"),
    ]

    @Test(arguments: keys + strings)
    func keysAndStringsParseToTheirValues(text: String, expected: String) {
        #expect(TOMLTesting.rendered(text) == expected)
    }

    @Test(arguments: numbers + dates)
    func numbersBooleansAndDatesParseToTheirValues(text: String, expected: String) {
        #expect(TOMLTesting.rendered(text) == expected)
    }

    @Test(arguments: arrays + tables + layout)
    func arraysTablesAndLayoutParseToTheirTrees(text: String, expected: String) {
        #expect(TOMLTesting.rendered(text) == expected)
    }

    @Test func manyKeysInOneTableAreAllFound() throws {
        let count = 100
        let text = (0..<count).map { "k\($0) = \($0)" }.joined(separator: "\n")
        let table = try TOMLTesting.parse(text)
        #expect(table.count == count)
        #expect((0..<count).allSatisfy { table["k\($0)"]?.integer == $0 })
        #expect(TOMLTesting.failure(text + "\nk57 = 1")?.position == "\(count + 1):1")
    }
}
