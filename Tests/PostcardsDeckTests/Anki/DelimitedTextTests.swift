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
}
