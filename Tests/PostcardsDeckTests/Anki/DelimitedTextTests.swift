import PostcardsCore
import Testing
@testable import PostcardsDeck

@Suite("RFC 4180 records over bytes")
struct DelimitedTextTests {
    static func records(_ text: String, separator: Character = ",") throws(DeckError) -> [DelimitedText.Record] {
        let bytes = Array(text.utf8)
        let reader = DelimitedText(file: "t.csv", separator: UInt8(ascii: separator.unicodeScalars.first ?? ","))
        return try bytes.withUnsafeBufferPointer { buffer throws(DeckError) in
            try reader.records(in: buffer, from: 0, line: 1)
        }
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let records = try Self.records("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,x,y\n")
        #expect(records == [
            .init(fields: ["a,b", "say \"hi\"", "two\nlines"], line: 1),
            .init(fields: ["next", "x", "y"], line: 3),
        ])
    }

    @Test func crlfLineEndsAreLineEndsAlsoInsideQuotes() throws {
        let records = try Self.records("a,\"b\r\nc\"\r\nd,e\r\n")
        #expect(records == [.init(fields: ["a", "b\nc"], line: 1), .init(fields: ["d", "e"], line: 3)])
    }

    @Test func blankAndCommentLinesAreSkippedButCountedForLineNumbers() throws {
        let records = try Self.records("\n# a comment\na,b\n\n\"#not a comment\",c")
        #expect(records == [.init(fields: ["a", "b"], line: 3), .init(fields: ["#not a comment", "c"], line: 5)])
    }

    @Test func emptyFieldsAndTrailingSeparatorsAreKept() throws {
        let records = try Self.records("a,,\n,b,")
        #expect(records == [.init(fields: ["a", "", ""], line: 1), .init(fields: ["", "b", ""], line: 2)])
    }

    @Test func quoteInsideAnUnquotedFieldIsLiteral() throws {
        #expect(try Self.records("5\" screen,x") == [.init(fields: ["5\" screen", "x"], line: 1)])
    }

    @Test func tabSeparatedRecordsKeepCommas() throws {
        #expect(try Self.records("a,b\tc", separator: "\t") == [.init(fields: ["a,b", "c"], line: 1)])
    }

    @Test func unclosedQuoteIsAnErrorAtTheOpeningQuote() {
        let error = #expect(throws: DeckError.self) { try Self.records("a,b\nc,\"never closed\n") }
        #expect(error?.location == PostcardsCore.SourceLocation(file: "t.csv", line: 2, column: 3))
        #expect(error?.message.contains("never closed") == true)
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let error = #expect(throws: DeckError.self) { try Self.records("ok,fine\n\"quoted\"tail,x\n") }
        #expect(error?.location == PostcardsCore.SourceLocation(file: "t.csv", line: 2, column: 9))
    }

    /// `skim` reads one column for the pass over decks; it must see the records `next` sees.
    @Test(arguments: [0, 1, 2, 3])
    func skimmingOneColumnAgreesWithReadingWholeRecords(column: Int) throws {
        let text = "\n# comment\n\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\nx,\"y\"\n5\" screen,z,w,v\n"
        let bytes = Array(text.utf8)
        let reader = DelimitedText(file: "t.csv", separator: UInt8(ascii: ","))
        let (whole, skimmed) = try bytes.withUnsafeBufferPointer { buffer throws(DeckError) in
            var cursor = Cursor(bytes: buffer, index: 0, line: 1, lineStart: 0)
            var skimmed: [DelimitedText.Record] = []
            while let next = try reader.skim(&cursor, column: column) {
                skimmed.append(.init(fields: [next.field ?? "-"] + Array(repeating: "", count: next.fieldCount - 1), line: cursor.line))
            }
            return (try reader.records(in: buffer, from: 0, line: 1), skimmed)
        }
        #expect(skimmed.map(\.fields.count) == whole.map(\.fields.count))
        #expect(skimmed.map { $0.fields[0] } == whole.map { column < $0.fields.count ? $0.fields[column] : "-" })
    }

    @Test func skimmingFailsWhereReadingFails() {
        let reader = DelimitedText(file: "t.csv", separator: UInt8(ascii: ","))
        for text in ["a,b\nc,\"never closed\n", "ok,fine\n\"quoted\"tail,x\n"] {
            let bytes = Array(text.utf8)
            let whole = #expect(throws: DeckError.self) { try Self.records(text) }
            let skimmed = #expect(throws: DeckError.self) {
                try bytes.withUnsafeBufferPointer { buffer throws(DeckError) in
                    var cursor = Cursor(bytes: buffer, index: 0, line: 1, lineStart: 0)
                    while try reader.skim(&cursor, column: 0) != nil {}
                }
            }
            #expect(skimmed?.location == whole?.location)
            #expect(skimmed?.message == whole?.message)
        }
    }

    /// Unquoted fields are scanned eight bytes at a time: every length around a word, with
    /// each kind of ending at each offset, must end exactly where the field does.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func unquotedFieldsOfEveryLengthAroundAWordEndExactly(lineEnd: String) throws {
        let fields = (0...25).map { String(repeating: "é", count: $0 % 3) + String(repeating: "x", count: $0) }
        let text = fields.indices.map { "\(fields[$0]),\(fields[fields.count - 1 - $0])" }.joined(separator: lineEnd)
        let records = try Self.records(text)
        #expect(records.map(\.fields) == fields.indices.map { [fields[$0], fields[fields.count - 1 - $0]] })
        #expect(records.map(\.line) == Array(1...fields.count))
    }

    /// Quoted fields jump from quote to quote; a stretch with line ends still counts them.
    @Test func lineEndsAndDoubledQuotesInOneQuotedFieldKeepLineNumbers() throws {
        let records = try Self.records("\"a\r\nb\"\"c\nd\re\"\"\",x\nnext,\"\"\n\"\"\"\",y\n")
        #expect(records == [
            .init(fields: ["a\nb\"c\nd\ne\"", "x"], line: 1),
            .init(fields: ["next", ""], line: 5),
            .init(fields: ["\"", "y"], line: 6),
        ])
    }
}
