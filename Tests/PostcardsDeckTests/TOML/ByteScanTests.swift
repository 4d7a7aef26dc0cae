import Testing

@testable import PostcardsDeck

/// The eight-bytes-at-a-time scans must stop at the same byte a byte-by-byte scan would,
/// wherever in a word that byte falls.
@Suite struct ByteScanTests {
    static let lengths = Array(0..<40)

    @Test(arguments: lengths)
    func stringsEndAtTheirClosingQuoteWhereverItFalls(length: Int) throws {
        let body = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length % 2)
        for quote in ["\"", "'"] {
            let text = "s = \(quote)\(body)\(quote)\nt = 1"
            let root = try TOMLTesting.parse(text)
            #expect(root["s"]?.string == body)
            #expect(root["t"]?.integer == 1)
        }
    }

    @Test(arguments: lengths)
    func aControlCharacterIsFoundWhereverItFalls(length: Int) throws {
        let body = String(repeating: "x", count: length)
        for (quote, control) in [("\"", "\u{1}"), ("'", "\u{7F}"), ("\"\"\"", "\u{1F}"), ("\"", "\t")] {
            let text = "s = \(quote)\(body)\(control)\(quote)"
            if control == "\t" {
                #expect(try TOMLTesting.parse(text)["s"]?.string == body + "\t")
            } else {
                #expect(TOMLTesting.failure(text)?.position == "1:\(5 + quote.count + length)", "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: lengths)
    func escapesAreFoundWhereverTheyFall(length: Int) throws {
        let body = String(repeating: "y", count: length)
        let root = try TOMLTesting.parse("s = \"\(body)\\n\(body)\"\nm = \"\"\"\(body)\\t\(body)\"\"\"")
        #expect(root["s"]?.string == body + "\n" + body)
        #expect(root["m"]?.string == body + "\t" + body)
    }

    @Test func lineStartsMatchAByteByByteScan() {
        var text: [UInt8] = []
        for length in 0..<50 { text += Array(String(repeating: "a", count: length).utf8) + [ASCII.newline] }
        text += [ASCII.newline, ASCII.newline, UInt8(ascii: "z")]
        let expected = [0] + text.indices.filter { text[$0] == ASCII.newline }.map { $0 + 1 }
        #expect(text.withUnsafeBufferPointer(ByteScan.lineStarts) == expected)
    }
}
