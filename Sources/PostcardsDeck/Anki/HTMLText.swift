/// Anki stores fields as HTML; a terminal card wants plain text.
///
/// `<br>` (any spelling) and the ends of block elements (`</div>`, `</p>`, `</li>`, …) become
/// newlines, every other tag is dropped (with the contents of `<script>`/`<style>`, which are
/// never card text), entities are decoded, no-break spaces become spaces and the result is
/// trimmed. Hand-written over Unicode scalars, not Foundation's HTML importer, so it runs on
/// Linux without a web engine, is fast on 100k fields and can be fuzzed: it never throws and
/// treats anything that is not a well-formed tag (`a < b`, a lone `<`) as text.
public enum HTMLText {
    /// Closing tags that end a line in Anki's editor and in browsers.
    static let blockEnds: Set<String> = [
        "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table",
    ]
    /// Elements whose content is code, not text.
    static let opaqueElements: Set<String> = ["script", "style"]

    public static func plain(_ html: String) -> String {
        var scanner = TagScanner(Array(html.unicodeScalars))
        var output = String.UnicodeScalarView()
        while let scalar = scanner.peek() {
            switch scalar {
            case "<":
                if let tag = scanner.readTag() {
                    apply(tag, to: &output, scanner: &scanner)
                } else {
                    output.append(scalar)
                    scanner.advance()
                }
            case "&":
                if let decoded = scanner.readEntity() {
                    output.append(contentsOf: decoded.unicodeScalars)
                } else {
                    output.append(scalar)
                    scanner.advance()
                }
            default:
                output.append(scalar)
                scanner.advance()
            }
        }
        return trimmed(noBreakSpacesReplaced(output))
    }

    /// Plain text that was never HTML: only line ends and surrounding blanks are tidied.
    public static func tidy(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                output.append("\n")
            } else if !(scalar == "\n" && previousWasCR) {
                output.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return trimmed(output)
    }

    private static func apply(_ tag: TagScanner.Tag, to output: inout String.UnicodeScalarView, scanner: inout TagScanner) {
        switch tag {
        case .comment:
            break
        case let .element(name, isClosing):
            if name == "br" || (isClosing && blockEnds.contains(name)) {
                output.append("\n")
            } else if !isClosing && opaqueElements.contains(name) {
                scanner.skipPast(closing: name)
            }
        }
    }

    private static func noBreakSpacesReplaced(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        var result = String.UnicodeScalarView()
        for scalar in scalars { result.append(scalar == noBreakSpace ? " " : scalar) }
        return result
    }

    static let noBreakSpace: Unicode.Scalar = "\u{A0}"

    private static func trimmed(_ scalars: String.UnicodeScalarView) -> String {
        let isBlank: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
