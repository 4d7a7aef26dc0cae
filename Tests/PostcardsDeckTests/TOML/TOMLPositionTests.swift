import Testing

@testable import PostcardsDeck

/// Every key, header and value keeps where it was written, so deck errors can point at it.
@Suite struct TOMLPositionTests {
    static let text = """
        title = "t"  # a comment with id = "no"
        [deck]
          name = 'Deck'
        "quoted key" = 1
        [[cards]]
        id = "a"
        back = '''
        front = "inside a string"
        '''
        tags = [
          "x", # id = "no"
        ]
        [[ cards ]]
        id = "b"
        tags = [ "x", 2 ]
        """

    func at(_ offset: Int?, in text: String = text) -> String? {
        offset.map { TOMLTesting.position(of: $0, in: text) }
    }

    @Test func keysHeadersAndValuesKeepTheirPositions() throws {
        let root = try TOMLTesting.parse(Self.text)
        #expect(root.keys == ["title", "deck", "cards"])
        #expect(at(root.entry("title")?.keyOffset) == "1:1")
        #expect(at(root["title"]?.offset) == "1:9")
        let deck = try #require(root["deck"]?.table)
        #expect(at(root.entry("deck")?.keyOffset) == "2:1")
        #expect(at(deck.offset) == "2:1")
        #expect(deck.keys == ["name", "quoted key"])
        #expect(at(deck.entry("name")?.keyOffset) == "3:3")
        #expect(at(deck["name"]?.offset) == "3:10")
        #expect(at(deck.entry("quoted key")?.keyOffset) == "4:1")
        let cards = try #require(root["cards"]?.array)
        #expect(cards.map { at($0.offset) } == ["5:1", "13:1"])
        let tables = cards.compactMap(\.table)
        #expect(tables.map(\.keys) == [["id", "back", "tags"], ["id", "tags"]])
        #expect(at(tables[0].entry("back")?.keyOffset) == "7:1")
        #expect(at(tables[0].entry("tags")?.keyOffset) == "10:1")
        #expect(tables[1]["tags"]?.array?.map { at($0.offset) } == ["15:10", "15:15"])
    }

    @Test func tablesMadeByHeadersAndDottedKeysPointAtWhereTheyBegin() throws {
        let text = "[a.b]\nx.y = 1\n[[c]]\nd = { e = 1 }\n"
        let root = try TOMLTesting.parse(text)
        let a = try #require(root["a"]?.table)
        #expect(at(root.entry("a")?.keyOffset, in: text) == "1:1")
        let b = try #require(a["b"]?.table)
        #expect(at(b.offset, in: text) == "1:1")
        #expect(at(b.entry("x")?.keyOffset, in: text) == "2:1")
        #expect(at(b["x"]?.table?.entry("y")?.keyOffset, in: text) == "2:3")
        let c = try #require(root["c"]?.array?.first?.table)
        #expect(at(c["d"]?.offset, in: text) == "4:5")
        #expect(at(c["d"]?.table?.entry("e")?.keyOffset, in: text) == "4:7")
    }

    @Test func crlfLineEndsCountAsOneLineEach() throws {
        let text = "a = \"x\"\r\n[t]\r\nb = \"\"\"\r\none\r\ntwo\"\"\"\r\n  c = 1\r\nd = \"bad\r\n"
        let failure = try #require(TOMLTesting.failure(text))
        #expect(failure.position == "7:9")
        let valid = String(text.dropLast("d = \"bad\r\n".count))
        let root = try TOMLTesting.parse(valid)
        let table = try #require(root["t"]?.table)
        #expect(at(table.offset, in: valid) == "2:1")
        #expect(table["b"]?.string == "one\ntwo")
        #expect(at(table.entry("c")?.keyOffset, in: valid) == "6:3")
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        let lines = LineTable(bytes: Array("ab\nπ_θ = 1\n日本 x".utf8))
        #expect(lines.position(of: 0) == TextPosition(line: 1, column: 1))
        #expect(lines.position(of: 3) == TextPosition(line: 2, column: 1))
        #expect(lines.position(of: Array("ab\nπ_θ".utf8).count) == TextPosition(line: 2, column: 4))
        #expect(lines.position(of: Array("ab\nπ_θ = 1\n日本 ".utf8).count) == TextPosition(line: 3, column: 4))
        #expect(TOMLTesting.failure("\"π_θ\" = é")?.position == "1:9")
    }

    @Test func scalarOffsetsInsideStringsMapToTheirSourceColumn() throws {
        let text = #"k = "a\tb\u00e9 {{x}}""#
        let root = try TOMLTesting.parse(text)
        let value = try #require(root["k"])
        #expect(value.string == "a\tbé {{x}}")
        let bytes = Array(text.utf8)
        let offset = TOMLStringLiteral.offset(ofScalar: 5, literalAt: ByteCursor(bytes: bytes, offset: value.offset))
        #expect(LineTable(bytes: bytes).position(of: offset) == TextPosition(line: 1, column: 17))
    }
}
