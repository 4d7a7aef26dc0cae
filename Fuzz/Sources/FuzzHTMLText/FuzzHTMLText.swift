import FuzzSupport
import PostcardsDeck

/// Anki field HTML to terminal text. It never throws, so the rules are about the output:
/// trimmed, no no-break spaces left, never longer than the input once entities are counted
/// (the longest entity expansion is shorter than its name, bar numeric ones, which the
/// bound allows for), and plain text without markup passes through `tidy` unchanged
/// except for line ends.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let html = text(data, size)
    let plain = HTMLText.plain(html)
    let scalars = plain.unicodeScalars
    invariant(scalars.first.map { !$0.properties.isWhitespace } ?? true, "output starts with a blank")
    invariant(scalars.last.map { !$0.properties.isWhitespace } ?? true, "output ends with a blank")
    invariant(!scalars.contains("\u{A0}"), "a no-break space survived")
    invariant(scalars.count <= html.unicodeScalars.count, "output has more scalars than the input")
    let tidy = HTMLText.tidy(html)
    invariant(!tidy.unicodeScalars.contains("\r"), "tidy left a carriage return")
    return 0
}
