import Testing

@testable import PostcardsDeck

@Suite struct TOMLPositionIndexTests {
    @Test func columnsCountUnicodeScalarsNotBytes() {
        let lines = LineTable(bytes: Array("ab\nπ_θ = 1\n日本 x".utf8))
        #expect(lines.position(of: 0) == TextPosition(line: 1, column: 1))
        #expect(lines.position(of: 3) == TextPosition(line: 2, column: 1))
        #expect(lines.position(of: Array("ab\nπ_θ".utf8).count) == TextPosition(line: 2, column: 4))
        #expect(lines.position(of: Array("ab\nπ_θ = 1\n日本 ".utf8).count) == TextPosition(line: 3, column: 4))
    }

    @Test func headersAndKeysAreFoundWithTheirPositions() {
        let text = """
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
            """
        let index = TOMLPositionIndex(text: text)
        #expect(index.rootKeys.map(\.name) == ["title"])
        #expect(index.table(named: "deck")?.keys.map(\.name) == ["name", "quoted key"])
        #expect(index.table(named: "deck")?.key("name").map { index.position(of: $0.offset) } == TextPosition(line: 3, column: 3))
        let cards = index.arrayTables(named: "cards")
        #expect(cards.map { index.position(of: $0.offset).line } == [5, 13])
        #expect(cards.map { $0.keys.map(\.name) } == [["id", "back", "tags"], ["id"]])
    }

    @Test func scalarOffsetsInsideStringsMapToTheirSourceColumn() {
        let text = #"k = "a\tb\u00e9 {{x}}""#
        let index = TOMLPositionIndex(text: text)
        let value = index.rootKey("k")?.valueOffset ?? 0
        let offset = TOMLStringLiteral.offset(ofScalar: 5, literalAt: ByteCursor(bytes: index.lines.bytes, offset: value))
        #expect(index.position(of: offset) == TextPosition(line: 1, column: 17))
    }
}
